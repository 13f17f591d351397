using Cx.Templates.Model;

namespace Cx.Templates.Tests.Suppression;

public class SuppressionTests
{
    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Lint(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Linter.Default.Lint(new TemplateSource("t", text, syntax)).Diagnostics;

    private const string Generic = "Dear customer,\nThanks for {{ order.number }}.\n";

    [Fact]
    public void Without_a_suppression_the_finding_is_reported() =>
        Assert.Contains(Lint(Generic), d => d.Id == "CX1001");

    [Fact]
    public void Next_line_suppression_in_a_scriban_comment()
    {
        var diags = Lint("{{## cx-disable-next-line CX1001 ##}}\n" + Generic);
        Assert.DoesNotContain(diags, d => d.Id == "CX1001");
        Assert.DoesNotContain(diags, d => d.Id == "CX0003");
        Assert.Contains(diags, d => d.Id == "CX3003"); // other rules still report
    }

    [Fact]
    public void File_suppression_in_a_liquid_comment()
    {
        var diags = Lint("{% comment %}cx-disable-file CX1001, CX3003{% endcomment %}\n" + Generic, TemplateSyntax.Liquid);
        Assert.DoesNotContain(diags, d => d.Id is "CX1001" or "CX3003" or "CX0003");
    }

    [Fact]
    public void Region_suppression_in_an_html_comment_ends_at_cx_enable()
    {
        var text = "<!-- cx-disable CX2001 -->\nWe will reply as soon as possible.\n<!-- cx-enable CX2001 -->\nWe will reply as soon as possible.\n";
        var diags = Lint(text, TemplateSyntax.Markdown).Where(d => d.Id == "CX2001").ToList();
        var d = Assert.Single(diags);
        Assert.Equal(4, d.Start.Line);
    }

    [Fact]
    public void A_suppression_without_ids_covers_every_rule_on_its_line()
    {
        var diags = Lint("{{## cx-disable-next-line ##}}\nDear customer, we will reply as soon as possible. {{ order.number }}");
        Assert.DoesNotContain(diags, d => d.Start.Line == 2);
    }

    [Fact]
    public void A_suppression_that_suppresses_nothing_is_CX0003_at_the_comment()
    {
        var diags = Lint("Hi {{ customer.first_name }},\n{{## cx-disable-next-line CX6002 ##}}\nThanks for your order.");
        var d = Assert.Single(diags, x => x.Id == "CX0003");
        Assert.Equal((2, 6), (d.Start.Line, d.Start.Column));
        Assert.Contains("suppresses nothing", d.Message);
    }
}
