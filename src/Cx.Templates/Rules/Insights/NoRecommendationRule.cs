using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Insights
{
    /// <summary>CX5002: a message of a kind that should advise (configurable) gives no specific recommendation.</summary>
    public sealed class NoRecommendationRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX5002", "NoRecommendation", Dimension.Insights, Level.MiddleOfTheRoad, Severity.Warning,
            "A support reply, quote, proposal or follow-up with no specific recommendation.");

        internal static PhraseSet Recommendations => PhraseSet.Load("Recommendation");

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context)
        {
            var kind = context.Metadata.Kind;
            if (kind == null || context.Model.Prose.IsEmpty) return false;
            foreach (var k in context.Configuration.AdviseKinds) if (k == kind) return true;
            return false;
        }

        public override void Analyze(RuleContext context)
        {
            if (Recommendations.Matches(context.Model.Prose).Count > 0) return;
            context.Report(context.Model.OpeningSpan,
                $"This {context.Metadata.Kind} gives no advice: make a specific recommendation and say why it is best for this customer (\"I recommend … because …\").");
        }
    }
}
