using Cx.Templates.Model;
using Cx.Templates.Tests.Rules;
using static Cx.Templates.Tests.Rules.AllRulesLinter;

namespace Cx.Templates.Tests.Rules.Attitude;

/// <summary>CX1003 CaseNumberAsIdentity: the message greets or opens with a number, not the person ("I feel like a job number").</summary>
public class CaseNumberAsIdentityRuleTests
{
    private const string Id = "CX1003";
    private const string Body = "\n\nWe have updated your request.";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Numbers(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Findings(Id, text, syntax);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void A_ticket_line_as_the_greeting_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Numbers("Re: Ticket #{{ ticket.id }}" + Body));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 28), (d.End.Line, d.End.Column));
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Attitude, d.Dimension);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_reference_and_says_to_use_the_name()
    {
        var d = Assert.Single(Numbers("Re: Ticket #{{ ticket.id }}" + Body));
        Assert.Contains("Re: Ticket #{{ ticket.id }}", d.Message);
        Assert.Contains("customer.first_name", d.Message);
    }

    [Fact]
    public void A_greeting_that_addresses_a_customer_number_is_reported_by_this_rule_not_CX1001()
    {
        var diagnostics = Lint("Dear customer #{{ customer.id }}," + Body);
        var d = Assert.Single(diagnostics, x => x.Id == Id);
        Assert.Contains("addresses the customer by a number", d.Message);
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 33), (d.End.Line, d.End.Column));
        Assert.DoesNotContain(diagnostics, x => x.Id == "CX1001");
    }

    [Fact]
    public void An_order_label_as_the_first_line_is_reported_by_this_rule_not_CX1002()
    {
        var diagnostics = Lint("Order {{ order.number }}: delivery unsuccessful.\n\nWe attempted delivery today.");
        var d = Assert.Single(diagnostics, x => x.Id == Id);
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 25), (d.End.Line, d.End.Column));
        Assert.DoesNotContain(diagnostics, x => x.Id == "CX1002");
    }

    [Theory]
    [InlineData("Hi {{ ticket.id }},")]
    [InlineData("Hello {{ order.number }},")]
    [InlineData("Dear Customer No. 48213,")]
    [InlineData("Dear account holder {{ account.number }},")]
    [InlineData("Good morning {{ booking.reference }}!")]
    [InlineData("Case 00123456 – update")]
    [InlineData("[#{{ ticket.id }}] Your request")]
    [InlineData("Ticket {{ ticket.number }}")]
    [InlineData("Your order #{{ order.number }}:")]
    [InlineData("Fwd: Claim {{ claim.reference }}")]
    [InlineData("REF: INC-0042117")]
    [InlineData("ORDER NO. {{ order.id }} - DISPATCHED")]
    [InlineData("Support ticket #{{ ticket.id }} | Northwind Home")]
    public void Other_ways_of_putting_a_number_in_the_persons_place_are_reported(string opening) =>
        Assert.Single(Numbers(opening + Body));

    [Fact]
    public void A_reference_header_above_a_greeting_that_names_nobody_is_reported()
    {
        var diagnostics = Lint("Ticket #{{ ticket.id }}\n\nHi,\n\nWe have updated your request.");
        var d = Assert.Single(diagnostics, x => x.Id == Id);
        Assert.Equal(1, d.Start.Line);
        Assert.Single(diagnostics, x => x.Id == "CX1001"); // "Hi," is a different finding on different words
    }

    [Fact]
    public void A_markdown_heading_with_the_order_number_is_reported_at_the_words()
    {
        var d = Assert.Single(Numbers("# Order {{ order.number }}\n\nYour parcel is on its way.", TemplateSyntax.Markdown));
        Assert.Equal((1, 3), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void A_liquid_greeting_with_a_ticket_variable_is_reported() =>
        Assert.Single(Numbers("Hi {{ ticket.number | upcase }},\n\nWe have your request.", TemplateSyntax.Liquid));

    [Fact]
    public void A_reference_line_in_a_crlf_file_with_front_matter_is_reported_at_editor_positions()
    {
        var d = Assert.Single(Numbers("---\r\nkind: support-reply\r\n---\r\nRe: Claim {{ claim.id }}\r\n\r\nWe have updated your claim.\r\n"));
        Assert.Equal((4, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((4, 25), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void Turning_the_rule_off_gives_the_finding_back_to_CX1002()
    {
        var config = AllRulesLinter.Configuration("rules: { CX1003: off }\n");
        var diagnostics = AllRulesLinter.Linter.Lint(new TemplateSource("t.sbn", "Hello {{ order.number }}," + Body, TemplateSyntax.Scriban), config).Diagnostics;
        Assert.DoesNotContain(diagnostics, x => x.Id == Id);
        Assert.Single(diagnostics, x => x.Id == "CX1002");
    }

    [Fact]
    public void Turning_the_rule_off_gives_dear_customer_back_to_CX1001()
    {
        var config = AllRulesLinter.Configuration("rules: { CX1003: off }\n");
        var diagnostics = AllRulesLinter.Linter.Lint(new TemplateSource("t.sbn", "Dear customer #{{ customer.id }}," + Body, TemplateSyntax.Scriban), config).Diagnostics;
        Assert.Single(diagnostics, x => x.Id == "CX1001");
    }

    // --- near misses it must not report ----------------------------------------------------

    [Fact]
    public void A_reference_header_above_a_greeting_by_name_is_a_header_not_an_address() =>
        Assert.Empty(Numbers("Re: Ticket #{{ ticket.id }}\n\nHi {{ customer.first_name }},\n\nWe have updated your request."));

    [Fact]
    public void A_reference_line_that_also_names_the_customer_is_not_reported() =>
        Assert.Empty(Numbers("Order {{ order.number }}: thanks, {{ customer.first_name }}!" + Body));

    [Fact]
    public void A_greeting_by_name_followed_by_the_ticket_number_is_not_reported() =>
        Assert.Empty(Numbers("Hi {{ customer.first_name }}, re: ticket #{{ ticket.id }}" + Body));

    [Fact]
    public void The_reference_in_the_body_is_useful_not_an_address() =>
        Assert.Empty(Numbers("Hi {{ customer.first_name }},\n\nYour ticket #{{ ticket.id }} is now closed."));

    [Fact]
    public void The_reference_in_a_sign_off_is_not_the_opening() =>
        Assert.Empty(Numbers("Hi {{ customer.first_name }},\n\nYour engineer is booked.\n\nTicket #{{ ticket.id }}"));

    [Fact]
    public void A_sentence_that_starts_with_the_order_is_left_to_CX1002()
    {
        var diagnostics = Lint("Order {{ order.number }} has shipped.\n\nIt arrives on Friday.");
        Assert.DoesNotContain(diagnostics, x => x.Id == Id);
        Assert.Single(diagnostics, x => x.Id == "CX1002");
    }

    [Theory]
    [InlineData("Booking {{ booking.date }}:")]
    [InlineData("Order summary")]
    [InlineData("Order 2 of 3 has shipped.")]
    [InlineData("Hi {{ customer.first_name }},")]
    [InlineData("Dear {{ customer.title }} {{ customer.last_name }},")]
    [InlineData("Hello {{ name }},")]
    [InlineData("Your order is on its way!")]
    [InlineData("Northwind Home")]
    public void Openings_without_a_reference_in_the_persons_place_are_not_reported(string opening) =>
        Assert.Empty(Numbers(opening + Body));

    [Fact]
    public void The_ticket_number_in_the_subject_line_is_not_reported() =>
        Assert.Empty(Numbers("---\nsubject: \"Ticket #{{ ticket.id }}: we've replied\"\n---\nHi {{ customer.first_name }},\n\nWe have updated your request."));

    [Fact]
    public void A_reference_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Numbers("\"Order 4471:\" was how our old emails began.\n\nHi {{ customer.first_name }}, not any more."));

    [Fact]
    public void A_reference_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Numbers("`Ticket #4471`\n\nHi {{ customer.first_name }}, your request is updated.", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_named_like_a_reference_is_not_prose() =>
        Assert.Empty(Numbers("{{ ticket_number_banner }}\n\nHi {{ customer.first_name }}, your request is updated."));

    [Fact]
    public void A_reference_in_a_scriban_comment_is_not_prose() =>
        Assert.Empty(Numbers("{{# Re: Ticket #4471 #}}Hi {{ customer.first_name }}," + Body));

    [Fact]
    public void A_push_notification_is_not_checked() =>
        Assert.Empty(Numbers("---\nchannel: push\n---\nOrder {{ order.number }}: out for delivery"));

    [Fact]
    public void The_doc_page_examples_hold() => AssertDocExamples(Id);
}
