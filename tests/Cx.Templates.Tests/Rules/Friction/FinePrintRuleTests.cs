using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Friction;

/// <summary>CX6002 FinePrint: "no games, no gimmicks, and no fine print" (seeds/001).</summary>
public class FinePrintRuleTests
{
    private const string Id = "CX6002";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Findings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax switch { TemplateSyntax.Markdown => "t.md", TemplateSyntax.Liquid => "t.liquid", TemplateSyntax.Text => "t.txt", _ => "t.sbn" }), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void Terms_and_conditions_apply_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Findings(Greeting + "Save 30% on all coats. Terms and conditions apply."));
        Assert.Equal((3, 24), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 50), (d.End.Line, d.End.Column));
        Assert.Equal(Level.Bad, d.Level);
        Assert.Contains("Terms and conditions apply", d.Message);
    }

    [Theory]
    [InlineData("T&Cs apply.")]
    [InlineData("RESTRICTIONS MAY APPLY.")]
    [InlineData("Prices are subject to change without notice.")]
    [InlineData("While stocks last.")]
    [InlineData("This offer cannot be combined with any other offer.")]
    [InlineData("Exclusions apply, see website for details.")]
    public void Stock_fine_print_phrases_are_reported(string sentence) =>
        Assert.NotEmpty(Findings(Greeting + sentence));

    [Fact]
    public void An_asterisk_after_a_figure_is_reported_at_the_asterisk()
    {
        var d = Assert.Single(Findings(Greeting + "Save 30%* on all coats."));
        Assert.Equal((3, 9), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 10), (d.End.Line, d.End.Column));
        Assert.Contains("asterisk", d.Message);
    }

    [Fact]
    public void A_double_asterisk_after_a_word_is_reported() =>
        Assert.Single(Findings(Greeting + "Plus FREE** delivery."));

    [Fact]
    public void A_line_that_starts_with_an_asterisk_is_a_footnote()
    {
        var d = Assert.Single(Findings(Greeting + "Our winter sale is here.\n\n*Selected lines only.", TemplateSyntax.Text));
        Assert.Equal((5, 1), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void A_markdown_footnote_line_is_reported_as_footnote_and_condition()
    {
        var diags = Findings(Greeting + "*Offer valid on selected lines only.", TemplateSyntax.Markdown);
        Assert.Equal(2, diags.Count);
        Assert.All(diags, d => Assert.Equal(3, d.Start.Line));
    }

    [Fact]
    public void Fine_print_in_a_liquid_branch_is_reported() =>
        Assert.Single(Findings("Hi {{ customer.first_name }},{% if offer.active %} Terms & conditions apply.{% endif %}", TemplateSyntax.Liquid));

    [Fact]
    public void Fine_print_broken_over_two_lines_is_reported()
    {
        var d = Assert.Single(Findings(Greeting + "Prices subject to change\nwithout notice."));
        Assert.Equal((3, 8), (d.Start.Line, d.Start.Column));
        Assert.Equal((4, 15), (d.End.Line, d.End.Column));
    }

    // --- near misses it must not report ----------------------------------------------------

    [Fact]
    public void A_markdown_bullet_is_not_a_footnote() =>
        Assert.Empty(Findings(Greeting + "* Free returns for 60 days\n* Free fitting\n", TemplateSyntax.Markdown));

    [Fact]
    public void A_plain_text_bullet_is_not_a_footnote() =>
        Assert.Empty(Findings(Greeting + "* Free returns for 60 days\n* Free fitting\n", TemplateSyntax.Text));

    [Fact]
    public void Markdown_bold_and_italic_are_not_footnotes() =>
        Assert.Empty(Findings(Greeting + "**Free** delivery and *fast* fitting.", TemplateSyntax.Markdown));

    [Fact]
    public void Bold_and_italic_in_a_scriban_template_are_not_footnotes() =>
        Assert.Empty(Findings(Greeting + "**Free** delivery and *fast* fitting, ***this week***."));

    [Fact]
    public void The_multiplication_operator_in_template_code_is_not_a_footnote() =>
        Assert.Empty(Findings(Greeting + "Your total is {{ item.price * item.quantity }}."));

    [Fact]
    public void Terms_in_another_sense_are_not_fine_print() =>
        Assert.Empty(Findings(Greeting + "Your payment terms are 30 days from the invoice date."));

    [Fact]
    public void A_condition_stated_plainly_in_the_sentence_is_not_fine_print() =>
        Assert.Empty(Findings(Greeting + "Coats that are already reduced stay at their price, and the 30% can't be combined with other discount codes."));

    [Theory]
    [InlineData("Delivery is free on orders over £40, every day.")]
    [InlineData("Our offer is valid until Sunday 12 January.")]
    [InlineData("Call us on 0808 157 0192 and press * to skip the menu.")]
    [InlineData("Your price is subject to a survey of your roof, which I have booked for {{ survey.date }}.")]
    [InlineData("Your price won’t change after you accept.")]
    [InlineData("The terms of your warranty are in the attached booklet.")]
    public void Plain_statements_near_the_fine_print_phrases_are_not_reported(string sentence) =>
        Assert.Empty(Findings(Greeting + sentence));

    [Fact]
    public void The_phrase_in_double_quotes_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "You won't find \"terms and conditions apply\" anywhere in our offers."));

    [Fact]
    public void The_phrase_in_a_markdown_code_span_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "We removed the `restrictions may apply` snippet.", TemplateSyntax.Markdown));

    [Fact]
    public void The_phrase_in_a_variable_name_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "{{ terms_and_conditions_apply_note }}"));

    [Fact]
    public void The_phrase_in_an_html_attribute_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "<img src='{{ links.banner }}' alt='T&Cs apply'>"));

    [Fact]
    public void An_asterisk_in_double_quotes_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "Type \"boiler*\" in the search box to see every model."));
}
