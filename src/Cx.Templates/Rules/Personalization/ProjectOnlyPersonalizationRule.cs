using System.Linq;
using Cx.Templates.Model;

namespace Cx.Templates.Rules.Personalization
{
    /// <summary>
    /// CX3003: the variables that reach the text all belong to the order, ticket or job; none to the
    /// person ("some project based personalization"). A condition on the person counts as personal.
    /// </summary>
    public sealed class ProjectOnlyPersonalizationRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX3003", "ProjectOnlyPersonalization", Dimension.Personalization, Level.MiddleOfTheRoad, Severity.Warning,
            "Every variable belongs to the order, ticket or job; none to the person.");

        public override RuleDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            var model = context.Model;
            var outputs = model.OutputVariables.ToList();
            if (outputs.Count == 0) return;
            if (model.Variables.Any(v => Signals.IsPersonVariable(v, context.Configuration))) return;
            var roots = string.Join(", ", outputs.Select(v => v.Root).Distinct().Take(4));
            var hole = model.Holes.FirstOrDefault(h => h.Variables.Count > 0);
            context.Report(hole?.Span ?? outputs[0].Span,
                $"Every variable here is about the job ({roots}), none about the person: use the customer's data too (name, history, preferences; roots: {string.Join(", ", context.Configuration.CustomerRoots)}).");
        }
    }
}
