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

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("FinePrint");

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" is fine print: state the actual condition plainly in the message (who qualifies, until when, what it costs).";

        public override void Analyze(RuleContext context)
        {
            base.Analyze(context);
            var prose = context.Model.Prose;
            if (prose.Text.IndexOf('*') < 0 && prose.Text.IndexOf('†') < 0 && prose.Text.IndexOf('‡') < 0) return;
            foreach (Match m in Asterisk.Matches(prose.Text))
            {
                if (prose.IsQuoted(m.Index, m.Index + m.Length)) continue;
                context.Report(prose.ToSource(m.Index, m.Index + m.Length),
                    "An asterisk footnote hides a condition in the fine print: say the condition in the sentence itself.");
            }
        }
    }
}
