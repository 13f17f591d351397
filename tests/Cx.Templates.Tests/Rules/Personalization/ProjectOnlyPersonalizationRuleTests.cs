using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Personalization;

/// <summary>CX3003 ProjectOnlyPersonalization: every output variable is about the order, ticket or job, none about the person.</summary>
public class ProjectOnlyPersonalizationRuleTests
{
    private const string Id = "CX3003";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Findings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax switch { TemplateSyntax.Markdown => "t.md", TemplateSyntax.Liquid => "t.liquid", TemplateSyntax.Text => "t.txt", _ => "t.sbn" }), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void Only_job_variables_are_reported_at_the_first_variable()
    {
        var d = Assert.Single(Findings("Hello,\n\nJob {{ job.number }} at {{ job.address }} was completed on {{ job.completed_date }}.\n"));
        Assert.Equal((3, 5), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 21), (d.End.Line, d.End.Column));
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Contains("job", d.Message);
        Assert.Contains("customer", d.Message);
    }

    [Fact]
    public void A_loop_variable_is_reported_under_the_root_it_iterates()
    {
        var d = Assert.Single(Findings("Your order:\n{% for item in order.items %}- {{ item.name }}\n{% endfor %}", TemplateSyntax.Liquid));
        Assert.Equal((2, 32), (d.Start.Line, d.Start.Column));
        Assert.Contains("(order)", d.Message);
    }

    [Fact]
    public void Ticket_variables_in_a_liquid_template_are_reported() =>
        Assert.Single(Findings("Ticket {{ ticket.id | upcase }} is now {{ ticket.status }}.", TemplateSyntax.Liquid));

    [Fact]
    public void The_name_of_a_thing_is_not_personal() =>
        Assert.Single(Findings("Your {{ product.name }} order {{ order.id }} is booked."));

    [Fact]
    public void A_person_s_first_name_under_another_object_is_personal() =>
        Assert.Empty(Findings("Dear {{ patient.first_name }}, your appointment {{ appointment.id }} is booked."));

    [Fact]
    public void A_customer_word_in_a_job_variable_does_not_make_it_personal() =>
        Assert.Single(Findings("Order {{ order.customer_reference }} has shipped."));

    // --- near misses it must not report ----------------------------------------------------

    [Fact]
    public void A_customer_variable_in_the_output_clears_it() =>
        Assert.Empty(Findings("Hi {{ customer.first_name ?? \"there\" }}, job {{ job.number }} is done."));

    [Fact]
    public void A_customer_variable_in_the_body_clears_it() =>
        Assert.Empty(Findings("Hello,\n\nWe serviced your {{ customer.boiler_model }} on {{ job.completed_date }}.\n"));

    [Fact]
    public void A_customer_variable_that_only_appears_in_an_if_clears_it() =>
        Assert.Empty(Findings("Job {{ job.number }} is done.\n{{ if customer.is_vip }}Your priority line is open.{{ end }}\n"));

    [Fact]
    public void A_customer_variable_that_only_appears_in_a_liquid_if_clears_it() =>
        Assert.Empty(Findings("Job {{ job.number }} is done.{% if customer.boiler_age_years > 10 %} Time for a new boiler?{% endif %}", TemplateSyntax.Liquid));

    [Theory]
    [InlineData("user")]
    [InlineData("recipient")]
    [InlineData("contact")]
    [InlineData("Customer")]
    public void Every_default_customer_root_counts(string root) =>
        Assert.Empty(Findings($"Hi {{{{ {root}.first_name }}}}, order {{{{ order.number }}}} has shipped."));

    [Fact]
    public void A_loop_over_the_customers_own_orders_is_personal() =>
        Assert.Empty(Findings("{{ for o in customer.orders }}- {{ o.number }}\n{{ end }}"));

    [Fact]
    public void A_variable_assigned_from_the_customer_is_personal() =>
        Assert.Empty(Findings("{{ name = customer.first_name }}Hi {{ name }}, order {{ order.number }} has shipped."));

    [Fact]
    public void A_bare_name_variable_is_personal() =>
        Assert.Empty(Findings("Hi {{ first_name }}, order {{ order.number }} has shipped."));

    [Fact]
    public void Variables_used_only_in_conditions_reach_no_output_and_are_not_reported() =>
        Assert.Empty(Findings("{{ if order.express }}Your parcel comes tomorrow.{{ else }}Your parcel comes this week.{{ end }}"));

    [Fact]
    public void A_template_without_variables_is_left_to_CX3001()
    {
        var diags = Lint("Hello, your parcel is on its way.");
        Assert.Empty(Only(diags, Id));
        Assert.Single(Only(diags, "CX3001"));
    }
}
