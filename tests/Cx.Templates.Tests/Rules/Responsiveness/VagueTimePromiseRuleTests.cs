using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Responsiveness;

/// <summary>CX2001 VagueTimePromise: "as soon as possible", "shortly", "we'll get back to you", with no concrete time.</summary>
public class VagueTimePromiseRuleTests
{
    private const string Id = "CX2001";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Promises(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax == TemplateSyntax.Markdown ? "t.md" : syntax == TemplateSyntax.Liquid ? "t.liquid" : "t.sbn"), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void As_soon_as_possible_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Promises(Greeting + "Your refund will be processed as soon as possible."));
        Assert.Equal((3, 31), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 50), (d.End.Line, d.End.Column));
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Responsiveness, d.Dimension);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_promise_and_asks_for_a_time()
    {
        var d = Assert.Single(Promises(Greeting + "We’ll update you shortly."));
        Assert.Contains("We’ll update you shortly", d.Message);
        Assert.Contains("within 2 business days", d.Message);
    }

    [Fact]
    public void One_vague_sentence_is_one_finding_even_with_two_vague_phrases()
    {
        var d = Assert.Single(Promises(Greeting + "We'll get back to you as soon as possible."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 22), (d.End.Line, d.End.Column));
    }

    [Theory]
    [InlineData("We will get back to you.")]
    [InlineData("I'll get back to you.")]
    [InlineData("I will get back to you.")]
    [InlineData("We’ll be in touch.")]
    [InlineData("You'll hear from us soon.")]
    [InlineData("AS SOON AS POSSIBLE we will fix it.")]
    [InlineData("We will respond in due course.")]
    [InlineData("We will respond at our earliest convenience.")]
    [InlineData("We'll handle it in a timely manner.")]
    [InlineData("We'll sort this ASAP.")]
    [InlineData("Your engineer will be with you shortly.")]
    [InlineData("Your refund should arrive soon.")]
    [InlineData("Your order ships soon.")]
    [InlineData("We're looking into it.")]
    [InlineData("I'll let you know.")]
    public void A_commitment_with_no_time_is_reported(string sentence) =>
        Assert.Single(Promises(Greeting + sentence));

    [Fact]
    public void A_contraction_and_the_word_shortly_are_underlined_together()
    {
        var d = Assert.Single(Promises(Greeting + "We'll update you shortly."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 25), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_promise_broken_over_two_lines_is_reported_from_its_first_word_to_its_last()
    {
        var d = Assert.Single(Promises(Greeting + "We will fix it as soon as\npossible."));
        Assert.Equal((3, 16), (d.Start.Line, d.Start.Column));
        Assert.Equal((4, 9), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_variable_inside_the_promise_does_not_hide_it()
    {
        var d = Assert.Single(Promises(Greeting + "We will send your {{ order.item_name }} shortly."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 48), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_variable_that_is_not_a_date_does_not_clear_it() =>
        Assert.Single(Promises(Greeting + "We'll update you shortly about {{ order.status }}."));

    [Fact]
    public void A_time_in_another_sentence_does_not_clear_it()
    {
        var d = Assert.Single(Promises(Greeting + "Your parcel will arrive soon. The window is {{ delivery.window }}."));
        Assert.Equal((3, 13), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void An_event_that_starts_a_wait_that_is_still_vague_does_not_clear_it()
    {
        var d = Assert.Single(Promises(Greeting + "Once your order reaches the depot, we will text you a slot shortly."));
        Assert.Equal((3, 36), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 67), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_promise_inside_a_liquid_condition_is_reported()
    {
        var d = Assert.Single(Promises("Hi {{ customer.first_name }}, {% if order.delayed %}we'll update you shortly.{% endif %}", TemplateSyntax.Liquid));
        Assert.Equal((1, 53), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 77), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_promise_in_markdown_bold_is_reported_at_the_words_not_the_asterisks()
    {
        var d = Assert.Single(Promises(Greeting + "**We'll get back to you** as soon as possible.", TemplateSyntax.Markdown));
        Assert.Equal((3, 3), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 24), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_promise_in_a_crlf_file_with_front_matter_is_reported_at_editor_positions()
    {
        var d = Assert.Single(Promises("---\r\nkind: support-reply\r\nchannel: email\r\n---\r\nHi {{ customer.first_name }},\r\n\r\nThanks for waiting. We'll be in touch.\r\n"));
        Assert.Equal((7, 21), (d.Start.Line, d.Start.Column));
        Assert.Equal((7, 38), (d.End.Line, d.End.Column));
    }

    // --- what it does not report -------------------------------------------------------------

    [Theory]
    [InlineData("We'll get back to you by Friday.")]
    [InlineData("We'll get back to you within 2 hours.")]
    [InlineData("We'll get back to you by 5pm today.")]
    [InlineData("We'll get back to you on 3 June.")]
    [InlineData("We'll get back to you at 9am.")]
    [InlineData("We'll be in touch within 48 hours.")]
    [InlineData("I'll reply by noon tomorrow.")]
    [InlineData("We'll call you shortly\nafter 3pm.")]
    [InlineData("We will update you as soon as we can, and by Friday at the latest.")]
    public void A_concrete_time_in_the_same_sentence_clears_it(string sentence) =>
        Assert.Empty(Promises(Greeting + sentence));

    [Theory]
    [InlineData("I'll email you by {{ ticket.reply_due_at }} with the fix.")]
    [InlineData("Your parcel will be with you shortly, on {{ delivery.date }}.")]
    [InlineData("We'll be there soon, between {{ delivery.window }}.")]
    [InlineData("Your parcel will arrive soon: {{ order.eta }}.")]
    [InlineData("We'll reply shortly, by {{ ticket.due | date.to_string '%H:%M' }}.")]
    public void A_date_or_time_variable_in_the_same_sentence_clears_it(string sentence) =>
        Assert.Empty(Promises(Greeting + sentence));

    [Theory]
    [InlineData("We'll email you as soon as your parcel leaves our warehouse.")]
    [InlineData("As soon as your parcel arrives, we'll email you.")]
    [InlineData("We'll contact you to arrange a visit as soon as the part arrives.")]
    [InlineData("Once the part arrives, we'll call you to book a visit.")]
    [InlineData("We'll let you know if anything changes.")]
    public void A_promise_tied_to_an_event_is_not_vague(string sentence) =>
        Assert.Empty(Promises(Greeting + sentence));

    [Theory]
    [InlineData("See you soon!")]
    [InlineData("Get well soon.")]
    [InlineData("The sale ends soon.")]
    [InlineData("Please reply as soon as possible.")]
    [InlineData("Thanks for your patience while we fixed the fault.")]
    public void Soon_that_promises_nothing_is_not_reported(string sentence) =>
        Assert.Empty(Promises(Greeting + sentence));

    [Fact]
    public void A_sign_off_of_speak_soon_is_not_a_promise() =>
        Assert.Empty(Promises(Greeting + "Your engineer is booked for {{ appointment.date }}.\n\nSpeak soon,\n{{ agent.first_name }}"));

    [Fact]
    public void A_promise_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Promises(Greeting + "You were told \"we'll get back to you as soon as possible\" and nobody did."));

    [Fact]
    public void A_promise_in_curly_quotes_is_quoted_not_said() =>
        Assert.Empty(Promises(Greeting + "You were told “we'll get back to you as soon as possible” and nobody did."));

    [Fact]
    public void A_promise_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Promises(Greeting + "We no longer write `as soon as possible` without a time.", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_named_like_a_promise_is_not_prose() =>
        Assert.Empty(Promises(Greeting + "{{ as_soon_as_possible }} {{ coming_soon_banner }}"));

    [Fact]
    public void A_promise_inside_an_html_attribute_is_not_prose() =>
        Assert.Empty(Promises(Greeting + "<img alt=\"Coming soon\" title=\"We'll get back to you shortly\" src=\"{{ banner.url }}\">"));
}
