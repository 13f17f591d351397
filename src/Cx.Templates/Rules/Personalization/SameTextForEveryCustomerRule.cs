using System.Linq;
using Cx.Templates.Model;

namespace Cx.Templates.Rules.Personalization
{
    /// <summary>
    /// CX3002: rendered for three customers who differ in every field, the message reads the same
    /// (or differs only in identifiers): variables exist but none reaches the text, or the branches
    /// that use them never differ. Render-based, in the sandbox.
    /// </summary>
    public sealed class SameTextForEveryCustomerRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX3002", "SameTextForEveryCustomer", Dimension.Personalization, Level.MiddleOfTheRoad, Severity.Warning,
            "Rendered for several different customers, the output is the same (or differs only in identifiers).");

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) => context.Rendered.CanRender;

        public override void Analyze(RuleContext context)
        {
            var rendered = context.Rendered;
            var model = context.Model;
            if (rendered.Stopped != null)
            {
                context.ReportIncomplete(model.OpeningSpan, "rendering with sample customers stopped: " + rendered.Stopped.TrimEnd('.'));
                return;
            }
            if (!rendered.Succeeded) return; // sample values the template's filters cannot take: no evidence either way
            // Only identifiers (order numbers, links) vary: CX3003 already says the text is about the job.
            if (model.Variables.All(v => IsIdentifier(v.Path))) return;
            var outputs = rendered.Full.Select(o => rendered.Comparable(o.Output!)).Distinct().Count();
            if (outputs > 1) return;

            var anyOutput = model.OutputVariables.Any(v => !IsIdentifier(v.Path));
            var first = model.Variables.Where(v => !IsIdentifier(v.Path)).OrderBy(v => v.Span.Start).First();
            var why = anyOutput
                ? "every branch and value that differs between them ends up as the same words"
                : $"its variables ({string.Join(", ", model.Variables.Select(v => v.Path).Distinct().Take(3))}) never change the words";
            context.Report(first.Span,
                $"Rendered for three different customers, this message reads the same for each: {why}. Let what you know about the customer change the words (name, what they bought, when).");
        }

        private static bool IsIdentifier(string path)
        {
            var leaf = path.Substring(path.LastIndexOf('.') + 1).Replace("[]", "");
            return System.Text.RegularExpressions.Regex.IsMatch(leaf, @"(?:^|_)(?:id|number|no|num|ref|reference|code|token|sku|tracking|url|link|uri|href|key|uuid|guid|slug)$|Id$|Number$|Url$");
        }
    }
}
