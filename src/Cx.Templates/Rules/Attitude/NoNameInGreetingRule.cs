using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Attitude
{
    /// <summary>
    /// CX1002: the opening line names nobody, even when the template has other variables
    /// ("Your order {{ order.id }} has shipped"). Stays quiet where CX1001 already reports the greeting.
    /// </summary>
    public sealed class NoNameInGreetingRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX1002", "NoNameInGreeting", Dimension.Attitude, Level.MiddleOfTheRoad, Severity.Warning,
            "The opening line has no variable that names the recipient.");

        private static readonly Regex GreetingWord = new Regex(
            @"^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|welcome|thanks|thank you|congratulations|happy)\b",
            RegexOptions.CultureInvariant);

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

        /// <summary>The greeting line if one of the first blocks starts with a greeting word, else the first block.</summary>
        internal static ProseRange Opening(ProseText prose)
        {
            for (var i = 0; i < prose.Blocks.Count && i < 3; i++)
                if (GreetingWord.IsMatch(prose.Slice(prose.Blocks[i]))) return prose.Blocks[i];
            return prose.Blocks[0];
        }
    }
}
