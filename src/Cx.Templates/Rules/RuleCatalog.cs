using System.Collections.Generic;
using System.Linq;
using Cx.Templates.Rules.Attitude;
using Cx.Templates.Rules.Friction;
using Cx.Templates.Rules.Insights;
using Cx.Templates.Rules.Knowledge;
using Cx.Templates.Rules.Personalization;
using Cx.Templates.Rules.Responsiveness;

namespace Cx.Templates.Rules
{
    /// <summary>Every rule the engine ships, in id order. Hosts list, document and configure rules from here.</summary>
    public static class RuleCatalog
    {
        public static readonly IReadOnlyList<Rule> Rules = new Rule[]
        {
            new GenericGreetingRule(),
            new NoNameInGreetingRule(),
            new CaseNumberAsIdentityRule(),
            new NoAuthorityRule(),
            new DismissiveToneRule(),
            new BoilerplateEmpathyRule(),
            new VagueTimePromiseRule(),
            new ChannelStandardExceededRule(),
            new UnownedCommitmentRule(),
            new AppointmentWithoutSpecificsRule(),
            new NoPersonalizationTokensRule(),
            new SameTextForEveryCustomerRule(),
            new ProjectOnlyPersonalizationRule(),
            new UnguardedOptionalFieldRule(),
            new ChannelMismatchRule(),
            new GenericExpertiseClaimRule(),
            new UnexplainedJargonRule(),
            new PassiveOfferRule(),
            new NoRecommendationRule(),
            new RecommendationWithoutReasonRule(),
            new NoNextStepsRule(),
            new InformationOverloadRule(),
            new NoHeadsUpRule(),
            new IncompleteRecoveryRule(),
            new AsksForKnownInformationRule(),
            new FinePrintRule(),
            new MissingUnsubscribeRule(),
            new DataUseUnexplainedRule(),
            new DepartmentShuffleRule(),
        };

        /// <summary>Tool rules (CX0xxx) and content rules together, in id order.</summary>
        public static readonly IReadOnlyList<RuleDescriptor> Descriptors =
            ToolRules.All.Concat(Rules.Select(r => r.Descriptor)).OrderBy(d => d.Id, System.StringComparer.Ordinal).ToArray();

        public static readonly HashSet<string> Ids = new HashSet<string>(Descriptors.Select(d => d.Id));

        public static RuleDescriptor? Find(string id) =>
            Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, System.StringComparison.OrdinalIgnoreCase));
    }
}
