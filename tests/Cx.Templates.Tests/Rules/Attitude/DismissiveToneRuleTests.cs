using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Attitude;

/// <summary>CX1005 DismissiveTone: "as I already said", "per our policy", "you failed to": impatient or blaming.</summary>
public class DismissiveToneRuleTests
{
    private const string Id = "CX1005";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Dismissals(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax == TemplateSyntax.Markdown ? "t.md" : syntax == TemplateSyntax.Liquid ? "t.liquid" : "t.sbn"), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void As_I_already_said_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Dismissals(Greeting + "As I already said in my last email, refunds take 30 days."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 18), (d.End.Line, d.End.Column));
        Assert.Equal(Level.Bad, d.Level);
        Assert.Equal(Dimension.Attitude, d.Dimension);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_words_and_says_what_to_write_instead()
    {
        var d = Assert.Single(Dismissals(Greeting + "Per our policy, refunds take 30 days."));
        Assert.Contains("Per our policy", d.Message);
        Assert.Contains("explain plainly", d.Message);
    }

    [Theory]
    [InlineData("As stated previously, refunds take 30 days.")]
    [InlineData("As previously stated, refunds take 30 days.")]
    [InlineData("PER OUR POLICY refunds take 30 days.")]
    [InlineData("You failed to return the jacket in time.")]
    [InlineData("You should have read the instructions.")]
    [InlineData("You could have called us.")]
    [InlineData("Obviously, the boiler needs power.")]
    [InlineData("Please calm down.")]
    [InlineData("It is your responsibility to check the date.")]
    [InlineData("It's your responsibility to check the date.")]
    [InlineData("If you had read the manual, you would know.")]
    [InlineData("Please read our FAQ before contacting us.")]
    public void Impatient_or_blaming_wording_is_reported(string sentence) =>
        Assert.Single(Dismissals(Greeting + sentence));

    [Theory]
    [InlineData("As I’ve already said, refunds take 30 days.", "As I’ve already said")]
    [InlineData("As we've previously mentioned, refunds take 30 days.", "As we've previously mentioned")]
    [InlineData("As I'd already explained, refunds take 30 days.", "As I'd already explained")]
    [InlineData("You should’ve checked the date.", "You should’ve checked")]
    [InlineData("It’s entirely your responsibility to check.", "It’s entirely your responsibility")]
    public void A_contraction_with_a_straight_or_curly_apostrophe_is_reported(string sentence, string underlined)
    {
        var text = Greeting + sentence;
        var d = Assert.Single(Dismissals(text));
        Assert.Equal(underlined, text.Substring(d.Span.Start, d.Span.Length));
    }

    [Fact]
    public void Words_inserted_into_the_blame_do_not_hide_it()
    {
        var d = Assert.Single(Dismissals(Greeting + "You really should have checked the date."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 31), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_phrase_broken_over_two_lines_is_reported_from_its_first_word_to_its_last()
    {
        var d = Assert.Single(Dismissals(Greeting + "Per our\npolicy, refunds take 30 days."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((4, 7), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_variable_next_to_the_blame_does_not_hide_it()
    {
        var d = Assert.Single(Dismissals(Greeting + "You failed to pay {{ invoice.amount }} on time."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 14), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void Blame_inside_a_liquid_condition_is_reported()
    {
        var d = Assert.Single(Dismissals("Hi {{ customer.first_name }}, {% if order.late_return %}you failed to return it in time.{% endif %}", TemplateSyntax.Liquid));
        Assert.Equal((1, 57), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 70), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void Blame_in_markdown_emphasis_is_reported_at_the_words()
    {
        var d = Assert.Single(Dismissals(Greeting + "*Obviously* the boiler needs power.", TemplateSyntax.Markdown));
        Assert.Equal((3, 2), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 11), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void Blame_in_a_crlf_file_with_front_matter_is_reported_at_editor_positions()
    {
        var d = Assert.Single(Dismissals("---\r\nkind: complaint-response\r\nsubject: \"Re: Refund\"\r\n---\r\nHi {{ customer.first_name }},\r\n\r\nRefunds are 30 days, per our policy.\r\n"));
        Assert.Equal((7, 22), (d.Start.Line, d.Start.Column));
        Assert.Equal((7, 36), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void Each_sentence_with_blame_is_reported() =>
        Assert.Equal(3, Dismissals(Greeting + "As I already said, per our policy refunds are only given within 30 days. You failed to return the jacket in time. It is your responsibility to check the date.").Count);

    // --- what it does not report -------------------------------------------------------------

    [Theory]
    [InlineData("You should have received an email from us this morning.")]
    [InlineData("You should have your new card by Friday.")]
    [InlineData("You should have received your refund by {{ refund.date }}.")]
    [InlineData("You should have been told this at the time, and I'm sorry you weren't.")]
    [InlineData("Our returns policy gives you 60 days.")]
    [InlineData("Your payment failed to go through, so I've sent you a new link.")]
    [InlineData("The courier failed to deliver your parcel, and I'm sorry.")]
    [InlineData("It's not obvious where the valve is, so here's a photo.")]
    [InlineData("As I mentioned on the phone, I've booked your engineer for Friday.")]
    [InlineData("It is your right to cancel at any time.")]
    [InlineData("As you asked, I've booked your engineer.")]
    [InlineData("We've already said yes to your refund.")]
    [InlineData("As I said I would, I've called the courier.")]
    [InlineData("As previously agreed, your engineer comes on Friday.")]
    [InlineData("You should have plenty of hot water by tonight.")]
    [InlineData("As we discussed, I've booked your engineer.")]
    [InlineData("You might have noticed a small charge: it is the deposit, refunded on {{ refund.date }}.")]
    [InlineData("You could have a refund or a replacement: your choice.")]
    [InlineData("Our policy is to refund you within 5 days.")]
    [InlineData("The responsibility is ours, and I'm sorry.")]
    [InlineData("For the first time this year, we're open on Sundays.")]
    [InlineData("We need to understand what happened, so I've asked the driver.")]
    [InlineData("Before you start, read the instructions first: step 3 is easy to miss.")]
    public void An_expectation_or_a_plain_explanation_is_not_reported(string sentence) =>
        Assert.Empty(Dismissals(Greeting + sentence));

    [Fact]
    public void Blame_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Dismissals(Greeting + "You told us the engineer said \"calm down\", and I'm sorry."));

    [Fact]
    public void Blame_in_curly_quotes_is_quoted_not_said() =>
        Assert.Empty(Dismissals(Greeting + "You told us the engineer said “you failed to bleed the radiators”, and I'm sorry."));

    [Fact]
    public void Blame_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Dismissals(Greeting + "We have removed `per our policy` from every letter.", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_named_like_blame_is_not_prose() =>
        Assert.Empty(Dismissals(Greeting + "{{ obviously_flag }} {{ per_our_policy }} {{ you_failed_to_pay }}"));

    [Fact]
    public void Blame_inside_an_html_attribute_is_not_prose() =>
        Assert.Empty(Dismissals(Greeting + "<span class=\"obviously\" title=\"calm down\">Your refund</span> is ready."));
}
