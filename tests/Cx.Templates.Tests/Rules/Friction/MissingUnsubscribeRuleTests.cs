using Cx.Templates.Model;
using Cx.Templates.Tests.Rules;
using static Cx.Templates.Tests.Rules.AllRulesLinter;

namespace Cx.Templates.Tests.Rules.Friction;

/// <summary>CX6003 MissingUnsubscribe: a marketing message with no way out (seeds/002: hard unsubscribing cannot be trusted).</summary>
public class MissingUnsubscribeRuleTests
{
    private const string Id = "CX6003";
    private const string Offer = "Hi {{ customer.first_name }},\n\nYour boiler service is due: book by 31 May for £79.";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Missing(string text, TemplateSyntax syntax = TemplateSyntax.Scriban, Cx.Templates.Configuration.CxConfiguration? configuration = null) =>
        Findings(Id, text, syntax, configuration);

    private static string Marketing(string body, string channel = "email") =>
        $"---\nkind: marketing\nchannel: {channel}\n---\n{body}";

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void A_marketing_message_with_no_way_out_is_reported_on_its_first_line()
    {
        var d = Assert.Single(Missing(Marketing(Offer)));
        Assert.Equal((5, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((5, 30), (d.End.Line, d.End.Column));
        Assert.Equal(Level.Bad, d.Level);
        Assert.Equal(Dimension.Friction, d.Dimension);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("Reply STOP", d.Message);
        Assert.Contains("unsubscribe_url", d.Message);
    }

    [Fact]
    public void A_marketing_sms_with_no_stop_keyword_is_reported() =>
        Assert.Single(Missing(Marketing("Hi {{ customer.first_name }}, 20% off boiler services this week: {{ links.book }}", "sms")));

    [Fact]
    public void Marketing_set_by_the_configuration_is_checked()
    {
        var config = AllRulesLinter.Configuration("metadata:\n  - files: '**'\n    kind: marketing\n");
        Assert.Single(Missing(Offer, configuration: config));
    }

    [Theory]
    [InlineData("Subscribe to our newsletter for more offers.")]
    [InlineData("{% if customer.subscribed %}Thanks for subscribing.{% endif %}")]
    [InlineData("We know your favourite colour is {{ customer.preferences.colour }}.")]
    [InlineData("Stop by our showroom this weekend.")]
    [InlineData("You can't opt in twice.")]
    public void Words_and_variables_that_are_not_a_way_out_do_not_clear_it(string line) =>
        Assert.Single(Missing(Marketing(Offer + "\n\n" + line)));

    [Fact]
    public void An_unsubscribe_link_only_in_a_comment_does_not_count() =>
        Assert.Single(Missing(Marketing(Offer + "\n\n{{# TODO: add {{ unsubscribe_url }} #}}")));

    [Fact]
    public void Unsubscribe_in_double_quotes_is_quoted_not_offered() =>
        Assert.Single(Missing(Marketing(Offer + "\n\nWe never make you hunt for an \"unsubscribe\" button.")));

    // --- near misses it must not report ----------------------------------------------------

    [Theory]
    [InlineData("Unsubscribe: {{ unsubscribe_url }}")]
    [InlineData("<a href=\"{{ links.unsubscribe }}\">Stop these emails</a>")]
    [InlineData("<a href=\"{{ links.opt_out }}\">No more offers</a>")]
    [InlineData("<a href=\"{{ manage_preferences_url }}\">Choose what we send you</a>")]
    [InlineData("<a href=\"{{ account.preferences_url }}\">Settings</a>")]
    [InlineData("<a href=\"https://northwind.example/unsubscribe?u={{ customer.id }}\">Stop these emails</a>")]
    [InlineData("Don't want these? Reply STOP.")]
    [InlineData("Text STOP to 60123 to opt out.")]
    [InlineData("Opt-out at any time from your account.")]
    [InlineData("Manage your email preferences in the app.")]
    [InlineData("*|UNSUB|*")]
    [InlineData("<%asm_group_unsubscribe_raw_url%>")]
    public void A_marketing_message_with_a_way_out_is_not_reported(string line) =>
        Assert.Empty(Missing(Marketing(Offer + "\n\n" + line)));

    [Fact]
    public void A_liquid_unsubscribe_variable_with_a_filter_counts() =>
        Assert.Empty(Missing(Marketing(Offer + "\n\nUnsubscribe: {{ links.unsubscribe | default: \"https://northwind.example/u\" }}"), TemplateSyntax.Liquid));

    [Fact]
    public void A_markdown_unsubscribe_link_counts() =>
        Assert.Empty(Missing(Marketing(Offer + "\n\n[Unsubscribe]({{ unsubscribe_url }})"), TemplateSyntax.Markdown));

    [Theory]
    [InlineData("transactional")]
    [InlineData("support-reply")]
    [InlineData("appointment")]
    public void Other_kinds_are_not_checked(string kind) =>
        Assert.Empty(Missing($"---\nkind: {kind}\n---\n{Offer}"));

    [Fact]
    public void A_message_with_no_kind_is_not_checked() =>
        Assert.Empty(Missing(Offer));

    [Fact]
    public void The_doc_page_examples_hold() => AssertDocExamples(Id);
}
