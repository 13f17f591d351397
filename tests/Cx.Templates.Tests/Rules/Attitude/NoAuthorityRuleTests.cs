using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Attitude;

/// <summary>CX1004 NoAuthority: "I'm not authorized", "that's not my department": nobody here can help.</summary>
public class NoAuthorityRuleTests
{
    private const string Id = "CX1004";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Refusals(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax == TemplateSyntax.Markdown ? "t.md" : syntax == TemplateSyntax.Liquid ? "t.liquid" : "t.sbn"), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void Not_authorized_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Refusals(Greeting + "Thanks for your email. I'm not authorized to offer refunds on furniture."));
        Assert.Equal((3, 24), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 45), (d.End.Line, d.End.Column));
        Assert.Equal(Level.Bad, d.Level);
        Assert.Equal(Dimension.Attitude, d.Dimension);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_words_as_written_and_says_what_to_write_instead()
    {
        var d = Assert.Single(Refusals(Greeting + "That's not my department."));
        Assert.Contains("That's not my department", d.Message);
        Assert.Contains("say what you will do", d.Message);
    }

    [Theory]
    [InlineData("I am NOT AUTHORIZED TO offer refunds.")]
    [InlineData("I’m not authorised to offer refunds.")]
    [InlineData("That’s not my department.")]
    [InlineData("That isn't my department, sorry.")]
    [InlineData("There is nothing I can do about delivery damage.")]
    [InlineData("There’s nothing we can do.")]
    [InlineData("I'll have to ask my manager.")]
    [InlineData("I will have to ask my manager.")]
    [InlineData("I'd have to ask my manager first.")]
    [InlineData("We'll need to check with our supervisor.")]
    [InlineData("I can't do anything about that.")]
    [InlineData("My hands are tied.")]
    [InlineData("The system won't let me change it.")]
    [InlineData("I'm unable to help with that.")]
    public void A_writer_who_cannot_act_is_reported(string sentence) =>
        Assert.Single(Refusals(Greeting + sentence));

    [Fact]
    public void Words_inserted_into_the_refusal_do_not_hide_it()
    {
        var d = Assert.Single(Refusals(Greeting + "There’s really nothing more that we can do."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 43), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void An_adverb_before_not_authorized_does_not_hide_it() =>
        Assert.Single(Refusals(Greeting + "I am really not authorized to offer refunds."));

    [Fact]
    public void A_refusal_broken_over_two_lines_is_reported_from_its_first_word_to_its_last()
    {
        var d = Assert.Single(Refusals(Greeting + "There is nothing\nI can do about it."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((4, 9), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_variable_inside_the_refusal_does_not_hide_it()
    {
        var d = Assert.Single(Refusals(Greeting + "I'll have to check with the {{ store.name }} manager."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 53), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_refusal_inside_a_liquid_condition_is_reported()
    {
        var d = Assert.Single(Refusals("Hi {{ customer.first_name }}, {% if order.damaged %}there is nothing I can do.{% endif %}", TemplateSyntax.Liquid));
        Assert.Equal((1, 53), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 78), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_refusal_in_markdown_bold_is_reported_at_the_words_not_the_asterisks()
    {
        var d = Assert.Single(Refusals(Greeting + "**There is nothing I can do** about it.", TemplateSyntax.Markdown));
        Assert.Equal((3, 3), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 28), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_refusal_in_a_markdown_list_item_is_reported_after_the_marker()
    {
        var d = Assert.Single(Refusals(Greeting + "- I'm not authorized to do that.", TemplateSyntax.Markdown));
        Assert.Equal((3, 3), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void A_refusal_in_a_crlf_file_with_front_matter_is_reported_at_editor_positions()
    {
        var d = Assert.Single(Refusals("---\r\nkind: complaint-response\r\n---\r\nHi {{ customer.first_name }},\r\n\r\nSorry, that's not my department.\r\n"));
        Assert.Equal((6, 8), (d.Start.Line, d.Start.Column));
        Assert.Equal((6, 32), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void Each_refusal_in_a_message_is_reported() =>
        Assert.Equal(2, Refusals(Greeting + "I'm not authorized to offer refunds.\n\nThere is nothing I can do about delivery damage from here.").Count);

    // --- what it does not report -------------------------------------------------------------

    [Theory]
    [InlineData("There's nothing you need to do: your refund is on its way.")]
    [InlineData("I'm not able to find a fault with your boiler, so I've booked an engineer.")]
    [InlineData("I've asked my manager and she approved your refund.")]
    [InlineData("You don't need to contact another team: I've done it for you.")]
    [InlineData("If this isn't our department, we'll pass it on for you.")]
    [InlineData("The tradesperson said it's not their department.")]
    [InlineData("I'm authorized to offer you a full refund, and I have.")]
    [InlineData("There is nothing wrong with your boiler.")]
    [InlineData("Nothing I can see on your account suggests a fault.")]
    [InlineData("You'll need to contact us within 30 days to claim.")]
    [InlineData("I'll ask my manager to sign it off today and email you by 3pm.")]
    [InlineData("There is nothing you can do to speed this up, but I've booked the first slot.")]
    [InlineData("The system won't let you log in until you reset your password.")]
    [InlineData("It's outside our opening hours, so I've scheduled the call for 9am.")]
    [InlineData("There's nothing more for you to do.")]
    [InlineData("I can't wait to see your new kitchen!")]
    [InlineData("My manager asked me to call you personally.")]
    [InlineData("I've checked with my manager and we've approved your refund.")]
    [InlineData("You will need to contact your bank if the refund doesn't show by Friday.")]
    [InlineData("It is not our policy to charge for this, so I've refunded you.")]
    [InlineData("It's not your responsibility: I'll sort it.")]
    [InlineData("The engineer is not authorized to enter without you.")]
    [InlineData("Our technicians are not authorized to work on gas meters, so I've booked the gas board for you.")]
    public void A_different_meaning_is_not_reported(string sentence) =>
        Assert.Empty(Refusals(Greeting + sentence));

    [Theory]
    [InlineData("You will need to contact another team.")]
    [InlineData("You'll need to contact another team.")]
    public void Sending_the_customer_to_another_team_is_left_to_CX6005(string sentence)
    {
        var diagnostics = AllRulesLinter.Lint(Greeting + sentence);
        Assert.DoesNotContain(diagnostics, d => d.Id == Id);
        Assert.Single(diagnostics, d => d.Id == "CX6005");
    }

    [Fact]
    public void A_refusal_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Refusals(Greeting + "You wrote that our agent said \"there is nothing I can do\", and I'm sorry you were told that."));

    [Fact]
    public void A_refusal_in_curly_quotes_is_quoted_not_said() =>
        Assert.Empty(Refusals(Greeting + "You wrote that our agent said “there is nothing I can do”, and I'm sorry you were told that."));

    [Fact]
    public void A_refusal_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Refusals(Greeting + "Our old template said `there is nothing I can do`, so I rewrote it.", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_named_like_a_refusal_is_not_prose() =>
        Assert.Empty(Refusals(Greeting + "{{ there_is_nothing_i_can_do }} {{ not_my_department }}"));

    [Fact]
    public void A_refusal_inside_an_html_attribute_is_not_prose() =>
        Assert.Empty(Refusals(Greeting + "<a title=\"I'm not authorized to\" href=\"{{ refund.url }}\">Get your refund</a>"));
}
