using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Friction
{
    /// <summary>
    /// CX6005: the message sends the customer somewhere else: "please contact our billing department",
    /// "call the other number", "you will need to contact another team", "contact the manufacturer".
    /// seeds/001: "One-stop shopping: Don't shuffle customers around from department to department";
    /// customers want their concerns addressed "preferably by the first person they talk to, not the fifth".
    /// </summary>
    public sealed class DepartmentShuffleRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX6005", "DepartmentShuffle", Dimension.Friction, Level.Bad, Severity.Error,
            "Sends the customer elsewhere: \"please contact our billing department\", \"call the other number\", \"contact the manufacturer\".");

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("CX6005");

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" sends the customer to someone else: contact them yourself and tell the customer what you arranged (\"I've asked our billing team to refund you; they'll email you by 3pm\").";
    }
}
