using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Friction;

/// <summary>CX6001 AsksForKnownInformation: the "goldfish" company of seeds/002 asks for what its template already holds.</summary>
public class AsksForKnownInformationRuleTests
{
    private const string Id = "CX6001";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Findings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax switch { TemplateSyntax.Markdown => "t.md", TemplateSyntax.Liquid => "t.liquid", TemplateSyntax.Text => "t.txt", _ => "t.sbn" }), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void Asking_for_the_order_number_the_template_prints_is_reported_at_the_request()
    {
        var d = Assert.Single(Findings(Greeting + "Sorry your parcel for order {{ order.number }} is late. Please reply with your order number."));
        Assert.Equal((3, 57), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 92), (d.End.Line, d.End.Column));
        Assert.Equal(Level.Bad, d.Level);
        Assert.Contains("order.number", d.Message);
    }

    [Fact]
    public void Asking_for_the_email_address_the_template_has_is_reported()
    {
        var d = Assert.Single(Findings(Greeting + "Please confirm the email address you used at checkout.\n\nThis email was sent to {{ customer.email }}."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Contains("e-mail", d.Message);
    }

    [Fact]
    public void Asking_for_the_best_number_to_reach_them_is_reported_when_the_phone_is_known() =>
        Assert.Single(Findings(Greeting + "What’s the best number to reach you on? We'll text {{ customer.phone }} first."));

    [Fact]
    public void A_request_with_a_curly_apostrophe_and_capitals_is_reported() =>
        Assert.Single(Findings(Greeting + "WHAT’S YOUR ACCOUNT NUMBER? It is on your statement ({{ account.number }})."));

    [Fact]
    public void A_request_broken_over_two_lines_is_reported()
    {
        var d = Assert.Single(Findings(Greeting + "Please send us\nyour booking reference so we can find {{ booking.reference }}."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal(4, d.End.Line);
    }

    [Fact]
    public void A_variable_used_only_in_a_condition_is_still_known() =>
        Assert.Single(Findings("{% if ticket.id %}Hi {{ customer.first_name }}, please tell us your ticket number.{% endif %}", TemplateSyntax.Liquid));

    [Fact]
    public void A_loop_over_the_order_makes_the_order_known() =>
        Assert.Single(Findings("{{ for item in order.items }}{{ item.name }}\n{{ end }}Please provide your order number when you call."));

    // --- near misses it must not report ----------------------------------------------------

    [Fact]
    public void Telling_the_customer_the_value_is_not_asking() =>
        Assert.Empty(Findings(Greeting + "Your order number is {{ order.number }}."));

    [Fact]
    public void Asking_for_something_the_template_does_not_have_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "Please reply with your order number so I can find your parcel."));

    [Fact]
    public void Asking_for_a_different_kind_of_detail_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "Please reply with your phone number. Your order is {{ order.number }}."));

    [Fact]
    public void Our_own_phone_number_is_not_the_customers() =>
        Assert.Empty(Findings(Greeting + "Please reply with the phone number you used, or call us on {{ agent.phone }}."));

    [Fact]
    public void Saying_what_we_will_do_with_the_number_is_not_asking() =>
        Assert.Empty(Findings(Greeting + "We'll include your order number {{ order.number }} in every email about this delivery."));

    [Fact]
    public void The_request_in_double_quotes_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "You won't hear \"please reply with your order number\" from us again: it's {{ order.number }}."));

    [Fact]
    public void The_request_in_a_markdown_code_span_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "Our old macro `please reply with your order number` is gone. Order {{ order.number }} is on its way.", TemplateSyntax.Markdown));

    [Fact]
    public void The_request_in_a_variable_name_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "{{ please_reply_with_your_order_number_note }} Order {{ order.number }}."));

    [Fact]
    public void The_request_in_an_html_attribute_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "<a href='{{ links.track }}' title='Enter your order number'>Track order {{ order.number }}</a>"));
}
