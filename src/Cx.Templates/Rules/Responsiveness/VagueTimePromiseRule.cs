using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Responsiveness
{
    /// <summary>CX2001: "as soon as possible", "shortly", "we'll get back to you", with no concrete time in the sentence.</summary>
    public sealed class VagueTimePromiseRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX2001", "VagueTimePromise", Dimension.Responsiveness, Level.MiddleOfTheRoad, Severity.Warning,
            "A commitment with no concrete time: \"as soon as possible\", \"shortly\", \"we'll get back to you\".");

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("CX2001");

        /// <summary>
        /// A concrete time elsewhere in the sentence clears the promise; the matched words themselves do not
        /// ("sometime next week" is vague although "next week" alone would be a time).
        /// </summary>
        protected override bool IsCleared(RuleContext context, ProseRange match)
        {
            var prose = context.Model.Prose;
            var sentence = Signals.SentenceOf(prose, match);
            return Signals.HasConcreteTime(prose, new ProseRange(sentence.Start, match.Start))
                || Signals.HasConcreteTime(prose, new ProseRange(match.End, sentence.End));
        }

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" promises no time: give one (\"by 5pm today\", \"within 2 business days\", \"on {{{{ appointment.date }}}}\").";
    }
}
