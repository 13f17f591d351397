using Cx.Templates.Model;
using Cx.Templates.Rules;
using Cx.Templates.Rules.Responsiveness;

namespace Cx.Templates.Tests.Rules.Responsiveness;

/// <summary>CX2004 AppointmentWithoutSpecifics: a visit, call-back, delivery window or appointment with no date or time.</summary>
public class AppointmentWithoutSpecificsRuleTests
{
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Diagnostic> Findings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        SingleRuleLinter.Lint(new AppointmentWithoutSpecificsRule(), text, syntax);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void A_visit_with_no_date_is_reported_on_the_commitment()
    {
        var d = Assert.Single(Findings(Greeting + "An engineer will visit to fix it."));
        Assert.Equal("CX2004", d.Id);
        Assert.Equal((3, 4), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 23), (d.End.Line, d.End.Column));
        Assert.Equal(Level.Bad, d.Level);
        Assert.Equal(Dimension.Responsiveness, d.Dimension);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_words_and_asks_for_a_date_and_time()
    {
        var d = Assert.Single(Findings(Greeting + "An engineer will visit to fix it."));
        Assert.Contains("\"engineer will visit\"", d.Message);
        Assert.Contains("{{ appointment.date }}", d.Message);
    }

    [Theory]
    [InlineData("We will call you back.")]
    [InlineData("We'll ring you.")]
    [InlineData("{{ agent.first_name }} will phone you back.")]
    [InlineData("We will arrange a call-back.")]
    public void A_call_back_with_no_time_is_reported(string sentence)
    {
        var d = Assert.Single(Findings(Greeting + sentence));
        Assert.Contains("time of the call", d.Message);
    }

    [Theory]
    [InlineData("Your delivery slot has been booked.")]
    [InlineData("Your order will be delivered.")]
    [InlineData("Redelivery will be arranged.")]
    [InlineData("The driver will deliver your sofa.")]
    [InlineData("We'll text you your delivery window.")]
    public void A_delivery_with_no_day_or_window_is_reported(string sentence)
    {
        var d = Assert.Single(Findings(Greeting + sentence));
        Assert.Contains("day and the window", d.Message);
    }

    [Theory]
    [InlineData("Your appointment has been confirmed.")]
    [InlineData("We'll send someone round to take a look.")]
    [InlineData("A technician visit has been booked for you.")]
    [InlineData("Our fitter will come round to measure up.")]
    [InlineData("{{ technician.first_name }} will be with you to service the boiler.")]
    [InlineData("We'll book you a visit.")]
    public void A_visit_or_appointment_with_no_date_is_reported(string sentence) =>
        Assert.Single(Findings(Greeting + sentence));

