using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Insights
{
    /// <summary>
    /// CX5006: nothing in the message anticipates an issue or a question ("heads up", "you may notice",
    /// "a common question is", "if the part is delayed, …"). Helpful Expertise "suggests questions that I
    /// should be asking and issues that I should be aware of"; Middle of the Road "fails to inform me
    /// about … issues that will likely arise". Info by default: many short messages need none.
    /// </summary>
    public sealed class NoHeadsUpRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX5006", "NoHeadsUp", Dimension.Insights, Level.MiddleOfTheRoad, Severity.Info,
            "No anticipated issue or question: no \"heads up\", \"be aware\", \"you may notice\", \"a common question is\".");

        public override RuleDescriptor Descriptor => Rule;

        // A heads-up is expected of a message whose kind is known (a support reply, a quote, a reminder):
        // an unlabelled one-line string in code or a snippet is not held to it.
        public override bool AppliesTo(RuleContext context) =>
            context.Metadata.Kind != null && context.Metadata.Kind != "marketing" && context.Metadata.Channel != "sms" && context.Metadata.Channel != "push" && !context.Model.Prose.IsEmpty;

        public override void Analyze(RuleContext context)
        {
            if (PhraseSet.Load("CX5006").Matches(context.Model.Prose).Count > 0) return;
            context.Report(context.Model.OpeningSpan,
                "Nothing warns the customer about what is likely to come up: add one heads-up from experience (\"You may notice…\", \"A common question is…\", \"If the part is delayed, I'll…\").");
        }
    }
}
