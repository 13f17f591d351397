using Cx.Templates.Model;
using Cx.Templates.Tests.Rules;
using static Cx.Templates.Tests.Rules.AllRulesLinter;

namespace Cx.Templates.Tests.Rules.Insights;

/// <summary>CX5006 NoHeadsUp: nothing warns the customer about an issue or a question before it arises.</summary>
public class NoHeadsUpRuleTests
{
    private const string Id = "CX5006";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";
    private const string Plain = "Your engineer arrives on {{ visit.date }} between 8am and 10am.";

    /// <summary>Templates without front matter get their kind from the configuration, as a team's `metadata:` would give it.</summary>
    private static readonly Cx.Templates.Configuration.CxConfiguration SupportReplies =
        AllRulesLinter.Configuration("metadata:\n  - files: '**'\n    kind: support-reply\n");

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Missing(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Findings(Id, text, syntax, SupportReplies);

    [Fact]
    public void A_message_of_unknown_kind_is_not_held_to_it() =>
        Assert.Empty(Findings(Id, Greeting + Plain));

    private static string As(string kind, string channel, string body) =>
        $"---\nkind: {kind}\nchannel: {channel}\n---\n{Greeting}{body}";

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void A_message_with_no_heads_up_is_reported_on_its_first_line_as_info()
    {
        var d = Assert.Single(Missing(Greeting + Plain));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 30), (d.End.Line, d.End.Column));
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Insights, d.Dimension);
        Assert.Equal(Severity.Info, d.Severity);
        Assert.Contains("You may notice", d.Message);
    }

    [Fact]
    public void Front_matter_does_not_move_the_finding_off_the_first_line_of_text()
    {
        var d = Assert.Single(Missing(As("support-reply", "email", Plain)));
        Assert.Equal(5, d.Start.Line);
    }

    [Theory]
    [InlineData("support-reply", "email")]
    [InlineData("appointment", "chat")]
    [InlineData("transactional", "letter")]
    [InlineData("complaint-response", "phone-script")]
    public void Kinds_and_channels_with_room_for_a_heads_up_are_checked(string kind, string channel) =>
        Assert.Single(Missing(As(kind, channel, Plain)));

    [Theory]
    [InlineData("If you have any questions, let me know.")]
    [InlineData("If you'd like a different slot, reply to this email.")]
    [InlineData("If you need to change the time, call us.")]
    [InlineData("If you're happy with the quote, reply YES.")]
    [InlineData("You will need to sign for the parcel.")]
    [InlineData("Please note our new address.")]
    [InlineData("Next time, we'll text you first.")]
    public void Catch_alls_offers_and_plain_instructions_are_not_a_heads_up(string sentence) =>
        Assert.Single(Missing(Greeting + Plain + " " + sentence));

    [Fact]
    public void A_heads_up_in_double_quotes_is_quoted_not_given() =>
        Assert.Single(Missing(Greeting + Plain + " Our old emails said \"heads up\" and nothing else."));

    [Fact]
    public void A_heads_up_in_a_markdown_code_span_is_not_prose() =>
        Assert.Single(Missing(Greeting + Plain + " The `heads up` macro is retired.", TemplateSyntax.Markdown));

    [Fact]
    public void A_heads_up_in_a_variable_name_is_not_prose() =>
        Assert.Single(Missing(Greeting + Plain + " {{ heads_up_banner }}"));

    [Fact]
    public void A_heads_up_in_a_scriban_comment_is_not_prose() =>
        Assert.Single(Missing(Greeting + Plain + "{{# heads up: add a warning here #}}"));

    // --- what counts as a heads-up -----------------------------------------------------------

    [Theory]
    [InlineData("Heads up: the water will be off for an hour.")]
    [InlineData("Heads-up: parking is tight on your street.")]
    [InlineData("Please be aware that the engineer needs access to the loft.")]
    [InlineData("You may notice a humming noise for the first day.")]
    [InlineData("You might hear the pump start at night.")]
    [InlineData("A common question is whether you need to be home. You don't.")]
    [InlineData("One thing to know: the meter reading resets to zero.")]
    [InlineData("Please note that the first bill may be higher than usual.")]
    [InlineData("If the part is delayed, I'll call you the same day.")]
    [InlineData("If you won't be in, you can choose a safe place.")]
    [InlineData("Should the parcel be damaged, refuse it at the door.")]
    [InlineData("Keep in mind the heating is off during the visit.")]
    [InlineData("Bear in mind that fitting takes a full day.")]
    [InlineData("Don't worry if the radiators are cold for an hour.")]
    [InlineData("It's normal for new radiators to tick as they warm up.")]
    [InlineData("Watch out for a text from the courier.")]
    [InlineData("Tip: run the tap before the engineer arrives.")]
    [InlineData("The most common cause is a blocked filter.")]
    [InlineData("Before the engineer arrives, please clear the cupboard under the sink.")]
    [InlineData("You'll need to be home for the survey.")]
    [InlineData("Just in case the driver can't find you, add a note at checkout.")]
    public void A_message_that_anticipates_an_issue_or_question_is_not_reported(string sentence) =>
        Assert.Empty(Missing(Greeting + Plain + " " + sentence));

    [Fact]
    public void A_heads_up_with_a_curly_apostrophe_counts() =>
        Assert.Empty(Missing(Greeting + Plain + " Don’t worry if the boiler beeps once."));

    [Fact]
    public void A_heads_up_inside_a_liquid_branch_counts() =>
        Assert.Empty(Missing("Hi {{ customer.first_name }}, " + Plain + " {% if visit.gas %}Heads up: the gas will be off.{% endif %}", TemplateSyntax.Liquid));

    [Fact]
    public void A_heads_up_in_markdown_bold_counts() =>
        Assert.Empty(Missing(Greeting + Plain + "\n\n**Heads up:** the crew need 70 cm of clear space.", TemplateSyntax.Markdown));

    // --- where it does not apply ------------------------------------------------------------

    [Fact]
    public void A_marketing_message_is_not_checked() =>
        Assert.Empty(Missing(As("marketing", "email", Plain)));

    [Theory]
    [InlineData("sms")]
    [InlineData("push")]
    public void Short_channels_are_not_checked(string channel) =>
        Assert.Empty(Missing(As("appointment", channel, Plain)));

    [Fact]
    public void A_template_with_no_text_is_not_checked() =>
        Assert.Empty(Missing("{{# draft: nothing to send yet #}}"));

    [Fact]
    public void The_default_info_severity_can_be_raised_in_configuration()
    {
        var config = AllRulesLinter.Configuration("rules: { CX5006: warning }\nmetadata:\n  - files: '**'\n    kind: support-reply\n");
        var d = Assert.Single(Findings(Id, Greeting + Plain, TemplateSyntax.Scriban, config));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void The_doc_page_examples_hold() => AssertDocExamples(Id);
}
