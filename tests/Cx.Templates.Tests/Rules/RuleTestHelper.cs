using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Templates.Tests.Rules;

/// <summary>Lints a template string with the default linter and configuration, for rule tests.</summary>
internal static class RuleTestHelper
{
    public static IReadOnlyList<Diagnostic> Lint(string text, TemplateSyntax syntax = TemplateSyntax.Scriban, string path = "t.sbn") =>
        Cx.Templates.Linter.Default.Lint(new TemplateSource(path, text, syntax)).Diagnostics;

    /// <summary>The findings of one rule.</summary>
    public static IReadOnlyList<Diagnostic> Only(IEnumerable<Diagnostic> diagnostics, string id) =>
        diagnostics.Where(d => d.Id == id).ToList();
}
