using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Insights;

/// <summary>CX5004 NoNextSteps: nothing on how work will proceed or what choices the customer has.</summary>
public class NoNextStepsRuleTests
{
    private const string Id = "CX5004";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static string Message(string kind, string channel, string body) =>
        $"---\nkind: {kind}\nchannel: {channel}\n---\n{Greeting}{body}\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Findings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax switch { TemplateSyntax.Markdown => "t.md", TemplateSyntax.Liquid => "t.liquid", TemplateSyntax.Text => "t.txt", _ => "t.sbn" }), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void A_confirmation_that_only_says_confirmed_is_reported_on_its_opening_line()
    {
        var d = Assert.Single(Findings(Message("transactional", "email", "Your order {{ order.number }} for a {{ order.system_size_kw }} kW solar system has been confirmed.")));
        Assert.Equal((5, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((5, 30), (d.End.Line, d.End.Column));
        Assert.Contains("what happens next", d.Message);
    }

    [Fact]
    public void A_message_without_front_matter_is_checked()
    {
        var d = Assert.Single(Findings("Thanks for your order {{ order.number }}.\nIt has been confirmed.\n"));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void Next_in_another_sense_does_not_count() =>
        Assert.Single(Findings(Greeting + "Thanks for your order. See you next week!"));

    [Fact]
    public void Next_steps_in_double_quotes_does_not_count() =>
        Assert.Single(Findings(Greeting + "Our old \"next steps\" page has moved."));

    [Fact]
    public void Next_steps_in_a_variable_name_does_not_count() =>
        Assert.Single(Findings(Greeting + "Your order is confirmed. {{ next_steps_banner }}"));

    [Fact]
    public void A_vague_promise_to_update_is_not_a_next_step() =>
        Assert.Single(Findings(Greeting + "It will be looked into and we'll update you shortly."));

    [Theory]
    [InlineData("chat")]
    [InlineData("letter")]
    [InlineData("phone-script")]
    public void Channels_other_than_sms_and_push_are_checked(string channel) =>
        Assert.Single(Findings(Message("support-reply", channel, "Your boiler has been repaired.")));

    // --- near misses it must not report ----------------------------------------------------

    [Fact]
    public void A_what_happens_next_heading_clears_it() =>
        Assert.Empty(Findings(Message("transactional", "email", "What happens next: our surveyor calls you on {{ survey.date }}.")));

    [Fact]
    public void A_numbered_markdown_list_counts_as_steps_whatever_its_words() =>
        Assert.Empty(Findings(Greeting + "1. Tonight, restart the router.\n2. Tomorrow, check the lights.", TemplateSyntax.Markdown));

    [Fact]
    public void Plain_numbered_lines_count_as_steps() =>
        Assert.Empty(Findings(Greeting + "1) Tonight, restart the router.\n2) Tomorrow, check the lights.", TemplateSyntax.Text));

    [Theory]
    [InlineData("You can choose a safe place or a neighbour at {{ order.manage_url }}.")]
    [InlineData("Your options are a refund or a replacement.")]
    [InlineData("Once the part arrives, we'll call you to book the fitting.")]
    [InlineData("I’ll call you on {{ visit.date }} to confirm the time.")]
    [InlineData("Next steps: reply LOCKER and I'll redirect it now.")]
    [InlineData("You'll receive a text with a one-hour slot on the day.")]
    [InlineData("Track your parcel at {{ order.tracking_url }}.")]
    public void Saying_how_things_will_proceed_clears_it(string sentence) =>
        Assert.Empty(Findings(Greeting + sentence));

    [Fact]
    public void Next_steps_in_capitals_clear_it() =>
        Assert.Empty(Findings(Greeting + "NEXT STEPS\n\nNothing for you to do."));

    [Fact]
    public void Next_steps_inside_a_liquid_branch_clear_it() =>
        Assert.Empty(Findings(Greeting + "{% if order.ready %}Once the part arrives, we will call you to book the fitting.{% endif %}", TemplateSyntax.Liquid));

    [Fact]
    public void Marketing_messages_are_not_checked() =>
        Assert.Empty(Findings(Message("marketing", "email", "Our spring sale is on.")));

    [Theory]
    [InlineData("sms")]
    [InlineData("push")]
    public void Sms_and_push_are_not_checked(string channel) =>
        Assert.Empty(Findings(Message("transactional", channel, "Your parcel is out for delivery.")));

    [Fact]
    public void A_template_with_front_matter_but_no_text_is_not_checked() =>
        Assert.Empty(Findings("---\nkind: support-reply\nchannel: email\n---\n"));
}
