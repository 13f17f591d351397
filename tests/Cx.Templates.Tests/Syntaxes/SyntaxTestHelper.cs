using Cx.Templates.Model;
using Cx.Templates.Parsing;
using Cx.Templates.Tests.Robustness;

namespace Cx.Templates.Tests.Syntaxes;

internal static class S
{
    public static MessageModel Model(string text, TemplateSyntax syntax) => MessageModelBuilder.Build(new TemplateSource("t", text, syntax));

    public static LintResult Lint(string text, TemplateSyntax syntax) => SafeLint.Lint(text, syntax);

    /// <summary>The prose as the rules read it, with holes as §.</summary>
    public static string Prose(string text, TemplateSyntax syntax) => Model(text, syntax).Prose.Text.Replace(Cx.Templates.Text.ProseText.HoleChar, '§');

    public static string[] Paths(MessageModel m, bool? output = null) =>
        m.Variables.Where(v => output == null || v.IsOutput == output).Select(v => v.Path).ToArray();

    /// <summary>The source text a finding underlines.</summary>
    public static string Underlined(string text, Cx.Templates.Rules.Diagnostic d) => text.Substring(d.Span.Start, d.Span.Length);
}
