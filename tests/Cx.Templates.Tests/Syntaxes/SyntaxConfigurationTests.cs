using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Templates.Tests.Syntaxes;

/// <summary><c>syntax:</c> in a <c>metadata:</c> entry of .cxlint.yml: the template language per glob.</summary>
public class SyntaxConfigurationTests
{
    private static CxConfiguration Parse(string yaml, List<ConfigurationProblem> problems) =>
        ConfigurationParser.Parse(yaml, "/lib/.cxlint.yml", RuleCatalog.Ids, problems);

    [Fact]
    public void Syntax_per_glob_later_entries_win_and_aliases_are_accepted()
    {
        var problems = new List<ConfigurationProblem>();
        var config = Parse(
            "metadata:\n" +
            "  - files: \"osticket/*.yaml\"\n    syntax: placeholders\n    kind: support-reply\n" +
            "  - files: \"emails/**/*.txt\"\n    syntax: mustache\n" +
            "  - files: \"emails/legacy/*.txt\"\n    syntax: twig\n" +
            "  - files: \"go/**\"\n    syntax: go-template\n", problems);
        Assert.Empty(problems);
        Assert.Equal(TemplateSyntax.Placeholders, config.SyntaxFor("/lib/osticket/ticket.autoresp.yaml"));
        Assert.Equal(TemplateSyntax.Handlebars, config.SyntaxFor("/lib/emails/welcome/content.txt"));
        Assert.Equal(TemplateSyntax.Jinja, config.SyntaxFor("/lib/emails/legacy/old.txt"));
        Assert.Equal(TemplateSyntax.GoTemplate, config.SyntaxFor("/lib/go/a.tpl"));
        Assert.Null(config.SyntaxFor("/lib/other/readme.md"));
        Assert.Equal("support-reply", config.MetadataFor("/lib/osticket/ticket.autoresp.yaml")!.Kind);
    }

    [Fact]
    public void An_unknown_syntax_is_a_CX0002_with_the_allowed_names_and_a_suggestion()
    {
        var problems = new List<ConfigurationProblem>();
        Parse("metadata:\n  - files: \"*.hbs\"\n    syntax: handlebar\n", problems);
        var p = Assert.Single(problems);
        Assert.Equal(3, p.Start.Line);
        Assert.Contains("'handlebar' is not a template syntax", p.Message);
        Assert.Contains("handlebars", p.Message);
        Assert.Contains("placeholders", p.Message);
    }

    [Fact]
    public void Every_syntax_name_round_trips()
    {
        foreach (TemplateSyntax s in Enum.GetValues(typeof(TemplateSyntax)))
        {
            Assert.Contains(s.ToText(), EnumText.SyntaxNames);
            Assert.True(EnumText.TryParseSyntax(s.ToText(), out var back));
            Assert.Equal(s, back);
        }
    }
}
