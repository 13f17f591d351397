using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Attitude
{
    /// <summary>
    /// CX1006: "we apologise for any inconvenience this may have caused", "your call is important to us",
    /// "thank you for your patience and understanding": empathy that fits every customer, so it reaches none.
    /// </summary>
    public sealed class BoilerplateEmpathyRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX1006", "BoilerplateEmpathy", Dimension.Attitude, Level.MiddleOfTheRoad, Severity.Warning,
            "Stock empathy that signals nothing special: \"we apologize for any inconvenience\", \"your call is important to us\", \"thank you for your patience and understanding\".");

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("CX1006");

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" is stock wording any company could send: say what went wrong for this customer and what you have done about it (\"I'm sorry your engineer didn't arrive on Tuesday; I've refunded the call-out fee\").";
    }
}
