using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Personalization;

/// <summary>CX3001 NoPersonalizationTokens: not a single variable, so every customer reads the same words.</summary>
public class NoPersonalizationTokensRuleTests
{
    private const string Id = "CX3001";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Findings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax switch { TemplateSyntax.Markdown => "t.md", TemplateSyntax.Liquid => "t.liquid", TemplateSyntax.Text => "t.txt", _ => "t.sbn" }), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void A_template_with_no_variable_is_reported_on_its_first_line()
    {
        var d = Assert.Single(Findings("Dear Customer,\n\nWe will be carrying out planned maintenance in your area.\n"));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 15), (d.End.Line, d.End.Column));
        Assert.Equal(Level.Bad, d.Level);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("no variables", d.Message);
    }

    [Fact]
    public void The_finding_is_placed_after_the_front_matter()
    {
        var d = Assert.Single(Findings("---\nkind: transactional\nchannel: email\n---\n\nYour broadband may be interrupted for a short time.\n"));
        Assert.Equal((6, 1), (d.Start.Line, d.Start.Column));
    }

    [Theory]
    [InlineData("Hi [First Name], your order has shipped.")]
    [InlineData("Hi *|FNAME|*, your order has shipped.")]
    [InlineData("Hi %FIRSTNAME%, your order has shipped.")]
    public void A_placeholder_left_over_from_another_tool_is_not_a_variable(string text) =>
        Assert.Single(Findings(text, TemplateSyntax.Text));

    [Fact]
    public void A_variable_name_in_a_markdown_code_span_is_not_a_variable() =>
        Assert.Single(Findings("Our new templates greet you with `customer.first_name`.\n", TemplateSyntax.Markdown));

    [Fact]
    public void A_liquid_template_with_only_comments_and_text_is_reported() =>
        Assert.Single(Findings("{% comment %}TODO: add the name{% endcomment %}Hello there, your parcel is on its way.", TemplateSyntax.Liquid));

    // --- near misses it must not report ----------------------------------------------------

    [Fact]
    public void One_output_variable_is_enough() =>
        Assert.Empty(Findings("Your broadband will be off on {{ outage.date }}."));

    [Fact]
    public void A_variable_used_only_in_a_condition_counts() =>
        Assert.Empty(Findings("Your line is being upgraded.\n{{ if customer.has_digital_phone }}\nYour home phone will be off too.\n{{ end }}\n"));

    [Fact]
    public void A_variable_used_only_as_a_loop_source_counts() =>
        Assert.Empty(Findings("{{ for item in order.items }}- one item\n{{ end }}Thanks for your order."));

    [Fact]
    public void A_liquid_variable_with_a_default_counts() =>
        Assert.Empty(Findings("Hi {{ customer.first_name | default: \"there\" }}, your parcel is on its way.", TemplateSyntax.Liquid));

    [Fact]
    public void A_liquid_condition_counts() =>
        Assert.Empty(Findings("{% if customer.is_business %}Your VAT invoice is attached.{% endif %}", TemplateSyntax.Liquid));

    [Fact]
    public void A_variable_in_a_markdown_template_counts() =>
        Assert.Empty(Findings("# Hi {{ customer.first_name ?? \"there\" }}\n\nYour parcel is on its way.\n", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_in_an_html_attribute_counts() =>
        Assert.Empty(Findings("<p>Your parcel is on its way. <a href=\"{{ order.tracking_url }}\">Track it</a></p>"));

    [Fact]
    public void A_variable_with_a_filter_counts() =>
        Assert.Empty(Findings("Your visit is on {{ visit.date | date.to_string '%A' }}."));

    [Fact]
    public void A_template_with_front_matter_but_no_text_is_not_reported() =>
        Assert.Empty(Findings("---\nkind: transactional\nchannel: email\n---\n"));

    [Fact]
    public void A_template_that_does_not_parse_is_reported_as_a_syntax_error_only()
    {
        var diags = Lint("Hello there, {{ if }} your parcel is on its way.");
        Assert.Contains(diags, d => d.Id == "CX0001");
        Assert.Empty(Only(diags, Id));
    }
}
