using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Responsiveness
{
    /// <summary>CX2003: "someone will contact you", "it will be looked into": a promise nobody owns.</summary>
    public sealed class UnownedCommitmentRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX2003", "UnownedCommitment", Dimension.Responsiveness, Level.MiddleOfTheRoad, Severity.Warning,
            "A promise with no owner: \"someone will contact you\", \"it will be looked into\".");

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("CX2003");

        protected override bool IsCleared(RuleContext context, ProseRange match) =>
            Signals.HasOwner(context.Model.Prose, Signals.SentenceOf(context.Model.Prose, match));

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" has no owner: say who will do it (\"I will…\", \"{{{{ agent.first_name }}}} from our billing team will…\").";
    }
}
