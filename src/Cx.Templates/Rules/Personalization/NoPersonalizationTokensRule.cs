using Cx.Templates.Model;

namespace Cx.Templates.Rules.Personalization
{
    /// <summary>CX3001: no variable at all, so every customer gets exactly the same words.</summary>
    public sealed class NoPersonalizationTokensRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX3001", "NoPersonalizationTokens", Dimension.Personalization, Level.Bad, Severity.Error,
            "The template has no variable at all: the same communication for every customer.");

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) => !context.Model.Prose.IsEmpty;

        public override void Analyze(RuleContext context)
        {
            if (context.Model.Variables.Count > 0) return;
            context.Report(context.Model.OpeningSpan,
                "This template has no variables, so every customer reads the same words: use what you know about them (their name, what they bought, when it happens).");
        }
    }
}
