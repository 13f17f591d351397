using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Templates.Tests.Configuration;

public class HouseRuleTests
{
    private const string Config = """
        house_rules:
          - id: ACME001
            type: substitution
            dimension: attitude
            level: middle-of-the-road
            message: "Write '%s': plain words read warmer."
            swap:
              utilise: use
              in order to: to
          - id: ACME002
            type: existence
            dimension: knowledge
            level: bad
            message: "'%s' is our internal name; say Care Plan."
            phrases: ["northwind shield", "ns ~ plan"]
        rules:
          ACME002: warning
        """;

    private static CxConfiguration Parse(string yaml, List<ConfigurationProblem>? problems = null) =>
        ConfigurationParser.Parse(yaml, "/repo/.cxlint.yml", RuleCatalog.Ids, problems ?? new List<ConfigurationProblem>());

    private static IReadOnlyList<Diagnostic> Lint(string text, CxConfiguration config, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Linter.Default.Lint(new TemplateSource("/repo/a.sbn", text, syntax), config).Diagnostics;

    [Fact]
    public void An_existence_rule_flags_its_phrases_with_its_own_id_dimension_and_configured_severity()
    {
        var problems = new List<ConfigurationProblem>();
        var config = Parse(Config, problems);
        Assert.Empty(problems);
        var d = Assert.Single(Lint("Hi {{ customer.first_name ?? 'there' }}, your Northwind Shield renews soon.", config), x => x.Id == "ACME002");
        Assert.Equal(Dimension.Knowledge, d.Dimension);
        Assert.Equal(Level.Bad, d.Level);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("'Northwind Shield' is our internal name", d.Message);
        Assert.StartsWith("file:///", d.HelpUri);
    }

    [Fact]
    public void A_substitution_carries_a_safe_fix_that_keeps_the_capital()
    {
        var config = Parse(Config);
        var text = "Hi {{ customer.first_name ?? 'there' }},\nUtilise the app in order to book.";
        var diags = Lint(text, config).Where(x => x.Id == "ACME001").ToList();
        Assert.Equal(2, diags.Count);
        Assert.Equal("Use", diags[0].Fix!.NewText);
        Assert.Equal("Utilise", text.Substring(diags[0].Fix!.Span.Start, diags[0].Fix!.Span.Length));
        Assert.Equal("to", diags[1].Fix!.NewText);
    }

    [Fact]
    public void Near_misses_are_not_flagged_quotes_code_and_variable_names()
    {
        var config = Parse(Config);
        var diags = Lint("Hi {{ customer.first_name ?? 'there' }}, we never write \"utilise\". {{ utilise_count }} {{ northwind_shield }}", config);
        Assert.DoesNotContain(diags, x => x.Id.StartsWith("ACME", StringComparison.Ordinal));
    }

    [Fact]
    public void House_rule_ids_can_be_configured_in_rules_and_overrides_before_or_after_their_definition()
    {
        var problems = new List<ConfigurationProblem>();
        var config = Parse("rules: { ACME009: off }\nhouse_rules:\n  - { id: ACME009, type: existence, dimension: insights, level: bad, message: no, phrases: [foo] }\n", problems);
        Assert.Empty(problems);
        Assert.DoesNotContain(Lint("foo {{ customer.first_name }}", config), x => x.Id == "ACME009");
    }

    [Theory]
    [InlineData("house_rules:\n  - { id: CX9001, type: existence, dimension: insights, level: bad, message: m, phrases: [x] }\n", "not a house rule id")]
    [InlineData("house_rules:\n  - { id: ACME001, type: exists, dimension: insights, level: bad, message: m, phrases: [x] }\n", "is not a house rule type")]
    [InlineData("house_rules:\n  - { id: ACME001, type: existence, dimension: tone, level: bad, message: m, phrases: [x] }\n", "is not a dimension")]
    [InlineData("house_rules:\n  - { id: ACME001, type: existence, dimension: insights, level: helpful, message: m, phrases: [x] }\n", "is not a level")]
    [InlineData("house_rules:\n  - { id: ACME001, type: existence, dimension: insights, level: bad, message: m }\n", "give it 'phrases'")]
    [InlineData("house_rules:\n  - { id: ACME001, type: substitution, dimension: insights, level: bad, message: m, swap: { mail: email } }\n", "cannot be applied safely")]
    [InlineData("house_rules:\n  - { id: ACME001, type: existence, dimension: insights, level: bad, message: m, phrases: [\"(unclosed\"] }\n", "not a valid pattern")]
    [InlineData("house_rules:\n  - { id: ACME001, type: existence, dimension: insights, level: bad, message: m, phrases: [x], colour: red }\n", "Unknown house rule key")]
    [InlineData("house_rules:\n  - { id: ACME001, dimension: insights, level: bad, phrases: [x] }\n", "needs an id, a type")]
    public void A_bad_house_rule_is_CX0002_never_ignored(string yaml, string expected)
    {
        var problems = new List<ConfigurationProblem>();
        var config = Parse(yaml, problems);
        Assert.Contains(problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
        Assert.Empty(config.HouseRules);
    }
}
