using Cx.Templates.Model;
using Cx.Templates.Tests.Rules;
using static Cx.Templates.Tests.Rules.AllRulesLinter;

namespace Cx.Templates.Tests.Rules.Knowledge;

/// <summary>CX4002 UnexplainedJargon: internal codes and acronyms the customer is not told the meaning of.</summary>
public class UnexplainedJargonRuleTests
{
    private const string Id = "CX4002";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Jargon(string text, TemplateSyntax syntax = TemplateSyntax.Scriban, Cx.Templates.Configuration.CxConfiguration? configuration = null) =>
        Findings(Id, text, syntax, configuration);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void An_unexplained_acronym_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Jargon(Greeting + "Your RMA is attached to this email."));
        Assert.Equal((3, 6), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 9), (d.End.Line, d.End.Column));
        Assert.Equal(Level.Bad, d.Level);
        Assert.Equal(Dimension.Knowledge, d.Dimension);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void The_message_names_the_term_says_what_to_write_and_points_at_the_glossary()
    {
        var d = Assert.Single(Jargon(Greeting + "Your RMA is attached."));
        Assert.Contains("\"RMA\"", d.Message);
        Assert.Contains("returns number", d.Message);
        Assert.Contains("glossary", d.Message);
    }

    [Theory]
    [InlineData("We will reply within our SLA.")]
    [InlineData("The SKU is out of stock.")]
    [InlineData("Per SOP, we need a photo.")]
    [InlineData("The ETA is Friday.")]
    [InlineData("We raised two POs for the parts.")]
    [InlineData("The BOM lists every part.")]
    [InlineData("Your RMA's label is attached.")]
    [InlineData("The SLA (2 days) has passed.")]
    [InlineData("Your order is WIP.")]
    public void Other_unexplained_acronyms_are_reported(string sentence) =>
        Assert.Single(Jargon(Greeting + sentence));

    [Theory]
    [InlineData("Your case has been escalated to tier 2.")]
    [InlineData("I've passed it to our L2 support team.")]
    [InlineData("A second-line engineer will look at it.")]
    [InlineData("Funds settle at T+3.")]
    [InlineData("We handled it as per the runbook.")]
    public void Internal_jargon_written_as_words_is_reported(string sentence)
    {
        var d = Assert.Single(Jargon(Greeting + sentence));
        Assert.Contains("how your team talks", d.Message);
    }

    [Fact]
    public void A_term_used_twice_is_reported_once_at_its_first_use()
    {
        var d = Assert.Single(Jargon(Greeting + "Your RMA is attached.\n\nPrint the RMA and put it in the box."));
        Assert.Equal(3, d.Start.Line);
    }

    [Fact]
    public void Each_different_term_is_reported() =>
        Assert.Equal(2, Jargon(Greeting + "Your RMA is attached and the SKU is on the label.").Count);

    [Fact]
    public void An_acronym_in_markdown_bold_is_reported_at_the_letters()
    {
        var d = Assert.Single(Jargon(Greeting + "Quote your **RMA** on the parcel.", TemplateSyntax.Markdown));
        Assert.Equal((3, 14), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void An_acronym_inside_a_liquid_condition_is_reported() =>
        Assert.Single(Jargon("Hi {{ customer.first_name }}, {% if order.returned %}your RMA is attached.{% endif %}", TemplateSyntax.Liquid));

    // --- near misses it must not report ----------------------------------------------------

    [Theory]
    [InlineData("Your RMA (returns authorisation number) is attached.")]
    [InlineData("Your Return Merchandise Authorisation (RMA) is attached.")]
    [InlineData("Our Service Level Agreement (SLA) is 2 days.")]
    [InlineData("The stock-keeping unit (SKU) is on the label.")]
    [InlineData("Your RMA, which is your returns number, is attached.")]
    [InlineData("RMA stands for returns authorisation.")]
    [InlineData("The ETA is the time the driver expects to arrive.")]
    public void An_acronym_the_message_explains_is_not_reported(string sentence) =>
        Assert.Empty(Jargon(Greeting + sentence));

    [Fact]
    public void An_explanation_anywhere_in_the_message_covers_every_use() =>
        Assert.Empty(Jargon(Greeting + "Your RMA is attached.\n\nRMA (returns authorisation) numbers start with R."));

    [Fact]
    public void A_term_in_the_configured_glossary_is_not_reported()
    {
        var config = AllRulesLinter.Configuration("glossary: [RMA, escalated to tier 2]\n");
        Assert.Empty(Jargon(Greeting + "Your RMA is attached. Your case was escalated to tier 2.", configuration: config));
    }

    [Fact]
    public void The_glossary_is_case_insensitive()
    {
        var config = AllRulesLinter.Configuration("glossary: [sku]\n");
        Assert.Empty(Jargon(Greeting + "The SKUs are on the label.", configuration: config));
    }

    [Theory]
    [InlineData("Prices include UK VAT.")]
    [InlineData("Your invoice is attached as a PDF.")]
    [InlineData("See our FAQ.")]
    [InlineData("We'll text your PIN by SMS.")]
    [InlineData("Bring photo ID.")]
    [InlineData("That's OK with us.")]
    [InlineData("Your NHS number is not needed.")]
    [InlineData("The engineer arrives at 10 AM.")]
    [InlineData("Plug it into a USB port.")]
    [InlineData("Your parcel is with DPD.")]
    public void Acronyms_customers_know_are_not_reported(string sentence) =>
        Assert.Empty(Jargon(Greeting + sentence));

    [Theory]
    [InlineData("NORTHWIND HOME: YOUR ENGINEER ARRIVES TODAY.")]
    [InlineData("PLEASE NOTE the new address.")]
    [InlineData("FREE delivery this week.")]
    [InlineData("Reply YES to confirm.")]
    [InlineData("Text STOP to opt out.")]
    [InlineData("Use code SPRING at checkout.")]
    [InlineData("Your plan includes 5 GB of data.")]
    [InlineData("Write to PO Box 123, Manchester.")]
    [InlineData("Our office is at Trafford Park, Manchester M17 1AB.")]
    [InlineData("Error E24 means the drain is blocked.")]
    [InlineData("This is Part II of your guide.")]
    [InlineData("We DON'T charge for this.")]
    public void Capitals_that_are_not_codes_are_not_reported(string sentence) =>
        Assert.Empty(Jargon(Greeting + sentence));

    [Theory]
    [InlineData("Your rma is attached.")]
    [InlineData("Your Rma is attached.")]
    [InlineData("The tier 2 membership gives you free delivery.")]
    [InlineData("Park on level 2 of the car park.")]
    public void Words_that_are_not_capitalised_codes_are_not_reported(string sentence) =>
        Assert.Empty(Jargon(Greeting + sentence));

    [Fact]
    public void An_acronym_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Jargon(Greeting + "The screen shows \"ERR\" when the filter is blocked."));

    [Fact]
    public void An_acronym_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Jargon(Greeting + "Type `RMA` in the search box.", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_named_like_an_acronym_is_not_prose() =>
        Assert.Empty(Jargon(Greeting + "Your product code is {{ order.SKU }}."));

    [Fact]
    public void An_acronym_in_a_hidden_html_attribute_is_not_prose() =>
        Assert.Empty(Jargon(Greeting + "<a data-tracking=\"RMA form\" href=\"{{ returns.url }}\">Start your return</a>"));

    [Fact]
    public void An_acronym_in_a_scriban_comment_is_not_prose() =>
        Assert.Empty(Jargon(Greeting + "{{# TODO: RMA flow #}}Your return is booked."));

    [Fact]
    public void The_doc_page_examples_hold() => AssertDocExamples(Id);
}
