using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Cx.Templates.Model;
using Cx.Templates.Rules;
using Microsoft.CodeAnalysis;

namespace Cx.Analyzers
{
    /// <summary>
    /// One <see cref="DiagnosticDescriptor"/> per engine rule. Id, category (the rule's dimension, so
    /// <c>dotnet_analyzer_diagnostic.category-Insights.severity</c> works) and default severity are
    /// constants so release tracking (AnalyzerReleases.*.md) can check them; title, description and help
    /// link come from <see cref="RuleCatalog"/>, and the message is the engine's own for each finding.
    /// <c>CxDiagnosticsTests</c> checks that this list and the catalog agree, rule for rule.
    /// </summary>
    internal static class CxDiagnostics
    {
        /// <summary>The message is the engine's, per finding: the same text the CLI prints.</summary>
        private const string MessageFormat = "{0}";

        public static readonly DiagnosticDescriptor TemplateSyntaxError = new DiagnosticDescriptor(
            "CX0001", Title("CX0001"), MessageFormat, "Tool", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX0001"), helpLinkUri: HelpLink("CX0001"), customTags: Tags("CX0001"));

        public static readonly DiagnosticDescriptor InvalidConfiguration = new DiagnosticDescriptor(
            "CX0002", Title("CX0002"), MessageFormat, "Tool", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX0002"), helpLinkUri: HelpLink("CX0002"), customTags: Tags("CX0002"));

        public static readonly DiagnosticDescriptor UnusedSuppression = new DiagnosticDescriptor(
            "CX0003", Title("CX0003"), MessageFormat, "Tool", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX0003"), helpLinkUri: HelpLink("CX0003"), customTags: Tags("CX0003"));

        public static readonly DiagnosticDescriptor AnalysisFailure = new DiagnosticDescriptor(
            "CX0004", Title("CX0004"), MessageFormat, "Tool", DiagnosticSeverity.Info, isEnabledByDefault: true,
            description: Description("CX0004"), helpLinkUri: HelpLink("CX0004"), customTags: Tags("CX0004"));

        public static readonly DiagnosticDescriptor GenericGreeting = new DiagnosticDescriptor(
            "CX1001", Title("CX1001"), MessageFormat, "Attitude", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX1001"), helpLinkUri: HelpLink("CX1001"), customTags: Tags("CX1001"));

        public static readonly DiagnosticDescriptor NoNameInGreeting = new DiagnosticDescriptor(
            "CX1002", Title("CX1002"), MessageFormat, "Attitude", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX1002"), helpLinkUri: HelpLink("CX1002"), customTags: Tags("CX1002"));

        public static readonly DiagnosticDescriptor CaseNumberAsIdentity = new DiagnosticDescriptor(
            "CX1003", Title("CX1003"), MessageFormat, "Attitude", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX1003"), helpLinkUri: HelpLink("CX1003"), customTags: Tags("CX1003"));

        public static readonly DiagnosticDescriptor NoAuthority = new DiagnosticDescriptor(
            "CX1004", Title("CX1004"), MessageFormat, "Attitude", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX1004"), helpLinkUri: HelpLink("CX1004"), customTags: Tags("CX1004"));

        public static readonly DiagnosticDescriptor DismissiveTone = new DiagnosticDescriptor(
            "CX1005", Title("CX1005"), MessageFormat, "Attitude", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX1005"), helpLinkUri: HelpLink("CX1005"), customTags: Tags("CX1005"));

        public static readonly DiagnosticDescriptor BoilerplateEmpathy = new DiagnosticDescriptor(
            "CX1006", Title("CX1006"), MessageFormat, "Attitude", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX1006"), helpLinkUri: HelpLink("CX1006"), customTags: Tags("CX1006"));

        public static readonly DiagnosticDescriptor VagueTimePromise = new DiagnosticDescriptor(
            "CX2001", Title("CX2001"), MessageFormat, "Responsiveness", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX2001"), helpLinkUri: HelpLink("CX2001"), customTags: Tags("CX2001"));

        public static readonly DiagnosticDescriptor ChannelStandardExceeded = new DiagnosticDescriptor(
            "CX2002", Title("CX2002"), MessageFormat, "Responsiveness", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX2002"), helpLinkUri: HelpLink("CX2002"), customTags: Tags("CX2002"));

        public static readonly DiagnosticDescriptor UnownedCommitment = new DiagnosticDescriptor(
            "CX2003", Title("CX2003"), MessageFormat, "Responsiveness", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX2003"), helpLinkUri: HelpLink("CX2003"), customTags: Tags("CX2003"));

        public static readonly DiagnosticDescriptor AppointmentWithoutSpecifics = new DiagnosticDescriptor(
            "CX2004", Title("CX2004"), MessageFormat, "Responsiveness", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX2004"), helpLinkUri: HelpLink("CX2004"), customTags: Tags("CX2004"));

        public static readonly DiagnosticDescriptor NoPersonalizationTokens = new DiagnosticDescriptor(
            "CX3001", Title("CX3001"), MessageFormat, "Personalization", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX3001"), helpLinkUri: HelpLink("CX3001"), customTags: Tags("CX3001"));

        public static readonly DiagnosticDescriptor SameTextForEveryCustomer = new DiagnosticDescriptor(
            "CX3002", Title("CX3002"), MessageFormat, "Personalization", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX3002"), helpLinkUri: HelpLink("CX3002"), customTags: Tags("CX3002"));

        public static readonly DiagnosticDescriptor ProjectOnlyPersonalization = new DiagnosticDescriptor(
            "CX3003", Title("CX3003"), MessageFormat, "Personalization", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX3003"), helpLinkUri: HelpLink("CX3003"), customTags: Tags("CX3003"));

        public static readonly DiagnosticDescriptor UnguardedOptionalField = new DiagnosticDescriptor(
            "CX3004", Title("CX3004"), MessageFormat, "Personalization", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX3004"), helpLinkUri: HelpLink("CX3004"), customTags: Tags("CX3004"));

        public static readonly DiagnosticDescriptor ChannelMismatch = new DiagnosticDescriptor(
            "CX3005", Title("CX3005"), MessageFormat, "Personalization", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX3005"), helpLinkUri: HelpLink("CX3005"), customTags: Tags("CX3005"));

        public static readonly DiagnosticDescriptor GenericExpertiseClaim = new DiagnosticDescriptor(
            "CX4001", Title("CX4001"), MessageFormat, "Knowledge", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX4001"), helpLinkUri: HelpLink("CX4001"), customTags: Tags("CX4001"));

        public static readonly DiagnosticDescriptor UnexplainedJargon = new DiagnosticDescriptor(
            "CX4002", Title("CX4002"), MessageFormat, "Knowledge", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX4002"), helpLinkUri: HelpLink("CX4002"), customTags: Tags("CX4002"));

        public static readonly DiagnosticDescriptor PassiveOffer = new DiagnosticDescriptor(
            "CX5001", Title("CX5001"), MessageFormat, "Insights", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX5001"), helpLinkUri: HelpLink("CX5001"), customTags: Tags("CX5001"));

        public static readonly DiagnosticDescriptor NoRecommendation = new DiagnosticDescriptor(
            "CX5002", Title("CX5002"), MessageFormat, "Insights", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX5002"), helpLinkUri: HelpLink("CX5002"), customTags: Tags("CX5002"));

        public static readonly DiagnosticDescriptor RecommendationWithoutReason = new DiagnosticDescriptor(
            "CX5003", Title("CX5003"), MessageFormat, "Insights", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX5003"), helpLinkUri: HelpLink("CX5003"), customTags: Tags("CX5003"));

        public static readonly DiagnosticDescriptor NoNextSteps = new DiagnosticDescriptor(
            "CX5004", Title("CX5004"), MessageFormat, "Insights", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX5004"), helpLinkUri: HelpLink("CX5004"), customTags: Tags("CX5004"));

        public static readonly DiagnosticDescriptor InformationOverload = new DiagnosticDescriptor(
            "CX5005", Title("CX5005"), MessageFormat, "Insights", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX5005"), helpLinkUri: HelpLink("CX5005"), customTags: Tags("CX5005"));

        public static readonly DiagnosticDescriptor NoHeadsUp = new DiagnosticDescriptor(
            "CX5006", Title("CX5006"), MessageFormat, "Insights", DiagnosticSeverity.Info, isEnabledByDefault: true,
            description: Description("CX5006"), helpLinkUri: HelpLink("CX5006"), customTags: Tags("CX5006"));

        public static readonly DiagnosticDescriptor IncompleteRecovery = new DiagnosticDescriptor(
            "CX5007", Title("CX5007"), MessageFormat, "Insights", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX5007"), helpLinkUri: HelpLink("CX5007"), customTags: Tags("CX5007"));

        public static readonly DiagnosticDescriptor AsksForKnownInformation = new DiagnosticDescriptor(
            "CX6001", Title("CX6001"), MessageFormat, "Friction", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX6001"), helpLinkUri: HelpLink("CX6001"), customTags: Tags("CX6001"));

        public static readonly DiagnosticDescriptor FinePrint = new DiagnosticDescriptor(
            "CX6002", Title("CX6002"), MessageFormat, "Friction", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX6002"), helpLinkUri: HelpLink("CX6002"), customTags: Tags("CX6002"));

        public static readonly DiagnosticDescriptor MissingUnsubscribe = new DiagnosticDescriptor(
            "CX6003", Title("CX6003"), MessageFormat, "Friction", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX6003"), helpLinkUri: HelpLink("CX6003"), customTags: Tags("CX6003"));

        public static readonly DiagnosticDescriptor DataUseUnexplained = new DiagnosticDescriptor(
            "CX6004", Title("CX6004"), MessageFormat, "Friction", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: Description("CX6004"), helpLinkUri: HelpLink("CX6004"), customTags: Tags("CX6004"));

        public static readonly DiagnosticDescriptor DepartmentShuffle = new DiagnosticDescriptor(
            "CX6005", Title("CX6005"), MessageFormat, "Friction", DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: Description("CX6005"), helpLinkUri: HelpLink("CX6005"), customTags: Tags("CX6005"));

        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            TemplateSyntaxError,
            InvalidConfiguration,
            UnusedSuppression,
            AnalysisFailure,
            GenericGreeting,
            NoNameInGreeting,
            CaseNumberAsIdentity,
            NoAuthority,
            DismissiveTone,
            BoilerplateEmpathy,
            VagueTimePromise,
            ChannelStandardExceeded,
            UnownedCommitment,
            AppointmentWithoutSpecifics,
            NoPersonalizationTokens,
            SameTextForEveryCustomer,
            ProjectOnlyPersonalization,
            UnguardedOptionalField,
            ChannelMismatch,
            GenericExpertiseClaim,
            UnexplainedJargon,
            PassiveOffer,
            NoRecommendation,
            RecommendationWithoutReason,
            NoNextSteps,
            InformationOverload,
            NoHeadsUp,
            IncompleteRecovery,
            AsksForKnownInformation,
            FinePrint,
            MissingUnsubscribe,
            DataUseUnexplained,
            DepartmentShuffle);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

        public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var d) ? d : null;

        public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
        {
            Severity.Error => DiagnosticSeverity.Error,
            Severity.Warning => DiagnosticSeverity.Warning,
            Severity.Info => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Hidden,
        };

        private static Dictionary<string, DiagnosticDescriptor> Index()
        {
            var d = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
            foreach (var descriptor in All) d[descriptor.Id] = descriptor;
            return d;
        }

        private static RuleDescriptor? Rule(string id) => RuleCatalog.Find(id);

        private static string Title(string id) => Rule(id) is RuleDescriptor r ? Words(r.Name) : id;

        private static string Description(string id) => Rule(id)?.Summary ?? "";

        private static string HelpLink(string id) => Rule(id)?.HelpUri ?? RuleDescriptor.HelpBase + id + ".md";

        private static string[] Tags(string id)
        {
            var r = Rule(id);
            if (r == null || r.Dimension == Dimension.Tool) return new[] { "CustomerExperience", "Tool" };
            return new[] { "CustomerExperience", r.Level.ToText() };
        }

        /// <summary>"PassiveOffer" → "Passive offer".</summary>
        internal static string Words(string name)
        {
            var sb = new StringBuilder(name.Length + 4);
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (i > 0 && char.IsUpper(c))
                {
                    sb.Append(' ');
                    sb.Append(char.ToLowerInvariant(c));
                }
                else sb.Append(c);
            }
            return sb.ToString();
        }
    }
}
