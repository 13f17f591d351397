using System.Collections.Generic;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Friction
{
    /// <summary>
    /// CX6004: asks for personal data (date of birth, address, ID, bank details, income, a photo of the
    /// customer's passport) without saying what it will be used for. seeds/001: "be clear about what
    /// you're going to do with the information you collect"; "Your customers' default position is that
    /// you'll misuse their information."
    /// </summary>
    /// <remarks>
    /// The purpose may stand in the sentence before the request ("To confirm it's you, …" written as its own
    /// sentence), in the request's sentence, or in the next one (DataPurpose.yml: "so the engineer can…",
    /// "to verify…", "we'll only use it to…", "we never share it"). A request that CX6001 already reports
    /// (the template has the data) is left to CX6001: the fix there is not to ask at all.
    /// </remarks>
    public sealed class DataUseUnexplainedRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX6004", "DataUseUnexplained", Dimension.Friction, Level.MiddleOfTheRoad, Severity.Warning,
            "Asks for personal data (date of birth, address, ID, bank details, income) without saying what it will be used for.");

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("CX6004");

        /// <summary>
        /// As <see cref="PhraseRule.Analyze"/>, but the purposes are found once per message: a request is
        /// cleared by a purpose in the sentence before it, its own or the next one.
        /// </summary>
        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            var requests = Phrases.Matches(prose);
            if (requests.Count == 0) return;
            var explained = new HashSet<int>();
            foreach (var p in PhraseSet.Load("DataPurpose").Matches(prose)) explained.Add(prose.SentenceIndexAt(p.Start));
            List<ProseRange>? known = null;
            var lastSentence = -1;
            foreach (var m in requests)
            {
                var i = prose.SentenceIndexAt(m.Start);
                if (explained.Contains(i - 1) || explained.Contains(i) || explained.Contains(i + 1)) continue;
                known ??= KnownRequests(context);
                if (known.Exists(r => r.Start < m.End && m.End <= r.End)) continue; // the data asked for is one the template has
                if (i == lastSentence) continue;
                lastSentence = i;
                var span = prose.ToSource(m);
                context.Report(span, MessageFor(Quote(context.Model.Source.Text, span)));
            }
        }

        /// <summary>The requests CX6001 reports (the template already has the data), unless CX6001 is off.</summary>
        private static List<ProseRange> KnownRequests(RuleContext context)
        {
            var known = new List<ProseRange>();
            if (!context.IsOn(AsksForKnownInformationRule.Rule)) return known;
            foreach (var (range, _) in AsksForKnownInformationRule.Findings(context)) known.Add(range);
            return known;
        }

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" asks for personal data without saying why: add what you will use it for, and only that (\"so the engineer can text you when they're 30 minutes away\", \"to confirm it's you; we delete it after the check\").";
    }
}
