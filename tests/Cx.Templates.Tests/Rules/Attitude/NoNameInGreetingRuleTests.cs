using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Attitude;

/// <summary>CX1002 NoNameInGreeting: the opening line names nobody, even when it has other variables.</summary>
public class NoNameInGreetingRuleTests
{
    private const string Id = "CX1002";

    private static IReadOnlyList<Diagnostic> Openings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax == TemplateSyntax.Markdown ? "t.md" : syntax == TemplateSyntax.Liquid ? "t.liquid" : "t.sbn"), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void An_opening_line_about_the_order_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Openings("Your order {{ order.number }} is on its way!\n\nThanks for shopping with us."));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 45), (d.End.Line, d.End.Column));
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Attitude, d.Dimension);
        Assert.Contains("customer.first_name", d.Message);
    }

    // A greeting that addresses a number ("Hello {{ order.number }},") is CX1003's: see CaseNumberAsIdentityRuleTests.

    [Fact]
    public void A_greeting_with_only_an_order_variable_is_underlined_up_to_its_comma()
    {
        var d = Assert.Single(Openings("Hello {{ order.status }},\n\nYour order has shipped."));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 25), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_liquid_greeting_with_only_a_ticket_variable_is_reported() =>
        Assert.Single(Openings("Hi {{ ticket.product | upcase }},\n\nWe have your request.", TemplateSyntax.Liquid));

    [Fact]
    public void A_name_that_appears_only_later_in_the_message_does_not_help()
    {
        var d = Assert.Single(Openings("Your order {{ order.number }} has shipped.\n\nWe hope you enjoy it, {{ customer.first_name }}."));
        Assert.Equal(1, d.Start.Line);
    }

    [Fact]
    public void A_sign_off_that_thanks_the_customer_by_name_is_not_the_opening_line()
    {
        var d = Assert.Single(Openings("Your order is on its way.\n\nThanks, {{ customer.first_name }}."));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 26), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_name_written_into_the_template_is_not_a_variable() =>
        Assert.Single(Openings("Hi Ana,\n\nYour order {{ order.number }} has shipped."));

    [Fact]
    public void An_opening_after_markdown_front_matter_is_reported_on_its_own_line()
    {
        var d = Assert.Single(Openings("---\nkind: transactional\nchannel: email\n---\nYour order {{ order.number }} is on its way!\n", TemplateSyntax.Markdown));
        Assert.Equal((5, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((5, 45), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void An_opening_in_a_crlf_file_is_reported_at_editor_positions()
    {
        var d = Assert.Single(Openings("---\r\nkind: transactional\r\n---\r\nGood morning {{ order.status }}!\r\n\r\nYour order has shipped.\r\n"));
        Assert.Equal((4, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((4, 32), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void The_name_of_a_thing_does_not_name_the_customer() =>
        Assert.Single(Openings("Dear {{ store.name }},\n\nYour appointment is booked."));

    [Theory]
    [InlineData("Dear {{ patient.first_name }},\n\nYour appointment is booked.")]
    [InlineData("Dear {{ ticket.name.first }},\n\nYour ticket is open.")]
    [InlineData("Dear {{ mail.from_display_name }},\n\nYour email was too large.")]
    [InlineData("Hello {{ ticket.customerName }},\n\nYour ticket is open.")]
    public void A_person_s_name_under_any_object_names_them(string text) =>
        Assert.Empty(Openings(text));

    // --- what it does not report -------------------------------------------------------------

    [Theory]
    [InlineData("Hi {{ customer.first_name ?? \"there\" }},\n\nYour order has shipped.")]
    [InlineData("{{ contact.first_name }}, your boiler service is booked.")]
    [InlineData("Your order {{ order.number }} is on its way, {{ customer.first_name }}!")]
    [InlineData("Good afternoon {{ recipient.name }}!\n\nYour order has shipped.")]
    [InlineData("Dear {{ customer.title }} {{ customer.last_name }},\n\nYour order has shipped.")]
    [InlineData("Hey {{ user.first_name }} - your order is here.")]
    public void An_opening_line_with_a_customer_variable_is_not_reported(string text) =>
        Assert.Empty(Openings(text));

    [Fact]
    public void A_liquid_greeting_with_a_default_names_the_customer() =>
        Assert.Empty(Openings("Hello {{ user.name | default: \"there\" }},\n\nYour order has shipped.", TemplateSyntax.Liquid));

    [Fact]
    public void A_brand_line_above_the_greeting_is_not_the_opening_line() =>
        Assert.Empty(Openings("Northwind Home\nHi {{ customer.first_name }},\n\nYour order has shipped."));

    [Fact]
    public void A_markdown_title_above_the_greeting_is_not_the_opening_line() =>
        Assert.Empty(Openings("# Your order has shipped\n\nHi {{ customer.first_name }}, it is on its way.", TemplateSyntax.Markdown));

    [Fact]
    public void Html_tags_around_the_greeting_are_not_prose() =>
        Assert.Empty(Openings("<img src=\"logo.png\" alt=\"Northwind\">\n<p>Hi {{ customer.first_name }},</p>\n<p>Your order has shipped.</p>"));

    [Fact]
    public void A_generic_greeting_is_left_to_CX1001()
    {
        var diagnostics = Lint("Dear Customer,\n\nYour order {{ order.number }} has shipped.");
        Assert.Empty(Only(diagnostics, Id));
        Assert.Single(Only(diagnostics, "CX1001"));
    }

    [Fact]
    public void A_push_notification_has_no_greeting_to_check() =>
        Assert.Empty(Openings("---\nchannel: push\n---\nYour order {{ order.number }} is on its way!"));

    [Fact]
    public void A_root_configured_as_the_customer_names_them()
    {
        var problems = new List<ConfigurationProblem>();
        var config = ConfigurationParser.Parse("customer_roots: [customer, patient]\n", ".cxlint.yml", RuleCatalog.Ids, problems);
        Assert.Empty(problems);
        var result = Cx.Templates.Linter.Default.Lint(new TemplateSource("t.sbn", "Dear {{ patient.first_name }},\n\nYour appointment is booked.", TemplateSyntax.Scriban), config);
        Assert.Empty(Only(result.Diagnostics, Id));
    }
}
