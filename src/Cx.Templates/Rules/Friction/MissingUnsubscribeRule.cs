using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Friction
{
    /// <summary>
    /// CX6003: a marketing message with no way to stop receiving them: no unsubscribe link or variable,
    /// no "reply STOP". seeds/002: companies that "make unsubscribing their services very challenging"
    /// show "a behavior in which one cannot trust".
    /// </summary>
    /// <remarks>
    /// A way out is any of: a variable whose path names one (<c>unsubscribe_url</c>, <c>links.opt_out</c>,
    /// <c>manage_preferences</c>, <c>preferences_url</c>), in the text or in a link; the words
    /// ("Unsubscribe", "opt out", "Reply STOP", "manage your preferences"); or an unsubscribe link or an
    /// email-platform merge tag in the markup (<c>https://…/unsubscribe</c>, <c>*|UNSUB|*</c>,
    /// <c>&lt;%asm_group_unsubscribe_raw_url%&gt;</c>, <c>{{{unsubscribe}}}</c>).
    /// </remarks>
    public sealed class MissingUnsubscribeRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX6003", "MissingUnsubscribe", Dimension.Friction, Level.Bad, Severity.Error,
            "A marketing message with no unsubscribe link or variable.");

        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

        private static readonly Regex WayOutVariable = new Regex(
            @"unsub|opt_?out|optout|manage_?preferences|manage_?subscriptions?|preferences?_?(?:url|link|center|centre|page)|preference_?cent|email_?preferences|subscription_?(?:preferences|settings|url|link)",
            Options);

        /// <summary>In the markup (links, merge tags), which the prose does not contain.</summary>
        private static readonly Regex WayOutMarkup = new Regex(
            @"unsubscribe|\bunsub\b|opt[-_]?out|manage[-_]?preferences|preference[-_]?cent(?:er|re)|list-unsubscribe",
            Options);

        /// <summary>Characters around a merge tag or a URL path, never around a word in a sentence.</summary>
        private const string TokenChars = "_|%{}[]$/=?*<>&-.:";

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) => context.Metadata.Kind == "marketing";

        public override void Analyze(RuleContext context)
        {
            var model = context.Model;
            foreach (var v in model.Variables)
                if (WayOutVariable.IsMatch(v.Path)) return;
            if (PhraseSet.Load("CX6003").Matches(model.Prose).Count > 0) return;
            if (InMarkup(model)) return;
            context.Report(model.OpeningSpan,
                "This marketing message gives no way to unsubscribe: add a link (\"Don't want these? Unsubscribe: {{ unsubscribe_url }}\") or, by text, \"Reply STOP to opt out\".");
        }

        /// <summary>
        /// A way out in the markup: a link, an attribute or a merge tag. A plain word the customer reads is
        /// left to the phrase list, which skips quotes ("we never hide an \"unsubscribe\" button" is no link).
        /// </summary>
        private static bool InMarkup(MessageModel model)
        {
            bool[]? visible = null;
            foreach (var run in model.Runs)
            {
                foreach (Match m in WayOutMarkup.Matches(run.Text))
                {
                    var before = m.Index > 0 ? run.Text[m.Index - 1] : ' ';
                    var after = m.Index + m.Length < run.Text.Length ? run.Text[m.Index + m.Length] : ' ';
                    if (TokenChars.IndexOf(before) >= 0 || TokenChars.IndexOf(after) >= 0) return true;
                    visible ??= VisibleOffsets(model);
                    var offset = run.Span.Start + m.Index;
                    if (offset >= visible.Length || !visible[offset]) return true;
                }
            }
            return false;
        }

        /// <summary>The source offsets the prose was read from: the text the customer sees.</summary>
        private static bool[] VisibleOffsets(MessageModel model)
        {
            var visible = new bool[model.Source.Text.Length];
            var prose = model.Prose;
            for (var i = 0; i < prose.Text.Length; i++)
            {
                if (prose.Text[i] == ' ' || prose.Text[i] == '\n') continue;
                var span = prose.ToSource(i, i + 1);
                for (var k = span.Start; k < span.End && k < visible.Length; k++) visible[k] = true;
            }
            return visible;
        }
    }
}
