using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;
using Cx.Templates.Rules.Responsiveness;

namespace Cx.Templates.Tests.Rules.Responsiveness;

/// <summary>CX2002 ChannelStandardExceeded: a promised response time longer than the channel's standard.</summary>
public class ChannelStandardExceededRuleTests
{
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static string On(string channel, string body) =>
        $"---\nkind: support-reply\nchannel: {channel}\nsubject: Your boiler\n---\n{Greeting}{body}\n";

    private static IReadOnlyList<Diagnostic> Findings(string text, CxConfiguration? configuration = null) =>
        SingleRuleLinter.Lint(new ChannelStandardExceededRule(), text, TemplateSyntax.Scriban, configuration);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void An_sms_promising_three_business_days_is_reported_on_the_duration()
    {
        var d = Assert.Single(Findings(On("sms", "We'll get back to you within 3 business days.")));
        Assert.Equal("CX2002", d.Id);
        Assert.Equal((8, 23), (d.Start.Line, d.Start.Column));
        Assert.Equal((8, 45), (d.End.Line, d.End.Column));
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Responsiveness, d.Dimension);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_promise_and_names_the_channel_standard()
    {
        var d = Assert.Single(Findings(On("sms", "We'll get back to you within 3 business days.")));
        Assert.Contains("\"within 3 business days\"", d.Message);
        Assert.Contains("sms response standard of 2 hours", d.Message);
    }

    [Theory]
    [InlineData("You'll hear from us in 48 hours.", "in 48 hours")]
    [InlineData("I'll call you back by tomorrow.", "by tomorrow")]
    [InlineData("We will reply by the end of the week.", "by the end of the week")]
    [InlineData("Our team will get back to you next week.", "next week")]
    [InlineData("Please allow 5 working days for a reply.", "allow 5 working days")]
    [InlineData("We aim to respond within 24-48 hours.", "within 24-48 hours")]
    [InlineData("We respond to every message within two days.", "within two days")]
    [InlineData("{{ agent.first_name }} from our billing team will email you in a day or two.", "in a day or two")]
    [InlineData("Our response time is up to 3 hours.", "up to 3 hours")]
    [InlineData("We'll reply within 3 days of receiving your documents.", "within 3 days")]
    [InlineData("We'll update you in the next few days.", "in the next few days")]
    public void A_response_promise_longer_than_two_hours_is_reported_on_sms(string sentence, string duration)
    {
        var d = Assert.Single(Findings(On("sms", sentence)));
        Assert.Contains($"\"{duration}\"", d.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Chat_is_held_to_one_hour()
    {
        var d = Assert.Single(Findings(On("chat", "{{ agent.first_name }} will reply in 2 hours.")));
        Assert.Contains("chat response standard of 1 hour", d.Message);
    }

    [Fact]
    public void Email_is_held_to_two_days()
    {
        Assert.Single(Findings(On("email", "We'll reply within 3 business days.")));
        Assert.Empty(Findings(On("email", "We'll reply within 2 business days.")));
    }

    [Fact]
    public void Only_the_duration_over_the_standard_is_reported()
    {
        var d = Assert.Single(Findings(On("sms", "We'll reply within 2 hours on weekdays or within 2 days at weekends.")));
        Assert.Contains("\"within 2 days\"", d.Message);
    }

    [Fact]
    public void A_configured_standard_replaces_the_default()
    {
        var config = SingleRuleLinter.Configuration("channels:\n  sms: { response: 30m }\n");
        var d = Assert.Single(Findings(On("sms", "We'll text you back in 1 hour."), config));
        Assert.Contains("standard of 30 minutes", d.Message);
        Assert.Empty(Findings(On("sms", "We'll text you back in 1 hour.")));
    }

    [Fact]
    public void The_channel_can_come_from_the_configuration()
    {
        var config = SingleRuleLinter.Configuration("metadata:\n  - files: 'sms/**'\n    channel: sms\n");
        var found = new Linter(new Rule[] { new ChannelStandardExceededRule() })
            .Lint(new TemplateSource("repo/sms/ack.sbn", Greeting + "We'll reply within 3 days.", TemplateSyntax.Scriban), config).Diagnostics;
        Assert.Single(found);
    }

    [Fact]
    public void A_promise_in_a_liquid_branch_is_reported()
    {
        var text = "---\nchannel: sms\n---\nHi {{ customer.first_name }}, {% if ticket.urgent %}we'll call you in 1 hour{% else %}we'll call you in 3 days{% endif %}.";
        var d = Assert.Single(SingleRuleLinter.Lint(new ChannelStandardExceededRule(), text, TemplateSyntax.Liquid));
        Assert.Contains("\"in 3 days\"", d.Message);
    }

    [Fact]
    public void The_doc_page_examples_hold() => SingleRuleLinter.AssertDocExamples(new ChannelStandardExceededRule());

    // --- near misses it must not report ----------------------------------------------------

    [Theory]
    [InlineData("We'll text you back within 2 hours.")]
    [InlineData("I'll call you in 10 minutes.")]
    [InlineData("We'll reply within an hour.")]
    [InlineData("We'll reply in 1-2 hours.")]
    [InlineData("We'll reply within half an hour.")]
    public void A_promise_within_the_standard_is_not_reported(string sentence) =>
        Assert.Empty(Findings(On("sms", sentence)));

    [Theory]
    [InlineData("We'll call you back by {{ appointment.date }}.")]
    [InlineData("I'll reply by {{ ticket.reply_due_at | date.to_string '%H:%M on %A' }}.")]
    [InlineData("We'll call you on Friday.")]
    [InlineData("We'll call you on 3 June.")]
    public void A_date_variable_or_a_calendar_date_is_not_compared(string sentence) =>
        Assert.Empty(Findings(On("sms", sentence)));

    [Fact]
    public void A_message_with_no_channel_is_not_checked() =>
        Assert.Empty(Findings(Greeting + "We'll get back to you within 3 business days."));

    [Fact]
    public void A_letter_may_promise_a_week() =>
        Assert.Empty(Findings(On("letter", "We'll reply within 7 days.")));

    [Theory]
    [InlineData("Your refund reaches your account within 5 business days.")]
    [InlineData("Your new boiler will be delivered next week.")]
    [InlineData("The sale ends in 3 days.")]
    [InlineData("See you next week!")]
    public void A_duration_that_is_not_a_response_time_is_not_reported(string sentence) =>
        Assert.Empty(Findings(On("sms", sentence)));

    [Theory]
    [InlineData("Please reply within 3 days to keep your slot.")]
    [InlineData("You will need to call us within 14 days.")]
    [InlineData("You can reply to this text in the next 2 days.")]
    public void A_deadline_for_the_customer_is_not_a_response_time(string sentence) =>
        Assert.Empty(Findings(On("sms", sentence)));

    [Theory]
    [InlineData("You wrote to us 3 days ago; we'll reply within 2 hours.")]
    [InlineData("We're open 7 days a week and reply within 2 hours.")]
    [InlineData("The worktop is cut to size in 7 to 10 working days, and I'll phone you the day it arrives.")]
    [InlineData("Within 5 working days of the visit, I'll email you our offer.")]
    public void A_duration_that_belongs_to_something_else_in_the_sentence_is_not_reported(string sentence) =>
        Assert.Empty(Findings(On("sms", sentence)));

    [Fact]
    public void A_promise_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Findings(On("sms", "Last time you were told \"we'll reply within 5 days\", and that was wrong.")));

    [Fact]
    public void A_promise_in_a_variable_name_is_not_prose() =>
        Assert.Empty(Findings(On("sms", "{{ reply_within_3_days_banner }}")));
}
