using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Insights
{
    /// <summary>CX5003: a recommendation with no reason in the same or the next sentence.</summary>
    public sealed class RecommendationWithoutReasonRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX5003", "RecommendationWithoutReason", Dimension.Insights, Level.MiddleOfTheRoad, Severity.Warning,
            "A recommendation with no reason (\"because\", \"so that\", \"this means\") in the same or next sentence.");

        private static PhraseSet Reasons => PhraseSet.Load("Reason");

        public override RuleDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            foreach (var m in NoRecommendationRule.Recommendations.Matches(prose))
            {
                var s = prose.SentenceIndexAt(m.Start);
                var last = prose.Sentences[s];
                if (s + 1 < prose.Sentences.Count) last = prose.Sentences[s + 1];
                // The reason may come before the recommendation in the same sentence ("Because…, I recommend…").
                var window = new ProseRange(prose.Sentences[s].Start, last.End);
                if (Reasons.Occurs(prose, window)) continue;
                context.Report(prose.ToSource(m),
                    "This recommendation gives no reason: say why it is best for this customer (\"… because it keeps your warranty valid\").");
            }
        }
    }
}
