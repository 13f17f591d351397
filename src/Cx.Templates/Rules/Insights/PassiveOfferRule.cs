using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Insights
{
    /// <summary>CX5001: "I can check if you want me to": the customer has to ask before anything happens.</summary>
    public sealed class PassiveOfferRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX5001", "PassiveOffer", Dimension.Insights, Level.MiddleOfTheRoad, Severity.Warning,
            "An offer the customer must take up before anything happens: \"I can check if you want me to\", \"feel free to reach out\".");

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("CX5001");

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" waits for the customer to ask: do it and say so (\"I've checked…\", \"I'll call you at 10am to…\").";
    }
}
