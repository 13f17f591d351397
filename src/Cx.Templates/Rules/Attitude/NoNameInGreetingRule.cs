using System.Collections.Generic;
using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Attitude
{
    /// <summary>
    /// CX1002: the opening line names nobody, even when the template has other variables
    /// ("Your order {{ order.id }} has shipped"). Stays quiet where CX1001 already reports the greeting,
    /// and where CX1003 reports a case or order number in the customer's place.
    /// </summary>
    public sealed class NoNameInGreetingRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX1002", "NoNameInGreeting", Dimension.Attitude, Level.MiddleOfTheRoad, Severity.Warning,
            "The opening line has no variable that names the recipient.");

        private static readonly Regex GreetingWord = new Regex(
            @"^[^\p{L}\p{N}\uE000]*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|welcome|thanks|thank you|congratulations|happy|to whom it may concern)\b",
            RegexOptions.CultureInvariant);

        /// <summary>A block that ends a sentence: the message body has begun, so no greeting follows.</summary>
        private static readonly Regex SentenceEnd = new Regex(@"[.!?](?:[\s""')]|$)", RegexOptions.CultureInvariant);

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) =>
            context.Metadata.Channel != "push" && !context.Model.Prose.IsEmpty;

        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            var opening = Opening(prose);
            foreach (var v in prose.VariablesIn(opening))
                if (Signals.IsPersonVariable(v, context.Configuration)) return;
            if (GenericGreetingRule.Greetings.Occurs(prose, opening)) return; // CX1001 says it better
            if (CaseNumberAsIdentityRule.IsOn(context) && CaseNumberAsIdentityRule.Find(context, out _, out _)) return; // so does CX1003

            var text = prose.Slice(opening);
            var m = GreetingWord.Match(text);
            var span = opening;
            if (m.Success)
            {
                // Underline the greeting up to its comma or the end of the line, not the whole paragraph.
                var stop = text.IndexOfAny(new[] { ',', '!', '.', ':', '\n' }, m.Length);
                span = new ProseRange(opening.Start, opening.Start + (stop < 0 ? text.Length : stop));
            }
            else
            {
                var s = prose.SentenceIndexAt(opening.Start);
                if (s >= 0 && prose.Sentences[s].End <= opening.End) span = prose.Sentences[s];
            }
            context.Report(prose.ToSource(span),
                "The opening line does not name the customer: open with their name, e.g. \"Hi {{ customer.first_name ?? \"there\" }},\".");
        }

        /// <summary>The greeting line if one of the opening blocks starts with a greeting word, else the first block.</summary>
        internal static ProseRange Opening(ProseText prose)
        {
            var blocks = OpeningBlocks(prose);
            foreach (var i in blocks)
                if (IsGreeting(prose, i)) return prose.Blocks[i];
            return prose.Blocks[blocks.Count > 0 ? blocks[0] : 0];
        }

        internal static bool IsGreeting(ProseText prose, int block) => GreetingWord.IsMatch(prose.Slice(prose.Blocks[block]));

        /// <summary>A salutation proper: unlike "Thanks for…" or "Welcome to…", it only ever opens a message.</summary>
        private static readonly Regex Salutation = new Regex(
            @"^[^\p{L}\p{N}\uE000]*(?:(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|to whom it may concern)\b|welcome(?: back)?,? [\uE000])",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// The blocks that open the message: header lines with no sentence in them ("Northwind Home", a
        /// Markdown title), then the greeting line, or several greeting lines when template branches
        /// write alternatives. The first block that is neither ends the opening; a greeting further down
        /// ("Thanks, {{ customer.first_name }}." as a sign-off) is not the opening.
        /// </summary>
        internal static List<int> OpeningBlocks(ProseText prose)
        {
            // A preheader, a title or a subject line often comes before "Hi {{ name }},": the salutation is the opening.
            for (var i = 0; i < prose.Blocks.Count && i < 6; i++)
            {
                if (!Salutation.IsMatch(prose.Slice(prose.Blocks[i]))) continue;
                // The header lines right above it ("Ticket #123") belong to the opening; a preheader sentence does not.
                var opening = new List<int>();
                for (var h = 0; h < i; h++)
                    if (IsHeader(prose.Slice(prose.Blocks[h]))) opening.Add(h);
                opening.Add(i);
                // Greetings in the branches that follow ("{% else %}Hello there,") are openings too.
                for (var j = i + 1; j < prose.Blocks.Count && IsGreeting(prose, j); j++) opening.Add(j);
                return opening;
            }
            var blocks = new List<int>();
            var greeted = false;
            for (var i = 0; i < prose.Blocks.Count && i < 4; i++)
            {
                if (IsGreeting(prose, i))
                {
                    blocks.Add(i);
                    greeted = true;
                    continue;
                }
                if (greeted) break;
                blocks.Add(i);
                if (!IsHeader(prose.Slice(prose.Blocks[i]))) break;
            }
            return blocks;
        }

        /// <summary>A short line with no sentence in it: a brand line or a title above the greeting.</summary>
        private static bool IsHeader(string block) =>
            !SentenceEnd.IsMatch(block) && block.Split(' ').Length <= 8;
    }
}
