using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Attitude
{
    /// <summary>CX1005: "as I already said", "per our policy", "you failed to": rude, impatient or blaming.</summary>
    public sealed class DismissiveToneRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX1005", "DismissiveTone", Dimension.Attitude, Level.Bad, Severity.Error,
            "Rude, impatient or blaming wording: \"as I already said\", \"per our policy\", \"you failed to\", \"calm down\".");

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("CX1005");

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" sounds impatient or blames the customer: explain plainly what happened and what you will do about it.";
    }
}
