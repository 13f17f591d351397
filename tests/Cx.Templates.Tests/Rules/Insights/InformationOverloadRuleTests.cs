using System.Text;
using Cx.Templates.Model;
using Cx.Templates.Rules;
using Cx.Templates.Rules.Insights;

namespace Cx.Templates.Tests.Rules.Insights;

/// <summary>CX5005 InformationOverload: too many questions at once, too many words for the channel, too hard to read.</summary>
public class InformationOverloadRuleTests
{
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static string On(string channel, string body) =>
        $"---\nkind: support-reply\nchannel: {channel}\nsubject: Your boiler\n---\n{Greeting}{body}\n";

    private static IReadOnlyList<Diagnostic> Findings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        SingleRuleLinter.Lint(new InformationOverloadRule(), text, syntax);

    /// <summary>Short, plain sentences: <paramref name="words"/> words in all, five to a sentence.</summary>
    private static string Plain(int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            sb.Append(i % 5 == 4 ? "fix. " : "we ");
        }
        return sb.ToString().TrimEnd();
    }

    // --- questions -------------------------------------------------------------------------

    [Fact]
    public void A_fourth_question_is_reported_where_it_is_asked()
    {
        var d = Assert.Single(Findings(Greeting + "What is the pressure? How often do you top it up? Is there water under it? When was it serviced?"));
        Assert.Equal("CX5005", d.Id);
        Assert.Equal((3, 76), (d.Start.Line, d.Start.Column));
        Assert.Contains("asks 4 questions at once", d.Message);
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Insights, d.Dimension);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void Questions_in_separate_paragraphs_and_list_items_all_count()
    {
        var text = Greeting + "A few questions:\n\n1. What does the gauge show right now?\n2. How often do you top it up?\n3. Is there water under the boiler?\n\nAnd when was it last serviced by us?";
        Assert.Single(Findings(text));
    }

    [Fact]
    public void Three_questions_are_not_too_many() =>
        Assert.Empty(Findings(Greeting + "What is the pressure? How often do you top it up? Is there water under it?"));

    [Theory]
    [InlineData("Can't make it? You can choose a new slot.")]
    [InlineData("Questions? Reply to this email.")]
    [InlineData("Need help? Call us.")]
    public void A_short_lead_in_answered_straight_away_is_not_a_question(string signpost) =>
        Assert.Empty(Findings(Greeting + "What is the pressure? How often do you top it up? Is there water under it?\n\n" + signpost));

    [Fact]
    public void A_short_question_that_is_not_answered_still_counts() =>
        Assert.Single(Findings(Greeting + "What is the pressure? How often do you top it up? Is there water under it?\n\nIs it leaking?"));

    private const string Asked = "What is the pressure? How often do you top it up? Is there water under it?\n\n";

    [Theory]
    [InlineData("**How long do refunds take?**\nRefunds take two days.", TemplateSyntax.Markdown)]
    [InlineData("## Do you ship abroad?\n\nWe ship to 40 countries.", TemplateSyntax.Markdown)]
    [InlineData("<h3>Do you ship abroad?</h3>\n<p>We ship to 40 countries.</p>", TemplateSyntax.Scriban)]
    [InlineData("Q: Do you ship abroad?\nA: We ship to 40 countries.", TemplateSyntax.Scriban)]
    [InlineData("How do I reset my password? Use the link on the sign-in page.", TemplateSyntax.Scriban)]
    public void A_question_the_customer_might_ask_answered_as_an_faq_is_not_asked_of_them(string faq, TemplateSyntax syntax) =>
        Assert.Empty(Findings(Greeting + Asked + faq, syntax));

    [Fact]
    public void A_question_in_bold_inside_a_paragraph_still_counts() =>
        Assert.Single(Findings(Greeting + Asked + "Thanks. **Do you have a photo of it?** That would help.", TemplateSyntax.Markdown));

    [Theory]
    [InlineData("Can I ask when you last had it serviced?")]
    [InlineData("Shall I go ahead and order the part?")]
    [InlineData("Can I check the serial number on the label?")]
    public void The_writers_own_first_person_question_still_counts(string question) =>
        Assert.Single(Findings(Greeting + Asked + question));

    [Fact]
    public void A_quoted_question_is_not_asked() =>
        Assert.Empty(Findings(Greeting + "What is the pressure? How often do you top it up? Is there water under it? You asked \"is it safe to use?\"\n\nIt is."));

    [Fact]
    public void A_question_mark_in_a_url_is_not_a_question() =>
        Assert.Empty(Findings(Greeting + "What is the pressure? How often do you top it up? Is it dripping? See https://nw.example/help?topic=pressure for more."));

    // --- words -----------------------------------------------------------------------------

    [Fact]
    public void An_sms_over_60_words_is_reported_on_its_first_line()
    {
        var d = Assert.Single(Findings(On("sms", Plain(60))));
        Assert.Equal((6, 1), (d.Start.Line, d.Start.Column));
        Assert.Contains("has 62 words", d.Message);
        Assert.Contains("60", d.Message);
    }

    [Fact]
    public void An_sms_of_60_words_is_not_reported() =>
        Assert.Empty(Findings(On("sms", Plain(58))));

    [Theory]
    [InlineData("push", 24, 25)]
    [InlineData("chat", 159, 160)]
    [InlineData("email", 399, 400)]
    public void Each_channel_has_its_word_budget(string channel, int within, int over)
    {
        // The greeting adds two words.
        Assert.Empty(Findings(On(channel, Plain(within - 2))));
        Assert.Single(Findings(On(channel, Plain(over - 1))), d => d.Message.Contains("words"));
    }

    [Fact]
    public void A_variable_counts_as_one_word()
    {
        // 2 (greeting) + 5 variables + 4 words + 14 words = 25, the push budget.
        var body = "{{ order.item_name }} arrives {{ delivery.date }} between {{ delivery.window }} with {{ driver.first_name }} and {{ driver.van }}. " + Plain(14);
        Assert.Empty(Findings(On("push", body)));
        Assert.Single(Findings(On("push", body + " now")));
    }

    [Fact]
    public void Urls_and_markup_are_not_words() =>
        Assert.Empty(Findings(On("sms", Plain(58) + " <b>https://nw.example/track/this/is/a/long/link</b>")));

    [Theory]
    [InlineData("letter")]
    [InlineData("phone-script")]
    public void Letters_and_phone_scripts_have_no_word_budget(string channel) =>
        Assert.Empty(Findings(On(channel, Plain(1000))));

    [Fact]
    public void A_message_with_no_channel_has_no_word_budget() =>
        Assert.Empty(Findings(Greeting + Plain(1000)));

    // --- reading grade ---------------------------------------------------------------------

    private const string Dense =
        "Notwithstanding the aforementioned considerations regarding the operational characteristics of your installation, " +
        "our engineering department has determined that the intermittent pressure irregularities you experienced are attributable " +
        "to a deteriorating expansion vessel diaphragm, necessitating comprehensive replacement alongside recalibration of associated " +
        "safety instrumentation. Consequently, remediation activities will require temporary isolation of the heating circuit, " +
        "and additional investigative procedures may subsequently be recommended should anomalous behaviour persist following " +
        "completion of the aforementioned interventions. Furthermore, documentation confirming regulatory compliance will " +
        "accompany the subsequent correspondence, alongside information concerning manufacturer warranty entitlements. " +
        "Should you require clarification concerning any aspect of the proposed remediation programme, our customer operations " +
        "representatives remain available throughout standard business hours.";

    [Fact]
    public void A_message_above_grade_10_is_reported_on_its_longest_sentence()
    {
        var d = Assert.Single(Findings(Greeting + Dense));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Matches(@"reads at grade \d+\.\d", d.Message);
        Assert.Contains("this one has 40 words", d.Message);
    }

    [Fact]
    public void A_plain_message_of_100_words_is_not_reported() =>
        Assert.Empty(Findings(Greeting + Plain(120)));

    [Fact]
    public void A_short_dense_message_is_not_graded() =>
        Assert.Empty(Findings(Greeting + "Notwithstanding the aforementioned considerations regarding the operational characteristics of your installation, our engineering department has determined that the intermittent pressure irregularities are attributable to a deteriorating expansion vessel diaphragm."));

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("boiler", 2)]
    [InlineData("service", 2)]
    [InlineData("appointment", 3)]
    [InlineData("available", 4)]
    [InlineData("fixed", 1)]
    [InlineData("wanted", 2)]
    [InlineData("the", 1)]
    [InlineData("don't", 1)]
    [InlineData("2024", 0)]
    public void Syllables_are_counted_by_vowel_groups(string word, int syllables) =>
        Assert.Equal(syllables, InformationOverloadRule.Syllables(word));

    [Fact]
    public void The_grade_is_flesch_kincaid() =>
        Assert.Equal(0.39 * 20 + 11.8 * 1.5 - 15.59, InformationOverloadRule.FleschKincaidGrade(20, 1.5), 6);

    [Fact]
    public void The_doc_page_examples_hold() => SingleRuleLinter.AssertDocExamples(new InformationOverloadRule());
}
