using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Responsiveness;

/// <summary>CX2003 UnownedCommitment: "someone will contact you", "it will be looked into": a promise nobody owns.</summary>
public class UnownedCommitmentRuleTests
{
    private const string Id = "CX2003";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Promises(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax == TemplateSyntax.Markdown ? "t.md" : syntax == TemplateSyntax.Liquid ? "t.liquid" : "t.sbn"), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void Someone_will_contact_you_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Promises(Greeting + "Thanks for the photos. Someone will contact you to arrange a visit."));
        Assert.Equal((3, 24), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 44), (d.End.Line, d.End.Column));
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Responsiveness, d.Dimension);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_promise_and_asks_for_an_owner()
    {
        var d = Assert.Single(Promises(Greeting + "A representative will be in touch."));
        Assert.Contains("A representative will be in touch", d.Message);
        Assert.Contains("agent.first_name", d.Message);
    }

    [Theory]
    [InlineData("SOMEONE WILL CONTACT YOU.")]
    [InlineData("It will be looked into.")]
    [InlineData("Your request will be reviewed.")]
    [InlineData("You will be contacted.")]
    [InlineData("The relevant team will get back to you.")]
    [InlineData("Somebody should get back to you.")]
    [InlineData("A redelivery will be arranged.")]
    [InlineData("One of our technicians will call you.")]
    [InlineData("A member of our team will contact you.")]
    [InlineData("A technician will visit your home.")]
    public void A_promise_with_no_owner_is_reported(string sentence) =>
        Assert.Single(Promises(Greeting + sentence));

    [Theory]
    [InlineData("It’ll be looked into.", "It’ll be looked into")]
    [InlineData("It'll be looked into.", "It'll be looked into")]
    [InlineData("You’ll be contacted by phone.", "You’ll be contacted")]
    [InlineData("Someone’ll contact you.", "Someone’ll contact")]
    public void A_contraction_with_a_straight_or_curly_apostrophe_is_reported(string sentence, string underlined)
    {
        var text = Greeting + sentence;
        var d = Assert.Single(Promises(text));
        Assert.Equal(underlined, text.Substring(d.Span.Start, d.Span.Length));
    }

    [Fact]
    public void Words_inserted_into_the_promise_do_not_hide_it()
    {
        var d = Assert.Single(Promises(Greeting + "Someone from our team will contact you."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 35), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_hyphenated_follow_up_is_reported()
    {
        var d = Assert.Single(Promises(Greeting + "If need be, a representative will follow-up with you."));
        Assert.Equal((3, 13), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 44), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_promise_after_a_receipt_is_reported_at_the_promise()
    {
        var d = Assert.Single(Promises(Greeting + "Your request ({{ ticket.number }}) has been received and will be reviewed by our support staff."));
        Assert.Equal((3, 58), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 74), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void An_adverb_inside_the_promise_does_not_hide_it() =>
        Assert.Single(Promises(Greeting + "A representative will soon be in touch."));

    [Fact]
    public void A_variable_inside_the_promise_does_not_hide_it()
    {
        var d = Assert.Single(Promises(Greeting + "Your claim {{ claim.reference }} will be looked into."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 53), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_promise_broken_over_two_lines_is_reported_from_its_first_word_to_its_last()
    {
        var d = Assert.Single(Promises(Greeting + "Your request will be\nreviewed by Friday."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((4, 9), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_promise_inside_a_liquid_condition_is_reported()
    {
        var d = Assert.Single(Promises("Hi {{ customer.first_name }}, {% if ticket.open %}your request will be reviewed.{% endif %}", TemplateSyntax.Liquid));
        Assert.Equal((1, 51), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 80), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_promise_in_a_markdown_list_item_is_reported_after_the_marker()
    {
        var d = Assert.Single(Promises(Greeting + "What happens next:\n\n1. Someone will call you.", TemplateSyntax.Markdown));
        Assert.Equal((5, 4), (d.Start.Line, d.Start.Column));
        Assert.Equal((5, 21), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_promise_in_a_crlf_file_with_front_matter_is_reported_at_editor_positions()
    {
        var d = Assert.Single(Promises("---\r\nkind: support-reply\r\n---\r\nHi {{ customer.first_name }},\r\n\r\nThanks. Your claim will be reviewed.\r\n"));
        Assert.Equal((6, 9), (d.Start.Line, d.Start.Column));
        Assert.Equal((6, 36), (d.End.Line, d.End.Column));
    }

    // --- what it does not report -------------------------------------------------------------

    [Theory]
    [InlineData("I've passed your claim to our adjuster, and it will be looked into by Friday.")]
    [InlineData("I’ll make sure your request will be reviewed today.")]
    [InlineData("Your request will be reviewed by me before noon.")]
    [InlineData("My colleague will call you.")]
    [InlineData("We will review your request.")]
    [InlineData("This will be looked into by me, today.")]
    public void A_promise_the_writer_owns_is_not_reported(string sentence) =>
        Assert.Empty(Promises(Greeting + sentence));

    [Theory]
    [InlineData("Your request will be reviewed by {{ agent.first_name }}.")]
    [InlineData("{{ agent.first_name }} will call you, and your request will be reviewed.")]
    [InlineData("Our technician {{ technician.name }} will visit your home.")]
    [InlineData("Your ticket will be assigned to {{ team.name }}.")]
    [InlineData("If your request is urgent, it will be handled by {{ agent.first_name }} today.")]
    [InlineData("Your refund will be sent by {{ agent.first_name }} today.")]
    public void A_person_or_team_variable_in_the_sentence_owns_the_promise(string sentence) =>
        Assert.Empty(Promises(Greeting + sentence));

    [Theory]
    [InlineData("Your request will be reviewed by our Returns team.")]
    [InlineData("Your complaint will be handled by our Complaints team.")]
    [InlineData("It will be reviewed by the Billing department by Friday.")]
    public void A_named_team_owns_the_promise(string sentence) =>
        Assert.Empty(Promises(Greeting + sentence));

    [Fact]
    public void A_team_that_could_be_any_team_does_not_own_it() =>
        Assert.Single(Promises(Greeting + "Your request will be reviewed by the relevant team."));

    [Theory]
    [InlineData("Your payment was received on 3 June.")]
    [InlineData("Your request has been reviewed and approved.")]
    [InlineData("It was looked into yesterday.")]
    public void A_report_of_what_already_happened_is_not_a_promise(string sentence) =>
        Assert.Empty(Promises(Greeting + sentence));

    [Theory]
    [InlineData("If someone will be home, you don't need to do anything.")]
    [InlineData("Will someone be home to let the engineer in?")]
    [InlineData("Can someone be home to let the engineer in?")]
    [InlineData("Someone over 18 will need to sign for the parcel.")]
    public void Someone_on_the_customers_side_is_not_an_unowned_promise(string sentence) =>
        Assert.Empty(Promises(Greeting + sentence));

    [Fact]
    public void A_promise_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Promises(Greeting + "You were told \"someone will contact you\" and nobody did."));

    [Fact]
    public void A_promise_in_curly_quotes_is_quoted_not_said() =>
        Assert.Empty(Promises(Greeting + "You were told “someone will contact you” and nobody did."));

    [Fact]
    public void A_promise_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Promises(Greeting + "We no longer write `someone will contact you` in our letters.", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_named_like_a_promise_is_not_prose() =>
        Assert.Empty(Promises(Greeting + "{{ someone_will_contact_you }} {{ it_will_be_looked_into }}"));

    [Fact]
    public void A_promise_inside_an_html_attribute_is_not_prose() =>
        Assert.Empty(Promises(Greeting + "<a title=\"Someone will contact you\" href=\"{{ help.url }}\">Get help</a>"));
}
