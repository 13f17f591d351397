using Cx.Templates.Model;
using Cx.Templates.Tests.Rules;
using static Cx.Templates.Tests.Rules.AllRulesLinter;

namespace Cx.Templates.Tests.Rules.Knowledge;

/// <summary>CX4001 GenericExpertiseClaim: "industry-leading", "our experts" with nothing specific behind them ("General expertise in industry").</summary>
public class GenericExpertiseClaimRuleTests
{
    private const string Id = "CX4001";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Claims(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Findings(Id, text, syntax);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void An_unsupported_claim_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Claims(Greeting + "Your boiler will be fitted by our industry-leading installers."));
        Assert.Equal((3, 35), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 51), (d.End.Line, d.End.Column));
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Knowledge, d.Dimension);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_claim_and_asks_for_something_specific()
    {
        var d = Assert.Single(Claims(Greeting + "We offer World-Class service."));
        Assert.Contains("World-Class", d.Message);
        Assert.Contains("which certification", d.Message);
    }

    [Theory]
    [InlineData("We are a best-in-class supplier of kitchens.")]
    [InlineData("Our world class engineers will look after you.")]
    [InlineData("We use state-of-the-art equipment.")]
    [InlineData("We use state of the art diagnostics.")]
    [InlineData("Our cutting-edge process keeps costs down.")]
    [InlineData("We use cutting edge technology.")]
    [InlineData("We are at the cutting edge of home heating.")]
    [InlineData("Our experts will review your case.")]
    [InlineData("A team of highly trained experts will handle it.")]
    [InlineData("Our highly trained professionals will fit it.")]
    [InlineData("Our service is second to none.")]
    [InlineData("With years of experience, we know boilers.")]
    [InlineData("We are the UK's number one boiler company.")]
    [InlineData("We're the UK's #1 installer.")]
    [InlineData("Northwind is a leading provider of home services.")]
    [InlineData("Our award-winning team is on the case.")]
    [InlineData("Expect top-notch workmanship.")]
    [InlineData("We offer unrivalled expertise.")]
    public void Other_generic_claims_are_reported(string sentence) =>
        Assert.Single(Claims(Greeting + sentence));

    [Fact]
    public void A_time_is_not_evidence_of_expertise() =>
        Assert.Single(Claims(Greeting + "Our experts will visit on Tuesday at 10am."));

    [Fact]
    public void A_phone_number_is_not_evidence_of_expertise() =>
        Assert.Single(Claims(Greeting + "Call our experts on 0808 157 0192."));

    [Fact]
    public void A_date_variable_is_not_evidence_of_expertise() =>
        Assert.Single(Claims(Greeting + "Our world-class engineers will visit on {{ appointment.date }}."));

    [Fact]
    public void A_claim_in_markdown_bold_is_reported_at_the_words()
    {
        var d = Assert.Single(Claims(Greeting + "We are **industry-leading**.", TemplateSyntax.Markdown));
        Assert.Equal((3, 10), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void Two_claims_in_one_sentence_are_one_finding() =>
        Assert.Single(Claims(Greeting + "Our world-class experts use state-of-the-art tools."));

    [Fact]
    public void Evidence_in_another_paragraph_does_not_clear_a_claim() =>
        Assert.Single(Claims(Greeting + "Our experts are the best.\n\nWe fitted 12,400 boilers last year."));

    // --- near misses it must not report ----------------------------------------------------

    [Theory]
    [InlineData("Our experts have fitted 12,400 boilers like yours since 2009.")]
    [InlineData("He has more than 25 years of experience delivering world class results.")]
    [InlineData("Our Gas Safe registered experts fit every boiler.")]
    [InlineData("Our experts are accredited by NICEIC.")]
    [InlineData("Our world-class support is rated 4.9 on Trustpilot.")]
    [InlineData("{{ technician.first_name }}, one of our experts, will fit it.")]
    [InlineData("Our experts, led by {{ engineer.name }}, will fit it.")]
    [InlineData("Our industry-leading {{ product.warranty_years }}-year warranty covers parts and labour.")]
    [InlineData("With twenty years of experience, Sam knows this model well.")]
    public void A_claim_backed_by_something_specific_in_its_sentence_is_not_reported(string sentence) =>
        Assert.Empty(Claims(Greeting + sentence));

    [Fact]
    public void Evidence_in_the_next_sentence_clears_the_claim() =>
        Assert.Empty(Claims(Greeting + "Our engineers are world-class. Last year they fitted 12,400 boilers with a 98% first-visit fix rate."));

    [Theory]
    [InlineData("Replace the blade when the cutting edge is dull.")]
    [InlineData("The World Cup final is on Sunday, so our store closes early.")]
    [InlineData("The state of the road outside may delay the van.")]
    [InlineData("Our specialist will call you at 10am.")]
    [InlineData("This is the leading cause of low pressure.")]
    [InlineData("I'm the expert on your account.")]
    public void Different_meanings_are_not_reported(string sentence) =>
        Assert.Empty(Claims(Greeting + sentence));

    [Fact]
    public void A_claim_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Claims(Greeting + "You asked what \"industry-leading\" means in our old brochure. It meant nothing, so we dropped it."));

    [Fact]
    public void A_claim_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Claims(Greeting + "The `world-class` tag is gone from our templates.", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_named_like_a_claim_is_not_prose() =>
        Assert.Empty(Claims(Greeting + "{{ product.industry_leading_badge }} {{ our_experts_url }}"));

    [Fact]
    public void A_claim_in_a_hidden_html_attribute_is_not_prose() =>
        Assert.Empty(Claims(Greeting + "<img data-label=\"World-class service\" src=\"{{ banner.url }}\">"));

    [Fact]
    public void The_doc_page_examples_hold() => AssertDocExamples(Id);
}
