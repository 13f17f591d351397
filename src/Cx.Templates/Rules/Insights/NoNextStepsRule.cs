using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Insights
{
    /// <summary>CX5004: nothing on what happens next, how the work will proceed or what the customer can choose.</summary>
    public sealed class NoNextStepsRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX5004", "NoNextSteps", Dimension.Insights, Level.MiddleOfTheRoad, Severity.Warning,
            "Nothing on what happens next, how work will proceed or what choices the customer has.");

        /// <summary>A numbered list in the static text is a sequence of steps, whatever its words.</summary>
        private static readonly Regex OrderedList = new Regex(@"(?:^|\n)[ \t]*(?:\d{1,2}[.)]|step \d)[ \t]+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) =>
            context.Metadata.Kind != "marketing" && context.Metadata.Channel != "sms" && context.Metadata.Channel != "push" && !context.Model.Prose.IsEmpty;

        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            if (PhraseSet.Load("NextSteps").Matches(prose).Count > 0) return;
            foreach (var run in context.Model.Runs)
                if (OrderedList.IsMatch(run.Text)) return;
            context.Report(context.Model.OpeningSpan,
                "The customer is not told what happens next: add the next steps, who does them and when, and any choices they will have.");
        }
    }
}
