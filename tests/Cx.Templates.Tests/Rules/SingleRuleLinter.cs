using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;
using Cx.Templates.Tests.Docs;

namespace Cx.Templates.Tests.Rules;

/// <summary>
/// Lints with one rule that is not (yet) in <see cref="RuleCatalog"/>, so its tests do not depend on the
/// catalogue, and checks its doc page's examples against the catalogue plus the rules added with it.
/// </summary>
internal static class SingleRuleLinter
{
    /// <summary>Rules built alongside each other but registered by the catalogue's owner.</summary>
    private static readonly Rule[] Pending =
    {
        new Cx.Templates.Rules.Responsiveness.ChannelStandardExceededRule(),
        new Cx.Templates.Rules.Responsiveness.AppointmentWithoutSpecificsRule(),
        new Cx.Templates.Rules.Personalization.ChannelMismatchRule(),
        new Cx.Templates.Rules.Insights.InformationOverloadRule(),
    };

    public static IReadOnlyList<Diagnostic> Lint(Rule rule, string text, TemplateSyntax syntax = TemplateSyntax.Scriban, CxConfiguration? configuration = null) =>
        new Linter(new[] { rule }).Lint(new TemplateSource(PathFor(syntax), text, syntax), configuration).Diagnostics;

    public static string PathFor(TemplateSyntax syntax) => syntax switch
    {
        TemplateSyntax.Markdown => "t.md",
        TemplateSyntax.Liquid => "t.liquid",
        TemplateSyntax.Text => "t.txt",
        _ => "t.sbn",
    };

    public static CxConfiguration Configuration(string yaml)
    {
        var problems = new List<ConfigurationProblem>();
        var ids = new HashSet<string>(RuleCatalog.Ids);
        foreach (var r in Pending) ids.Add(r.Descriptor.Id);
        var config = ConfigurationParser.Parse(yaml, "repo/.cxlint.yml", ids, problems);
        Assert.Empty(problems);
        return config;
    }

    /// <summary>The doc page's Bad example is reported by the rule; its Good example by no rule at all.</summary>
    public static void AssertDocExamples(Rule rule)
    {
        var id = rule.Descriptor.Id;
        var (badSyntax, bad) = RuleDocExamplesTests.Example(id, "Bad");
        var found = Lint(rule, bad, badSyntax);
        Assert.True(found.Any(d => d.Id == id), $"docs/rules/{id}.md: the Bad example should produce {id}");

        var all = RuleCatalog.Rules.Concat(Pending.Where(p => RuleCatalog.Rules.All(r => r.Descriptor.Id != p.Descriptor.Id)));
        var (goodSyntax, good) = RuleDocExamplesTests.Example(id, "Good");
        var diagnostics = new Linter(all).Lint(new TemplateSource($"docs/rules/{id}.good.{PathFor(goodSyntax).Substring(2)}", good, goodSyntax)).Diagnostics;
        Assert.True(diagnostics.Count == 0, $"docs/rules/{id}.md: the Good example should be clean, but produced:\n{string.Join("\n", diagnostics)}");
    }
}