    [Fact]
    public void One_sentence_is_one_finding()
    {
        var d = Assert.Single(Findings(Greeting + "An engineer will visit and we will call you back."));
        Assert.Equal((3, 4), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void A_dated_visit_does_not_date_a_call_back()
    {
        var d = Assert.Single(Findings(Greeting + "Your appointment is on {{ appointment.date }}. We'll call you back."));
        Assert.Contains("We'll call you back", d.Message);
    }

    [Fact]
    public void A_dated_delivery_does_not_date_a_redelivery() =>
        Assert.Single(Findings(Greeting + "We tried to deliver on {{ order.delivery_date }}. Redelivery will be arranged."));

    [Fact]
    public void A_new_appointment_needs_its_own_date() =>
        Assert.Single(Findings(Greeting + "Your appointment is on {{ appointment.date }}. We'll book another appointment for you and confirm it by text."));

    [Fact]
    public void A_time_in_another_sentence_does_not_clear_a_new_commitment() =>
        Assert.Single(Findings(Greeting + "Thanks for calling at 9am. An engineer will visit."));

    [Fact]
    public void A_commitment_in_a_liquid_branch_is_reported()
    {
        var d = Assert.Single(Findings("Hi {{ customer.first_name }}, {% if order.failed %}redelivery will be arranged.{% endif %}", TemplateSyntax.Liquid));
        Assert.Equal((1, 52), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void The_doc_page_examples_hold() => SingleRuleLinter.AssertDocExamples(new AppointmentWithoutSpecificsRule());

    // --- near misses it must not report ----------------------------------------------------

    [Theory]
    [InlineData("An engineer will visit on Tuesday between 8am and 12pm.")]
    [InlineData("We will call you back within 2 hours.")]
    [InlineData("We'll call you back at 3pm today.")]
    [InlineData("Your order will be delivered tomorrow.")]
    [InlineData("Your delivery slot is 7am to 9am on 3 June.")]
    public void A_concrete_time_in_the_sentence_clears_it(string sentence) =>
        Assert.Empty(Findings(Greeting + sentence));

    [Theory]
    [InlineData("{{ technician.first_name }} will be with you on {{ appointment.date }}.")]
    [InlineData("Your delivery slot is {{ delivery.window }}.")]
    [InlineData("We'll call you back at {{ callback.starts_at }}.")]
    [InlineData("Your appointment: {{ appointment.date | date.to_string '%A %d %B' }}.")]
    public void A_date_or_time_variable_in_the_sentence_clears_it(string sentence) =>
        Assert.Empty(Findings(Greeting + sentence));

    [Theory]
    [InlineData("The new delivery date is {{ order.estimated_delivery | date.to_string \"%A %d %b\" }}.", TemplateSyntax.Scriban)]
    [InlineData("The new delivery date is {{ date.to_string order.estimated_delivery \"%A %d %b\" }}.", TemplateSyntax.Scriban)]
    [InlineData("The new delivery date is {{ order.estimated_delivery | date: \"%A %d %b\" }}.", TemplateSyntax.Liquid)]
    public void A_variable_written_as_a_date_clears_it_whatever_its_name(string sentence, TemplateSyntax syntax) =>
        Assert.Empty(Findings(Greeting + sentence, syntax));

    [Fact]
    public void A_variable_that_is_not_a_date_does_not_clear_it() =>
        Assert.Single(Findings(Greeting + "Your order {{ order.number }} will be delivered by {{ order.carrier }}."));

    [Theory]
    [InlineData("Book an appointment at {{ booking_url }}.")]
    [InlineData("You can choose a new slot at {{ appointment.reschedule_url }}.")]
    [InlineData("To reschedule your visit, reply R.")]
    [InlineData("Need to change your appointment? Reply C.")]
    [InlineData("To request redelivery, reply to this email.")]
    [InlineData("Request a callback at {{ company.help_url }}.")]
    public void An_invitation_to_book_promises_nothing(string sentence) =>
        Assert.Empty(Findings(Greeting + sentence));

    [Theory]
    [InlineData("Once the part arrives, we'll call you to book a visit.")]
    [InlineData("If nobody is home, the driver will call you.")]
    [InlineData("We'll call you back as soon as the part arrives.")]
    public void A_commitment_tied_to_an_event_is_not_reported(string sentence) =>
        Assert.Empty(Findings(Greeting + sentence));

    [Fact]
    public void An_event_that_is_not_one_does_not_clear_it() =>
        Assert.Single(Findings(Greeting + "We'll call you back when we can."));

    [Fact]
    public void A_reference_to_an_appointment_dated_in_another_sentence_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "Your appointment is on {{ appointment.date }} at 9am.\n\nYour appointment takes about an hour. Appointment times are set by our planners."));

    [Fact]
    public void A_reference_to_a_delivery_dated_in_another_sentence_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "Your sofa arrives on {{ delivery.date }}. Please keep the drive clear for your delivery slot."));

    [Theory]
    [InlineData("I can check whether an earlier delivery slot is available.")]
    [InlineData("Appointments are available from 8am.")]
    [InlineData("We are working to improve our delivery times.")]
    public void Availability_and_delivery_speed_in_general_are_not_commitments(string sentence) =>
        Assert.Empty(Findings(Greeting + sentence));

    [Theory]
    [InlineData("Thank you for attending your appointment.")]
    [InlineData("Your appointment was completed.")]
    [InlineData("You were out during the delivery window.")]
    [InlineData("A redelivery charge of £25 applies.")]
    [InlineData("No appointment needed: just drop in.")]
    public void The_past_and_the_small_print_are_not_commitments(string sentence) =>
        Assert.Empty(Findings(Greeting + sentence));

    [Theory]
    [InlineData("Visit our showroom to see the range.")]
    [InlineData("Please call us back on 0345 600 1234.")]
    [InlineData("Call back any time.")]
    [InlineData("We will come up with a plan.")]
    public void The_customer_visiting_or_calling_is_not_reported(string sentence) =>
        Assert.Empty(Findings(Greeting + sentence));

    [Fact]
    public void A_commitment_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Findings(Greeting + "Your note says \"an engineer will visit\", and we agree."));

    [Fact]
    public void A_commitment_in_a_variable_name_is_not_prose() =>
        Assert.Empty(Findings(Greeting + "{{ appointment_banner }} {{ engineer_will_visit }}"));

    [Fact]
    public void A_commitment_in_an_html_attribute_is_not_prose() =>
        Assert.Empty(Findings(Greeting + "<img alt=\"An engineer will visit\" src=\"{{ banner.url }}\">"));

    [Fact]
    public void A_commitment_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Findings(Greeting + "We no longer write `an engineer will visit` without a date.", TemplateSyntax.Markdown));
}
