using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Insights;

/// <summary>CX5003 RecommendationWithoutReason: advice must say why it is best for the customer.</summary>
public class RecommendationWithoutReasonRuleTests
{
    private const string Id = "CX5003";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Findings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax == TemplateSyntax.Markdown ? "t.md" : syntax == TemplateSyntax.Liquid ? "t.liquid" : "t.sbn"), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void A_recommendation_with_no_reason_is_reported_at_the_recommending_words()
    {
        var d = Assert.Single(Findings(Greeting + "Thanks for your question. I recommend upgrading to the Business plan.\n\nLet me know if you'd like me to switch your account over."));
        Assert.Equal((3, 27), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 38), (d.End.Line, d.End.Column));
        Assert.Contains("reason", d.Message);
    }

    [Fact]
    public void A_reason_three_sentences_later_is_too_far_away()
    {
        var d = Assert.Single(Findings(Greeting + "I recommend the annual plan. Your renewal is due in May. We have a new app. That way you pay less."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void A_contracted_recommendation_without_a_reason_is_reported() =>
        Assert.Single(Findings(Greeting + "I’d recommend the Pro plan."));

    [Fact]
    public void Since_as_a_time_is_not_a_reason() =>
        Assert.Single(Findings(Greeting + "I recommend the Pro plan. You have been with us since 2019."));

    [Fact]
    public void Only_the_recommendation_without_a_reason_is_reported()
    {
        var d = Assert.Single(Findings(Greeting + "I recommend the garage for the inverter, because it stays cooler.\n\nWe also suggest a new fuse board.\n\nThanks for choosing us."));
        Assert.Equal((5, 1), (d.Start.Line, d.Start.Column));
    }

    [Fact]
    public void A_recommendation_in_a_liquid_template_is_checked() =>
        Assert.Single(Findings("Hi {{ customer.first_name | default: \"there\" }},\n{% if quote.options.size > 1 %}My recommendation is Option B.{% endif %}\n", TemplateSyntax.Liquid));

    // --- near misses it must not report ----------------------------------------------------

    [Fact]
    public void A_reason_in_the_same_sentence_clears_it() =>
        Assert.Empty(Findings(Greeting + "I recommend the garage, because it stays cooler in summer."));

    [Fact]
    public void A_reason_in_the_next_sentence_clears_it() =>
        Assert.Empty(Findings(Greeting + "I recommend the annual plan. That way you pay for ten months, not twelve."));

    [Fact]
    public void A_reason_before_the_recommendation_clears_it() =>
        Assert.Empty(Findings(Greeting + "Because you cook most evenings, I recommend quartz worktops."));

    [Fact]
    public void A_reason_on_the_next_line_of_the_same_sentence_clears_it() =>
        Assert.Empty(Findings(Greeting + "I recommend the garage\nbecause it stays cooler in summer."));

    [Theory]
    [InlineData("I recommend the annual plan, so that your price is fixed for a year.")]
    [InlineData("I suggest the combi boiler, which will save you about £120 a year.")]
    [InlineData("We recommend booking now. This means you keep your {{ quote.price }} price.")]
    [InlineData("I'd suggest it since you travel most months.")]
    [InlineData("I recommend the filter to avoid sludge building up.")]
    public void Other_ways_of_giving_a_reason_clear_it(string sentence) =>
        Assert.Empty(Findings(Greeting + sentence));

    [Fact]
    public void A_survey_question_is_not_a_recommendation() =>
        Assert.Empty(Findings(Greeting + "How likely are you to recommend us to a friend?"));

    [Fact]
    public void A_quoted_review_is_not_a_recommendation() =>
        Assert.Empty(Findings(Greeting + "One customer wrote \"I recommend Oakline to everyone\" last week."));

    [Fact]
    public void A_recommendation_in_a_markdown_code_span_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "Search the help centre for `I recommend` to see our tips.", TemplateSyntax.Markdown));

    [Fact]
    public void A_recommendation_in_a_variable_name_is_not_reported() =>
        Assert.Empty(Findings(Greeting + "{{ i_recommend_block }}"));

    [Fact]
    public void Someone_elses_past_advice_is_not_a_recommendation() =>
        Assert.Empty(Findings(Greeting + "Your engineer recommended a filter last year."));

    [Fact]
    public void A_message_with_no_recommendation_at_all_is_left_to_CX5002() =>
        Assert.Empty(Findings("---\nkind: support-reply\n---\n" + Greeting + "Your manual is attached."));
}
