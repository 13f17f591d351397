using System.Text;
using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;
using Cx.Templates.Rules.Personalization;

namespace Cx.Templates.Tests.Rules.Personalization;

/// <summary>CX3005 ChannelMismatch: an SMS too long or with markup, an email with no subject, a push of several paragraphs.</summary>
public class ChannelMismatchRuleTests
{
    private static string On(string channel, string body, string? subject = null) =>
        $"---\nkind: transactional\nchannel: {channel}\n{(subject == null ? "" : "subject: " + subject + "\n")}---\n{body}\n";

    private static IReadOnlyList<Diagnostic> Findings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban, CxConfiguration? configuration = null) =>
        SingleRuleLinter.Lint(new ChannelMismatchRule(), text, syntax, configuration);

    /// <summary>Plain GSM-7 words, exactly <paramref name="length"/> characters long.</summary>
    private static string Words(int length)
    {
        var sb = new StringBuilder();
        while (sb.Length < length) sb.Append("parcel ");
        var text = sb.ToString(0, length);
        return text.EndsWith(' ') ? text.Substring(0, length - 1) + "s" : text;
    }

    // --- SMS length ------------------------------------------------------------------------

    [Fact]
    public void An_sms_over_320_characters_is_reported_with_its_segments()
    {
        var d = Assert.Single(Findings(On("sms", Words(330))));
        Assert.Equal("CX3005", d.Id);
        Assert.Equal((5, 1), (d.Start.Line, d.Start.Column));
        Assert.Contains("about 330 characters", d.Message);
        Assert.Contains("3 segments of GSM-7", d.Message);
        Assert.Contains("limit of 320", d.Message);
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Personalization, d.Dimension);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void An_sms_of_exactly_320_characters_is_not_reported() =>
        Assert.Empty(Findings(On("sms", Words(320))));

    [Fact]
    public void Variables_count_at_a_typical_length()
    {
        // 300 + " " + first name (12) + " " + URL (30) = 344.
        var d = Assert.Single(Findings(On("sms", Words(300) + " {{ customer.first_name }} {{ order.tracking_url }}")));
        Assert.Contains("about 344 characters", d.Message);
        Assert.Empty(Findings(On("sms", Words(300))));
    }

    [Fact]
    public void A_date_counts_at_the_length_of_its_format()
    {
        var d = Assert.Single(Findings(On("sms", Words(300) + " {{ appointment.date | date.to_string \"%A %d %B\" }}")));
        Assert.Contains("about 323 characters", d.Message);
        Assert.Empty(Findings(On("sms", Words(300) + " {{ appointment.date | date.to_string \"%d/%m\" }}")));
    }

    [Fact]
    public void A_default_longer_than_the_variable_counts_instead()
    {
        // 291 + " " + the 29-character default = 321; the first name alone (12) would be 304.
        var d = Assert.Single(Findings(On("sms", Words(291) + " {{ customer.first_name ?? \"our valued Northwind customer\" }}")));
        Assert.Contains("about 321 characters", d.Message);
        Assert.Empty(Findings(On("sms", Words(291) + " {{ customer.first_name }}")));
    }

    [Fact]
    public void Only_the_longest_branch_of_an_if_counts()
    {
        Assert.Empty(Findings(On("sms", "{{ if order.late }}" + Words(200) + "{{ else }}" + Words(250) + "{{ end }}")));
        var d = Assert.Single(Findings(On("sms", "{{ if order.late }}" + Words(200) + "{{ else }}" + Words(350) + "{{ end }}")));
        Assert.Contains("about 350 characters", d.Message);
    }

    [Fact]
    public void Only_the_longest_branch_of_a_liquid_case_counts()
    {
        var text = On("sms", "{% case order.status %}{% when 'late' %}" + Words(250) + "{% when 'lost' %}" + Words(300) + "{% else %}" + Words(100) + "{% endcase %}");
        Assert.Empty(Findings(text, TemplateSyntax.Liquid));
    }

    [Fact]
    public void A_configured_max_length_replaces_the_default()
    {
        var config = SingleRuleLinter.Configuration("channels:\n  sms: { max_length: 100 }\n");
        var d = Assert.Single(Findings(On("sms", Words(150)), configuration: config));
        Assert.Contains("limit of 100", d.Message);
    }

    // --- GSM-7 and UCS-2 -------------------------------------------------------------------

    [Fact]
    public void A_curly_apostrophe_that_costs_a_segment_is_reported_on_the_character()
    {
        var d = Assert.Single(Findings(On("sms", "We’re on our way. " + Words(100))));
        Assert.Equal((5, 3), (d.Start.Line, d.Start.Column));
        Assert.Equal((5, 4), (d.End.Line, d.End.Column));
        Assert.Contains("U+2019", d.Message);
        Assert.Contains("2 segments of 70 characters instead of 1 of 160", d.Message);
        Assert.Contains("write `'` instead", d.Message);
    }

    [Fact]
    public void An_emoji_that_costs_a_segment_is_reported_and_has_no_stand_in()
    {
        var d = Assert.Single(Findings(On("sms", Words(100) + " 🎉")));
        Assert.Equal(2, d.End.Column - d.Start.Column);
        Assert.Contains("leave it out", d.Message);
    }

    [Fact]
    public void A_long_ucs2_sms_gets_both_findings()
    {
        var found = Findings(On("sms", "We’re " + Words(330)));
        Assert.Equal(2, found.Count);
        Assert.Contains(found, d => d.Message.Contains("segments of UCS-2"));
        Assert.Contains(found, d => d.Message.Contains("U+2019"));
    }

    [Fact]
    public void A_no_break_space_is_a_character_the_customer_receives()
    {
        var d = Assert.Single(Findings(On("sms", "Total:\u00A0£79. " + Words(100))));
        Assert.Contains("U+00A0", d.Message);
        Assert.Contains("write a plain space instead", d.Message);
    }

    [Theory]
    [InlineData("We’re on our way.")]
    [InlineData("Café open 9–5.")]
    public void A_non_gsm_character_that_costs_nothing_is_not_reported(string sms) =>
        Assert.Empty(Findings(On("sms", sms)));

    [Fact]
    public void Accented_letters_of_the_gsm_alphabet_are_not_reported() =>
        Assert.Empty(Findings(On("sms", "Café Müller: £5 off, é à ñ ü ö. " + Words(100))));

    [Fact]
    public void A_non_gsm_character_in_an_email_is_not_reported() =>
        Assert.Empty(Findings(On("email", "We’re on our way. " + Words(100), subject: "Your delivery")));

    [Theory]
    [InlineData(160, true, 1)]
    [InlineData(161, true, 2)]
    [InlineData(306, true, 2)]
    [InlineData(307, true, 3)]
    [InlineData(70, false, 1)]
    [InlineData(71, false, 2)]
    [InlineData(134, false, 2)]
    [InlineData(135, false, 3)]
    public void Segments_follow_gsm_03_38(int length, bool gsm, int segments) =>
        Assert.Equal(segments, ChannelMismatchRule.Gsm.Segments(new string('a', length), gsm));

    [Fact]
    public void Extension_characters_take_two_septets()
    {
        Assert.Equal(1, ChannelMismatchRule.Gsm.Segments(new string('a', 158) + "€", true));
        Assert.Equal(2, ChannelMismatchRule.Gsm.Segments(new string('a', 159) + "€", true));
    }

    [Theory]
    [InlineData("%A %d %B", 22)]
    [InlineData("%d/%m/%Y", 10)]
    [InlineData("%H:%M", 5)]
    [InlineData("%a %-d %b", 10)]
    public void A_date_format_renders_at_a_known_length(string format, int length) =>
        Assert.Equal(length, ChannelMismatchRule.RenderEstimate.FormatLength(format));

    // --- markup ----------------------------------------------------------------------------

    [Theory]
    [InlineData("Your **parcel** is here.", "Markdown bold", 6, 16)]
    [InlineData("# Delivery\nYour parcel is here.", "Markdown heading", 1, 11)]
    [InlineData("Track it [here](https://nw.example/t).", "Markdown link", 10, 38)]
    [InlineData("Your <b>parcel</b> is here.", "HTML tag", 6, 9)]
    [InlineData("Your&nbsp;parcel is here.", "HTML entity", 5, 11)]
    public void Markup_in_an_sms_is_reported_where_it_stands(string body, string what, int start, int end)
    {
        var d = Assert.Single(Findings(On("sms", body)));
        Assert.Contains(what, d.Message);
        Assert.Equal((5, start, end), (d.Start.Line, d.Start.Column, d.End.Column));
    }

    [Fact]
    public void A_markdown_link_around_a_variable_is_reported_with_its_source()
    {
        var d = Assert.Single(Findings(On("sms", "Track it [here]({{ order.tracking_url }}).")));
        Assert.Contains("[here]({{ order.tracking_url }})", d.Message);
        Assert.Contains("bare URL", d.Message);
    }

    [Fact]
    public void Repeated_markup_of_one_kind_is_one_finding_that_counts_the_rest()
    {
        var d = Assert.Single(Findings(On("sms", "**One** and **two** and **three**.")));
        Assert.Contains("and 2 more", d.Message);
    }

    [Fact]
    public void Markup_in_a_push_notification_is_reported() =>
        Assert.Single(Findings(On("push", "Your **parcel** is here.")));

    [Theory]
    [InlineData("Up to 50% off this weekend only*. *Selected lines.")]
    [InlineData("We're #1 for boilers in the UK.")]
    [InlineData("Use code SAVE_10_NOW at checkout.")]
    [InlineData("Reply STOP to opt out. Terms & conditions at nw.example.")]
    [InlineData("2 < 3 and 5 > 4.")]
    [InlineData("Order [ref 123] is ready.")]
    public void Plain_text_that_looks_like_markup_is_not_reported(string body) =>
        Assert.Empty(Findings(On("sms", body)));

    [Fact]
    public void Markdown_in_an_email_or_chat_is_not_reported()
    {
        Assert.Empty(Findings(On("email", "Your **parcel** is [here](https://nw.example).", subject: "Your parcel"), TemplateSyntax.Markdown));
        Assert.Empty(Findings(On("chat", "Your **parcel** is [here](https://nw.example).")));
    }

    // --- email subject ---------------------------------------------------------------------

    [Fact]
    public void An_email_without_a_subject_is_reported_on_its_first_line()
    {
        var d = Assert.Single(Findings(On("email", "Hi {{ customer.first_name }},\n\nYour parcel is here.")));
        Assert.Equal((5, 1), (d.Start.Line, d.Start.Column));
        Assert.Contains("subject", d.Message);
    }

    [Fact]
    public void An_email_with_an_empty_subject_is_reported() =>
        Assert.Single(Findings(On("email", "Your parcel is here.", subject: "\"\"")));

    [Fact]
    public void An_email_with_a_subject_is_not_reported() =>
        Assert.Empty(Findings(On("email", "Your parcel is here.", subject: "Your parcel arrives today")));

    [Fact]
    public void A_subject_in_an_sms_is_not_required() =>
        Assert.Empty(Findings(On("sms", "Your parcel is here.")));

    // --- push paragraphs -------------------------------------------------------------------

    [Fact]
    public void A_push_of_two_paragraphs_is_reported_on_the_second()
    {
        var d = Assert.Single(Findings(On("push", "Your parcel is here.\n\nOpen the app to rate your driver.")));
        Assert.Equal((7, 1), (d.Start.Line, d.Start.Column));
        Assert.Contains("2 paragraphs", d.Message);
    }

    [Fact]
    public void A_push_of_one_paragraph_is_not_reported() =>
        Assert.Empty(Findings(On("push", "Your parcel is here. Open the app to rate your driver.")));

    [Fact]
    public void Paragraphs_in_an_sms_are_not_reported() =>
        Assert.Empty(Findings(On("sms", "Your parcel is here.\n\nReply STOP to opt out.")));

    [Fact]
    public void A_push_over_178_characters_is_reported_without_segments()
    {
        var d = Assert.Single(Findings(On("push", Words(200))));
        Assert.Contains("push notification comes to about 200 characters", d.Message);
        Assert.DoesNotContain("segment", d.Message);
    }

    // --- where it does not apply -----------------------------------------------------------

    [Fact]
    public void A_message_with_no_channel_is_not_checked() =>
        Assert.Empty(Findings("Your **parcel** is here. " + Words(400)));

    [Fact]
    public void Letters_and_phone_scripts_have_no_checks() =>
        Assert.Empty(Findings(On("letter", "Your **parcel** is here. " + Words(2000))));

    [Fact]
    public void The_doc_page_examples_hold() => SingleRuleLinter.AssertDocExamples(new ChannelMismatchRule());
}
