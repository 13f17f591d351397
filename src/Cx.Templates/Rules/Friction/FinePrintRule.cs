using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Friction
{
    /// <summary>CX6002: "terms and conditions apply", "subject to change without notice", asterisk footnotes.</summary>
    public sealed class FinePrintRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX6002", "FinePrint", Dimension.Friction, Level.Bad, Severity.Error,
            "Fine print: \"terms and conditions apply\", \"restrictions may apply\", \"subject to change without notice\", asterisk footnotes.");

        /// <summary>
        /// "prices*" or a line that starts with "*Offer": an asterisk tied to a word. Markdown emphasis
        /// and list markers never reach the prose, so a '*' left in it is a footnote mark.
        /// </summary>
        private static readonly Regex Asterisk = new Regex(@"(?<=[\p{L}\p{N}%!)£$€])\*+(?=[\s,.;:!?)]|$)|(?:^|(?<=[\n ]))\*+(?=[\p{L}\p{N}£$€])|[†‡]",
            RegexOptions.CultureInvariant | RegexOptions.Multiline);

        /// <summary>
        /// <c>**bold**</c> or <c>*italic*</c> written in a Scriban, Liquid or text template that renders to
        /// Markdown: an opening run of asterisks before a word and the same run closing it on the same line.
        /// </summary>
        private static readonly Regex Emphasis = new Regex(@"(?<![\p{L}\p{N}*])(\*{1,3})(?=[^\s*])[^*\n]*?(?<=[^\s*])\1(?![\p{L}\p{N}*])",
            RegexOptions.CultureInvariant);

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("FinePrint");

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" is fine print: state the actual condition plainly in the message (who qualifies, until when, what it costs).";

        public override void Analyze(RuleContext context)
        {
            base.Analyze(context);
            var prose = context.Model.Prose;
            if (prose.Text.IndexOf('*') < 0 && prose.Text.IndexOf('†') < 0 && prose.Text.IndexOf('‡') < 0) return;
            var emphasis = Emphasis.Matches(prose.Text);
            foreach (Match m in Asterisk.Matches(prose.Text))
            {
                if (prose.IsQuoted(m.Index, m.Index + m.Length)) continue;
                if (IsEmphasisMarker(emphasis, m)) continue;
                context.Report(prose.ToSource(m.Index, m.Index + m.Length),
                    "An asterisk footnote hides a condition in the fine print: say the condition in the sentence itself.");
            }
        }

        private static bool IsEmphasisMarker(MatchCollection emphasis, Match asterisk)
        {
            foreach (Match e in emphasis)
            {
                var run = e.Groups[1].Length;
                if (asterisk.Index >= e.Index && asterisk.Index + asterisk.Length <= e.Index + run) return true;
                var close = e.Index + e.Length - run;
                if (asterisk.Index >= close && asterisk.Index + asterisk.Length <= e.Index + e.Length) return true;
            }
            return false;
        }
    }
}
