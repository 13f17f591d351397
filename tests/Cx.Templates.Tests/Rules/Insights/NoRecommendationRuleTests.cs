using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Insights;

/// <summary>CX5002 NoRecommendation: a message of a kind that should advise, with no specific recommendation.</summary>
public class NoRecommendationRuleTests
{
    private const string Id = "CX5002";

    private static string Message(string kind, string body) =>
        $"---\nkind: {kind}\nchannel: email\n---\nHi {{{{ customer.first_name }}}},\n\n{body}\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Findings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax == TemplateSyntax.Markdown ? "t.md" : syntax == TemplateSyntax.Liquid ? "t.liquid" : "t.sbn"), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void A_support_reply_without_advice_is_reported_on_its_opening_line()
    {
        var d = Assert.Single(Findings(Message("support-reply", "Your boiler pressure is low. Please find the manual attached.")));
        Assert.Equal((5, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((5, 30), (d.End.Line, d.End.Column));
        Assert.Contains("support-reply", d.Message);
        Assert.Contains("recommend", d.Message);
    }

    [Theory]
    [InlineData("support-reply")]
    [InlineData("proposal")]
    [InlineData("follow-up")]
    [InlineData("complaint-response")]
    public void Every_kind_that_should_advise_is_checked(string kind) =>
        Assert.Single(Findings(Message(kind, "Your three quotes are attached.")));

    [Fact]
    public void Listing_options_and_asking_the_customer_to_choose_is_not_a_recommendation() =>
        Assert.Single(Findings(Message("proposal", "- Option A: {{ quote.a }}\n- Option B: {{ quote.b }}\n\nPlease choose the option that best suits your needs.")));

    [Fact]
    public void A_survey_question_does_not_count_as_a_recommendation() =>
        Assert.Single(Findings(Message("follow-up", "How likely are you to recommend us to a friend?")));

    [Fact]
    public void A_quoted_review_does_not_count_as_a_recommendation() =>
        Assert.Single(Findings(Message("proposal", "One customer wrote \"I recommend Oakline to everyone\". Your quote is attached.")));

    [Fact]
    public void A_recommendation_in_a_markdown_code_span_does_not_count() =>
        Assert.Single(Findings(Message("support-reply", "Search the help centre for `I recommend` to see our tips."), TemplateSyntax.Markdown));

    [Fact]
    public void A_recommendation_in_a_variable_name_does_not_count() =>
        Assert.Single(Findings(Message("support-reply", "{{ i_recommend_block }}")));

    [Fact]
    public void Past_advice_from_someone_else_does_not_count() =>
        Assert.Single(Findings(Message("follow-up", "Your engineer recommended a filter last year.")));

    // --- near misses it must not report ----------------------------------------------------

    [Fact]
    public void A_specific_recommendation_clears_it() =>
        Assert.Empty(Findings(Message("proposal", "I recommend Option B, because quartz won't stain near the sink.")));

    [Theory]
    [InlineData("I'd recommend Option B, because it never needs oiling.")]
    [InlineData("I’d suggest the annual plan, since you travel most months.")]
    [InlineData("WE STRONGLY RECOMMEND THE ANNUAL PLAN BECAUSE IT IS CHEAPER.")]
    [InlineData("My advice is to keep the old boiler until spring, because prices drop then.")]
    [InlineData("The best option for you is the combi boiler, because your home has one bathroom.")]
    [InlineData("If I were you, I'd book the service now, because spring slots fill fast.")]
    [InlineData("I would go with Option B, because it lasts longest.")]
    public void Any_way_of_making_a_recommendation_clears_it(string sentence) =>
        Assert.Empty(Findings(Message("support-reply", sentence)));

    [Fact]
    public void A_recommendation_split_over_two_lines_clears_it() =>
        Assert.Empty(Findings(Message("support-reply", "For your home I\nrecommend the 30 kW combi, because you have two bathrooms.")));

    [Theory]
    [InlineData("transactional")]
    [InlineData("appointment")]
    [InlineData("marketing")]
    public void Kinds_that_do_not_advise_are_not_checked(string kind) =>
        Assert.Empty(Findings(Message(kind, "Your order is on its way.")));

    [Fact]
    public void A_message_without_a_kind_is_not_checked() =>
        Assert.Empty(Findings("Hi {{ customer.first_name }},\n\nYour boiler pressure is low.\n"));

    [Fact]
    public void A_recommendation_inside_a_liquid_branch_counts() =>
        Assert.Empty(Findings(Message("support-reply", "{% if customer.boiler_age_years > 10 %}I recommend a new boiler, because yours is past its service life.{% else %}I recommend a yearly service, because it keeps your warranty valid.{% endif %}"), TemplateSyntax.Liquid));

    [Fact]
    public void A_template_with_front_matter_but_no_text_is_not_checked() =>
        Assert.Empty(Findings("---\nkind: support-reply\nchannel: email\n---\n"));
}
