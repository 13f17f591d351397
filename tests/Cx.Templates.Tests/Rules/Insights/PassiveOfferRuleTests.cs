using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Insights;

/// <summary>CX5001 PassiveOffer: "I can check if you want me to" (seeds/000), and its near misses.</summary>
public class PassiveOfferRuleTests
{
    private const string Id = "CX5001";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Offers(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax == TemplateSyntax.Markdown ? "t.md" : syntax == TemplateSyntax.Liquid ? "t.liquid" : "t.sbn"), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void The_seeds_own_example_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Offers(Greeting + "Your boiler part is on back order. I can check if you want me to."));
        Assert.Equal((3, 36), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 65), (d.End.Line, d.End.Column));
        Assert.Equal(Cx.Templates.Model.Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Insights, d.Dimension);
    }

    [Fact]
    public void The_message_quotes_the_offer_and_says_what_to_write_instead()
    {
        var d = Assert.Single(Offers(Greeting + "I can check if you want me to."));
        Assert.Contains("I can check if you want me to", d.Message);
        Assert.Contains("I've checked", d.Message);
    }

    [Fact]
    public void An_offer_in_capitals_is_reported() =>
        Assert.Single(Offers(Greeting + "I CAN CHECK IF YOU WANT ME TO."));

    [Fact]
    public void An_offer_with_a_curly_apostrophe_is_reported() =>
        Assert.Single(Offers(Greeting + "Let me know if you’d like me to book the engineer."));

    [Fact]
    public void An_offer_written_with_a_contraction_is_reported() =>
        Assert.Single(Offers(Greeting + "If you'd like me to chase the courier, just reply to this email."));

    [Fact]
    public void Words_inserted_into_the_offer_do_not_hide_it()
    {
        var d = Assert.Single(Offers(Greeting + "I can certainly check for you if you would like me to."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void An_offer_broken_over_two_lines_is_reported_from_its_first_word_to_its_last()
    {
        var d = Assert.Single(Offers(Greeting + "I can check with the courier\nif you want me to."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((4, 18), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void An_offer_with_a_variable_inside_it_is_reported()
    {
        var d = Assert.Single(Offers(Greeting + "I can check with {{ order.carrier }} if you want me to."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void An_offer_inside_a_liquid_condition_is_reported()
    {
        var d = Assert.Single(Offers("Hi {{ customer.first_name }}, {% if order.delayed %}Would you like me to chase the courier?{% endif %}", TemplateSyntax.Liquid));
        Assert.Equal((1, 53), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void An_offer_in_markdown_bold_is_reported_at_the_words_not_the_asterisks()
    {
        var d = Assert.Single(Offers(Greeting + "**Feel free to reach out** if you have any questions.", TemplateSyntax.Markdown));
        Assert.Equal((3, 3), (d.Start.Line, d.Start.Column));
    }

    [Theory]
    [InlineData("If you want, I could book the engineer for you.")]
    [InlineData("Would you like me to look into it?")]
    [InlineData("Do you want me to arrange a replacement?")]
    [InlineData("Shall I go ahead and book it?")]
    [InlineData("Don’t hesitate to contact us.")]
    [InlineData("Let us know if you need anything.")]
    [InlineData("I’d be happy to help with that.")]
    [InlineData("We're glad to help.")]
    [InlineData("We can send you a paper copy if you need one.")]
    public void Other_ways_of_waiting_to_be_asked_are_reported(string sentence) =>
        Assert.Single(Offers(Greeting + sentence));

    [Fact]
    public void Each_sentence_with_an_offer_is_reported()
    {
        var diags = Offers(Greeting + "I can check if you want me to.\n\nFeel free to reach out if you have any questions!");
        Assert.Equal(new[] { 3, 5 }, diags.Select(d => d.Start.Line));
    }

    // --- near misses it must not report ----------------------------------------------------

    [Fact]
    public void Work_already_done_is_not_an_offer() =>
        Assert.Empty(Offers(Greeting + "I've checked with the courier: your parcel arrives on Friday."));

    [Fact]
    public void A_question_that_asks_the_customer_to_choose_is_not_an_offer() =>
        Assert.Empty(Offers(Greeting + "Let me know which date suits you."));

    [Fact]
    public void A_question_about_the_customers_own_action_is_not_an_offer() =>
        Assert.Empty(Offers(Greeting + "Would you like to add gift wrap?"));

    [Fact]
    public void If_you_want_to_followed_by_the_customers_own_action_is_not_an_offer() =>
        Assert.Empty(Offers(Greeting + "I can confirm that if you want to cancel, there is no fee."));

    [Theory]
    [InlineData("If you want to change your delivery slot, you can do it at {{ links.manage }}.")]
    [InlineData("I can see your parcel was delayed, so if you want to cancel, reply CANCEL.")]
    [InlineData("If you prefer, you can pay by card.")]
    [InlineData("We can send a replacement if you return the original.")]
    [InlineData("Shall we say 10am on Tuesday?")]
    [InlineData("We’re happy to confirm your booking for {{ booking.date }}.")]
    [InlineData("I'll check with the courier at 10am and call you by noon.")]
    [InlineData("If you need anything else, {{ agent.first_name }} is on 0808 157 0192 until 8pm.")]
    public void Sentences_that_look_like_offers_but_do_not_wait_to_be_asked_are_not_reported(string sentence) =>
        Assert.Empty(Offers(Greeting + sentence));

    [Fact]
    public void A_conditional_should_we_is_not_an_offer() =>
        Assert.Empty(Offers(Greeting + "Should we find any damage, we will repair it free of charge."));

    [Fact]
    public void Happy_to_help_tied_to_a_time_is_a_commitment_not_an_offer() =>
        Assert.Empty(Offers(Greeting + "I'd be happy to help you today at 3pm, when I call."));

    [Fact]
    public void The_offer_in_double_quotes_is_not_reported() =>
        Assert.Empty(Offers(Greeting + "We've retired the old chat reply \"I can check if you want me to\" for good."));

    [Fact]
    public void The_offer_in_a_markdown_code_span_is_not_reported() =>
        Assert.Empty(Offers(Greeting + "The macro `feel free to reach out` has been retired.", TemplateSyntax.Markdown));

    [Fact]
    public void The_offer_in_a_variable_name_is_not_reported() =>
        Assert.Empty(Offers(Greeting + "{{ feel_free_to_reach_out_banner }}"));

    [Fact]
    public void The_offer_in_an_html_attribute_is_not_reported() =>
        Assert.Empty(Offers(Greeting + "<a href='{{ links.callback }}' title='Would you like me to call you?'>Book a call-back</a>"));

    [Fact]
    public void The_offer_in_a_scriban_comment_is_not_reported() =>
        Assert.Empty(Offers(Greeting + "{{# I can check if you want me to #}}Your engineer arrives at 9am."));

    [Fact]
    public void A_helpful_reply_that_acts_first_has_no_finding() =>
        Assert.Empty(Offers(Greeting + "I've checked with {{ order.carrier }}: your order is due on {{ order.eta }}. I'll text you when it leaves the depot."));
}
