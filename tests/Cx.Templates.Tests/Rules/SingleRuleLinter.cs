using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Templates.Tests.Rules;

/// <summary>
/// Lints with one rule alone, so a rule's tests read its own findings without the others'; the doc
/// examples are checked with every rule, as <see cref="AllRulesLinter"/> does.
/// </summary>
internal static class SingleRuleLinter
{
    public static IReadOnlyList<Diagnostic> Lint(Rule rule, string text, TemplateSyntax syntax = TemplateSyntax.Scriban, CxConfiguration? configuration = null) =>
        new Linter(new[] { rule }).Lint(new TemplateSource(AllRulesLinter.PathFor(syntax), text, syntax), configuration).Diagnostics;

    public static CxConfiguration Configuration(string yaml) => AllRulesLinter.Configuration(yaml);

    public static void AssertDocExamples(Rule rule) => AllRulesLinter.AssertDocExamples(rule.Descriptor.Id);
}
