using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Attitude
{
    /// <summary>CX1001: "Dear Customer", "Hello there", a bare "Hi,": the customer is a job number.</summary>
    public sealed class GenericGreetingRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX1001", "GenericGreeting", Dimension.Attitude, Level.MiddleOfTheRoad, Severity.Warning,
            "A greeting that could go to anyone: \"Dear Customer\", \"Hello there\", \"Hi,\" with no name.");

        public override RuleDescriptor Descriptor => Rule;

        internal static PhraseSet Greetings => PhraseSet.Load("CX1001");

        protected override PhraseSet Phrases => Greetings;

        /// <summary>
        /// Only the greeting counts: a line further down that happens to start like one ("Hello there,
        /// I'm your engineer" quoted in the body) is not how the message addresses the customer. The
        /// greeting lines are the opening blocks, so each branch of an <c>if</c>/<c>else</c> greeting is
        /// still checked on its own line.
        /// </summary>
        /// <remarks>A greeting that addresses a number ("Dear customer #{{ customer.id }}") is CX1003's, which says it better.</remarks>
        protected override bool IsCleared(RuleContext context, ProseRange match)
        {
            var prose = context.Model.Prose;
            var block = prose.BlockIndexAt(match.Start);
            if (!NoNameInGreetingRule.OpeningBlocks(prose).Contains(block)) return true;
            return CaseNumberAsIdentityRule.AddressesByNumber(prose, block) && CaseNumberAsIdentityRule.IsOn(context);
        }

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" could be sent to anyone: greet the customer by name, e.g. \"Hi {{{{ customer.first_name ?? \"there\" }}}},\".";
    }
}
