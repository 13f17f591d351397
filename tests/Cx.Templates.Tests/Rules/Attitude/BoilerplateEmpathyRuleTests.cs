using Cx.Templates.Model;
using Cx.Templates.Tests.Rules;
using static Cx.Templates.Tests.Rules.AllRulesLinter;

namespace Cx.Templates.Tests.Rules.Attitude;

/// <summary>CX1006 BoilerplateEmpathy: stock empathy any company could send ("Seems fine, yet nothing special").</summary>
public class BoilerplateEmpathyRuleTests
{
    private const string Id = "CX1006";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Stock(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Findings(Id, text, syntax);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void The_stock_apology_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Stock(Greeting + "Your engineer was delayed. We apologize for any inconvenience this may have caused."));
        Assert.Equal((3, 28), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 83), (d.End.Line, d.End.Column));
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Attitude, d.Dimension);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_words_and_says_what_to_write_instead()
    {
        var d = Assert.Single(Stock(Greeting + "Your call is important to us."));
        Assert.Contains("Your call is important to us", d.Message);
        Assert.Contains("what you have done about it", d.Message);
    }

    [Theory]
    [InlineData("We apologise for any inconvenience caused.")]
    [InlineData("We're sorry for any inconvenience.")]
    [InlineData("I am so sorry for the inconvenience this has caused you.")]
    [InlineData("Please accept our sincere apologies for any inconvenience.")]
    [InlineData("Apologies for any inconvenience.")]
    [InlineData("We regret any inconvenience.")]
    [InlineData("Your call is important to us.")]
    [InlineData("Your business is very important to us.")]
    [InlineData("Your satisfaction is our top priority.")]
    [InlineData("Thank you for your patience and understanding.")]
    [InlineData("Thanks for your patience.")]
    [InlineData("Thank you for your understanding in this matter.")]
    [InlineData("We appreciate your patience and understanding.")]
    [InlineData("We value your business.")]
    [InlineData("We truly value your custom.")]
    [InlineData("As a valued customer, you matter to us.")]
    [InlineData("We understand your frustration.")]
    [InlineData("I completely understand your frustration.")]
    [InlineData("We understand how frustrating this must be.")]
    [InlineData("I can only imagine how you must feel.")]
    [InlineData("We're sorry to hear that.")]
    [InlineData("We're here for you.")]
    [InlineData("We strive to provide the best possible customer service.")]
    [InlineData("We are committed to providing excellent service.")]
    public void Other_stock_phrases_are_reported(string sentence) =>
        Assert.Single(Stock(Greeting + sentence));

    [Fact]
    public void A_stock_phrase_in_capitals_with_a_curly_apostrophe_is_reported() =>
        Assert.Single(Stock(Greeting + "WE’RE SORRY FOR ANY INCONVENIENCE."));

    [Fact]
    public void A_stock_phrase_broken_over_two_lines_is_reported_from_its_first_word_to_its_last()
    {
        var d = Assert.Single(Stock(Greeting + "Thank you for your patience\nand understanding."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((4, 18), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_stock_phrase_inside_a_liquid_condition_is_reported() =>
        Assert.Single(Stock("Hi {{ customer.first_name }}, {% if order.late %}we apologise for any inconvenience.{% endif %}", TemplateSyntax.Liquid));

    [Fact]
    public void A_stock_phrase_in_markdown_bold_is_reported_at_the_words_not_the_asterisks()
    {
        var d = Assert.Single(Stock(Greeting + "**We value your business.**", TemplateSyntax.Markdown));
        Assert.Equal((3, 3), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void Two_stock_phrases_in_one_sentence_are_one_finding() =>
        Assert.Single(Stock(Greeting + "We apologise for any inconvenience and thank you for your patience and understanding."));

    [Fact]
    public void Each_sentence_with_a_stock_phrase_is_reported() =>
        Assert.Equal(new[] { 3, 5 }, Stock(Greeting + "Your call is important to us.\n\nWe value your business.").Select(d => d.Start.Line));

    // --- near misses it must not report ----------------------------------------------------

    [Theory]
    [InlineData("I'm sorry your sofa arrived with a broken leg.")]
    [InlineData("I'm sorry for the inconvenience of waiting in all day on Tuesday, so I've refunded the delivery charge.")]
    [InlineData("Thanks for your patience while the part was on back order: it arrives on Friday.")]
    [InlineData("Thank you for your patience during the outage on {{ outage.date }}.")]
    [InlineData("I apologise for missing your call at 3pm.")]
    [InlineData("We value your feedback on the new app, and we've changed the login screen because of it.")]
    [InlineData("It's important to us that your call is answered within 2 minutes, so I've added two more advisers.")]
    [InlineData("Any inconvenience fee has been refunded to your card.")]
    [InlineData("I understand you'd like a refund, and I've issued it today.")]
    [InlineData("I understand your boiler lost pressure twice this week.")]
    [InlineData("I'm sorry to hear your parcel went to the wrong address.")]
    [InlineData("We're here from 8am to 8pm on 0808 157 0192.")]
    [InlineData("I can imagine how frustrating the noise has been since Monday.")]
    public void Specific_empathy_and_different_meanings_are_not_reported(string sentence) =>
        Assert.Empty(Stock(Greeting + sentence));

    [Fact]
    public void A_stock_phrase_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Stock(Greeting + "You told us that \"your call is important to us\" sounded hollow on hold, and you were right."));

    [Fact]
    public void A_stock_phrase_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Stock(Greeting + "We retired the macro `we apologize for any inconvenience` this week.", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_named_like_a_stock_phrase_is_not_prose() =>
        Assert.Empty(Stock(Greeting + "{{ we_value_your_business_banner }} {{ apology.any_inconvenience }}"));

    [Fact]
    public void A_stock_phrase_in_a_hidden_html_attribute_is_not_prose() =>
        Assert.Empty(Stock(Greeting + "<img data-label=\"Your call is important to us\" src=\"{{ banner.url }}\">"));

    [Fact]
    public void A_stock_phrase_in_a_scriban_comment_is_not_prose() =>
        Assert.Empty(Stock(Greeting + "{{# We apologize for any inconvenience #}}Your engineer arrives at 9am."));

    [Fact]
    public void The_doc_page_examples_hold() => AssertDocExamples(Id);
}
