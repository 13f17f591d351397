using System.Collections.Generic;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Insights
{
    /// <summary>
    /// CX5007: a complaint response after the transaction (seeds/004: expectations rise once the customer
    /// has paid) without the three parts of a recovery: an apology, a concrete fix, and a proactive step.
    /// </summary>
    public sealed class IncompleteRecoveryRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX5007", "IncompleteRecovery", Dimension.Insights, Level.MiddleOfTheRoad, Severity.Warning,
            "A complaint response after the transaction without an apology, a concrete fix and a proactive step.");

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) =>
            context.Metadata.Kind == "complaint-response" && (context.Metadata.Phase == null || context.Metadata.Phase == "post-transaction")
            && !context.Model.Prose.IsEmpty;

        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            var missing = new List<string>();
            if (PhraseSet.Load("Recovery").Matches(prose).Count == 0) missing.Add("an apology in your own words (\"I'm sorry we let you down\")");
            if (!HasFix(prose)) missing.Add("a concrete fix, done or dated (\"I've refunded the £25 delivery charge\")");
            if (!HasFollowUp(prose)) missing.Add("a proactive step (\"I'll call you by 5pm tomorrow to check it's fixed\")");
            if (missing.Count == 0) return;
            context.Report(context.Model.OpeningSpan,
                "This complaint response is missing " + Join(missing) + ": after the transaction, a recovery needs all three.");
        }

        private static bool HasFix(ProseText prose)
        {
            foreach (var m in PhraseSet.Load("RecoveryFix").Matches(prose))
            {
                var text = prose.Slice(m);
                // Done ("I've refunded") counts as it is; a promise ("we will replace") needs a time.
                if (System.Text.RegularExpressions.Regex.IsMatch(text, @"('ve| have| had) ")) return true;
                if (Signals.HasConcreteTime(prose, Signals.SentenceOf(prose, m))) return true;
            }
            return false;
        }

        private static bool HasFollowUp(ProseText prose)
        {
            foreach (var m in PhraseSet.Load("RecoveryFollowUp").Matches(prose))
            {
                var text = prose.Slice(m);
                // "I'll call you" is proactive only with a when; a promise to prevent a repeat stands alone.
                if (!System.Text.RegularExpressions.Regex.IsMatch(text, @"\b(call|phone|ring|text|email|message|check in|follow up|contact you|update you|keep you|let you know|confirm)\b")) return true;
                if (Signals.HasConcreteTime(prose, Signals.SentenceOf(prose, m))) return true;
            }
            return false;
        }

        private static string Join(List<string> parts) =>
            parts.Count == 1 ? parts[0] : string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[parts.Count - 1];
    }
}
