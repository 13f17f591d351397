using System.Text.RegularExpressions;
using Cx.Templates.Model;

namespace Cx.Templates.Tests.Docs;

/// <summary>
/// Every rule page in docs/rules shows a Bad example that its rule reports and a Good example that
/// no rule reports at all: the docs are held to the engine, so a reader can trust both examples.
/// </summary>
public class RuleDocExamplesTests
{
    private static readonly Regex Fence = new Regex(@"^```[ \t]*(?<lang>[\w-]*)[ \t]*\n(?<body>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline);

    public static IEnumerable<object[]> RulePages() =>
        Directory.GetFiles(Path.Combine(ReadmeRulesTableTests.RepositoryRoot(), "docs", "rules"), "CX*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(id => Regex.IsMatch(id!, "^CX[1-6][0-9]{3}$"))
            .OrderBy(id => id, StringComparer.Ordinal)
            .Select(id => new object[] { id! });

    [Fact]
    public void Every_rule_dimension_has_doc_pages_to_check() =>
        Assert.True(RulePages().Count() >= 14, "expected a doc page for each CX1xxx-CX6xxx rule");

    [Theory]
    [MemberData(nameof(RulePages))]
    public void The_bad_example_is_reported_by_its_rule(string id)
    {
        var (syntax, body) = Example(id, "Bad");
        var diagnostics = Lint(id, "bad", body, syntax);
        Assert.True(diagnostics.Any(d => d.Id == id),
            $"docs/rules/{id}.md: the Bad example should produce {id}, but produced [{string.Join(", ", diagnostics.Select(d => d.ToString()))}]");
    }

    [Theory]
    [MemberData(nameof(RulePages))]
    public void The_good_example_produces_no_diagnostics_at_all(string id)
    {
        var (syntax, body) = Example(id, "Good");
        var diagnostics = Lint(id, "good", body, syntax);
        Assert.True(diagnostics.Count == 0,
            $"docs/rules/{id}.md: the Good example should be clean, but produced:\n{string.Join("\n", diagnostics.Select(d => d.ToString()))}");
    }

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Lint(string id, string which, string body, TemplateSyntax syntax) =>
        Linter.Default.Lint(new TemplateSource($"docs/rules/{id}.{which}.{Extension(syntax)}", body, syntax)).Diagnostics;

    /// <summary>The first fenced code block under the page's <c>## {heading}</c>, with the syntax its language tag names.</summary>
    internal static (TemplateSyntax Syntax, string Body) Example(string id, string heading)
    {
        var page = File.ReadAllText(Path.Combine(ReadmeRulesTableTests.RepositoryRoot(), "docs", "rules", id + ".md")).Replace("\r\n", "\n");
        var section = Regex.Match(page, "^## " + heading + "[ \t]*\n(?<section>.*?)(?=^## |\\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        Assert.True(section.Success, $"docs/rules/{id}.md has no '## {heading}' section");
        var fence = Fence.Match(section.Groups["section"].Value);
        Assert.True(fence.Success, $"docs/rules/{id}.md: '## {heading}' has no fenced code block");
        return (SyntaxOf(fence.Groups["lang"].Value), fence.Groups["body"].Value);
    }

    internal static TemplateSyntax SyntaxOf(string language) => language.ToLowerInvariant() switch
    {
        "scriban" or "sbn" => TemplateSyntax.Scriban,
        "liquid" => TemplateSyntax.Liquid,
        "markdown" or "md" => TemplateSyntax.Markdown,
        _ => TemplateSyntax.Text,
    };

    private static string Extension(TemplateSyntax syntax) => syntax switch
    {
        TemplateSyntax.Scriban => "sbn",
        TemplateSyntax.Liquid => "liquid",
        TemplateSyntax.Markdown => "md",
        _ => "txt",
    };

    [Theory]
    [InlineData("scriban", TemplateSyntax.Scriban)]
    [InlineData("liquid", TemplateSyntax.Liquid)]
    [InlineData("markdown", TemplateSyntax.Markdown)]
    [InlineData("md", TemplateSyntax.Markdown)]
    [InlineData("text", TemplateSyntax.Text)]
    [InlineData("", TemplateSyntax.Text)]
    public void A_fence_language_tag_picks_the_template_syntax(string tag, TemplateSyntax expected) =>
        Assert.Equal(expected, SyntaxOf(tag));
}
