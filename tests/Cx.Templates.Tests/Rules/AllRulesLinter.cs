using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;
using Cx.Templates.Tests.Docs;

namespace Cx.Templates.Tests.Rules;

/// <summary>
/// Lints with every rule the engine defines: the catalogue plus the rules that are built but not registered
/// in it yet. Rules that hand findings to each other (CX1001 and CX1002 to CX1003, CX6004 to CX6001) are
/// tested together, and the tests read the same before and after the catalogue's owner registers them.
/// </summary>
internal static class AllRulesLinter
{
    /// <summary>The catalogue, then every other concrete rule in the engine, one per id.</summary>
    public static readonly IReadOnlyList<Rule> Rules = Discover();

    public static readonly Linter Linter = new Linter(Rules);

    public static IReadOnlyList<Diagnostic> Lint(string text, TemplateSyntax syntax = TemplateSyntax.Scriban, CxConfiguration? configuration = null) =>
        Linter.Lint(new TemplateSource(PathFor(syntax), text, syntax), configuration).Diagnostics;

    /// <summary>The findings of one rule.</summary>
    public static IReadOnlyList<Diagnostic> Findings(string id, string text, TemplateSyntax syntax = TemplateSyntax.Scriban, CxConfiguration? configuration = null) =>
        Lint(text, syntax, configuration).Where(d => d.Id == id).ToList();

    public static string PathFor(TemplateSyntax syntax) => syntax switch
    {
        TemplateSyntax.Markdown => "t.md",
        TemplateSyntax.Liquid => "t.liquid",
        TemplateSyntax.Text => "t.txt",
        _ => "t.sbn",
    };

    /// <summary>A <c>.cxlint.yml</c> that may name any of <see cref="Rules"/>; it must parse without problems.</summary>
    public static CxConfiguration Configuration(string yaml)
    {
        var problems = new List<ConfigurationProblem>();
        var ids = new HashSet<string>(RuleCatalog.Ids);
        foreach (var r in Rules) ids.Add(r.Descriptor.Id);
        var config = ConfigurationParser.Parse(yaml, "repo/.cxlint.yml", ids, problems);
        Assert.Empty(problems);
        return config;
    }

    /// <summary>The doc page's Bad example is reported by its rule; its Good example by no rule at all.</summary>
    public static void AssertDocExamples(string id)
    {
        var (badSyntax, bad) = RuleDocExamplesTests.Example(id, "Bad");
        var found = Linter.Lint(new TemplateSource($"docs/rules/{id}.bad.{PathFor(badSyntax).Substring(2)}", bad, badSyntax)).Diagnostics;
        Assert.True(found.Any(d => d.Id == id), $"docs/rules/{id}.md: the Bad example should produce {id}, but produced [{string.Join(", ", found)}]");

        var (goodSyntax, good) = RuleDocExamplesTests.Example(id, "Good");
        var diagnostics = Linter.Lint(new TemplateSource($"docs/rules/{id}.good.{PathFor(goodSyntax).Substring(2)}", good, goodSyntax)).Diagnostics;
        Assert.True(diagnostics.Count == 0, $"docs/rules/{id}.md: the Good example should be clean, but produced:\n{string.Join("\n", diagnostics)}");
    }

    private static IReadOnlyList<Rule> Discover()
    {
        var rules = new List<Rule>(RuleCatalog.Rules);
        var ids = new HashSet<string>(rules.Select(r => r.Descriptor.Id));
        var pending = typeof(Rule).Assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) != null)
            .Select(t => (Rule)Activator.CreateInstance(t)!)
            .Where(r => !ids.Contains(r.Descriptor.Id))
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal);
        foreach (var r in pending)
            if (ids.Add(r.Descriptor.Id)) rules.Add(r);
        return rules;
    }
}
