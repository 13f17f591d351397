using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Templates.Tests.Configuration;

public class ConfigurationParserTests
{
    private static (CxConfiguration Config, List<ConfigurationProblem> Problems) Parse(string yaml, string path = "repo/.cxlint.yml")
    {
        var problems = new List<ConfigurationProblem>();
        var config = ConfigurationParser.Parse(yaml, path, RuleCatalog.Ids, problems);
        return (config, problems);
    }

    [Fact]
    public void Severities_overrides_roots_and_globs_are_read()
    {
        var (config, problems) = Parse("""
            rules:
              CX5001: off
              CX2001: { severity: error }
            overrides:
              - kind: marketing
                rules: { CX5004: off }
              - files: "sms/**"
                channel: sms
                rules: { CX1002: info }
            customer_roots: [customer, member]
            advise_kinds: [support-reply]
            include: ["**/*.sbn"]
            exclude: ["drafts/**"]
            """);
        Assert.Empty(problems);
        Assert.Equal(Severity.Off, config.Rules["CX5001"]);
        Assert.Equal(Severity.Error, config.Rules["CX2001"]);
        Assert.Equal(2, config.Overrides.Count);
        Assert.Equal(new[] { "customer", "member" }, config.CustomerRoots);
        Assert.Equal(new[] { "support-reply" }, config.AdviseKinds);
        Assert.True(config.IsIncluded("repo/a/b.sbn"));
        Assert.False(config.IsIncluded("repo/drafts/b.sbn"));
        Assert.False(config.IsIncluded("repo/a/b.md"));
    }

    [Fact]
    public void Severity_follows_default_then_rules_then_matching_overrides()
    {
        var (config, _) = Parse("""
            rules: { CX1002: error }
            overrides:
              - channel: sms
                files: "sms/**"
                rules: { CX1002: info }
            """);
        var rule = Cx.Templates.Rules.Attitude.NoNameInGreetingRule.Rule;
        Assert.Equal(Severity.Error, config.SeverityFor(rule, new MessageMetadata { Channel = "email" }, "repo/sms/a.sbn"));
        Assert.Equal(Severity.Info, config.SeverityFor(rule, new MessageMetadata { Channel = "sms" }, "repo/sms/a.sbn"));
        Assert.Equal(Severity.Error, config.SeverityFor(rule, new MessageMetadata { Channel = "sms" }, "repo/email/a.sbn"));
        Assert.Equal(Severity.Warning, CxConfiguration.Default.SeverityFor(rule, new MessageMetadata(), "a.sbn"));
    }

    [Fact]
    public void An_unknown_top_level_key_is_reported_with_its_line_and_a_suggestion()
    {
        var (_, problems) = Parse("rules: {}\ncustomer_root: [customer]\n");
        var p = Assert.Single(problems);
        Assert.Equal(2, p.Start.Line);
        Assert.Equal(1, p.Start.Column);
        Assert.Contains("did you mean 'customer_roots'", p.Message);
        Assert.Contains("Allowed:", p.Message);
    }

    [Theory]
    [InlineData("rules:\n  CX5001: loud\n", "not a severity")]
    [InlineData("rules:\n  CX9999: off\n", "Unknown rule")]
    [InlineData("overrides:\n  - kind: newsletter\n    rules: { CX5001: off }\n", "is not a kind")]
    [InlineData("overrides:\n  - knd: marketing\n", "Unknown override key")]
    [InlineData("advise_kinds: [sales-pitch]\n", "not allowed in advise_kinds")]
    [InlineData("rules: [CX5001]\n", "must map rule ids")]
    [InlineData("- just\n- a list\n", "must be a mapping")]
    [InlineData("rules: {CX5001: off\n", "Not valid YAML")]
    public void Bad_values_are_reported_never_ignored(string yaml, string expected)
    {
        var (_, problems) = Parse(yaml);
        Assert.Contains(problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_file_is_the_defaults()
    {
        var (config, problems) = Parse("");
        Assert.Empty(problems);
        Assert.Equal(CxConfiguration.DefaultCustomerRoots, config.CustomerRoots);
    }

    [Fact]
    public void Configured_severity_applies_to_lint_results()
    {
        var (config, _) = Parse("rules: { CX3001: off, CX1001: error }");
        var result = Linter.Default.Lint(new TemplateSource("repo/a.sbn", "Dear customer,\nThanks.", TemplateSyntax.Scriban), config);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CX3001");
        Assert.Equal(Severity.Error, Assert.Single(result.Diagnostics, d => d.Id == "CX1001").Severity);
    }
}
