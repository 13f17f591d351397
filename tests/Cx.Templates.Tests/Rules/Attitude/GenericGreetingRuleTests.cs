using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.RuleTestHelper;

namespace Cx.Templates.Tests.Rules.Attitude;

/// <summary>CX1001 GenericGreeting: "Dear Customer", "Hello there", a bare "Hi,": the customer is a job number.</summary>
public class GenericGreetingRuleTests
{
    private const string Id = "CX1001";
    private const string Body = "\n\nYour order {{ order.number }} has shipped.";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Greetings(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Only(Lint(text, syntax, syntax == TemplateSyntax.Markdown ? "t.md" : syntax == TemplateSyntax.Liquid ? "t.liquid" : "t.sbn"), Id);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void Dear_Customer_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Greetings("Dear Customer," + Body));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 14), (d.End.Line, d.End.Column));
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Attitude, d.Dimension);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_greeting_and_suggests_a_name_with_a_fallback()
    {
        var d = Assert.Single(Greetings("Dear valued customer," + Body));
        Assert.Contains("Dear valued customer", d.Message);
        Assert.Contains("customer.first_name ?? \"there\"", d.Message);
    }

    [Theory]
    [InlineData("Dear Customer,")]
    [InlineData("DEAR VALUED CUSTOMER,")]
    [InlineData("Dear loyal customers,")]
    [InlineData("To whom it may concern,")]
    [InlineData("Hello there!")]
    [InlineData("Hi all,")]
    [InlineData("Good morning, valued customer!")]
    [InlineData("Hi,")]
    [InlineData("Hello.")]
    public void A_greeting_that_could_go_to_anyone_is_reported(string greeting) =>
        Assert.Single(Greetings(greeting + Body));

    [Fact]
    public void Dear_Sir_slash_Madam_is_underlined_as_a_whole()
    {
        var d = Assert.Single(Greetings("Dear Sir/Madam," + Body));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 15), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void Dear_Sir_or_Madam_is_underlined_as_a_whole()
    {
        var d = Assert.Single(Greetings("Dear Sir or Madam," + Body));
        Assert.Equal((1, 18), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_bare_hi_followed_by_the_message_on_the_same_line_is_reported_at_the_hi()
    {
        var d = Assert.Single(Greetings("Hi, your order {{ order.number }} has shipped."));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 4), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_greeting_broken_over_two_lines_is_reported_from_its_first_word_to_its_last()
    {
        var d = Assert.Single(Greetings("Dear\nCustomer," + Body));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((2, 9), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_brand_variable_inside_the_greeting_is_not_a_name()
    {
        var d = Assert.Single(Greetings("Dear {{ company.name }} customer," + Body));
        Assert.Equal((1, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 33), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_greeting_after_yaml_front_matter_is_reported_on_its_own_line()
    {
        var d = Assert.Single(Greetings("---\nkind: support-reply\nchannel: email\n---\nDear Customer," + Body));
        Assert.Equal((5, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((5, 14), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_greeting_in_a_crlf_file_with_front_matter_is_reported_at_editor_positions()
    {
        var d = Assert.Single(Greetings("---\r\nkind: support-reply\r\nsubject: Your boiler\r\n---\r\n\r\nHello there,\r\n\r\nYour order {{ order.number }} has shipped.\r\n"));
        Assert.Equal((6, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((6, 12), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_greeting_in_a_liquid_template_is_reported() =>
        Assert.Single(Greetings("Dear valued customer,\n\nYour order {{ order.number | upcase }} has shipped.", TemplateSyntax.Liquid));

    [Fact]
    public void A_greeting_in_markdown_bold_is_reported_at_the_words_not_the_asterisks()
    {
        var d = Assert.Single(Greetings("**Dear Customer,**" + Body, TemplateSyntax.Markdown));
        Assert.Equal((1, 3), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 16), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_generic_greeting_in_an_else_branch_is_reported_on_its_own_line()
    {
        var d = Assert.Single(Greetings(
            "{% if customer.first_name %}\nHi {{ customer.first_name }},\n{% else %}\nHi there,\n{% endif %}\n\nYour order has shipped.",
            TemplateSyntax.Liquid));
        Assert.Equal((4, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((4, 9), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_greeting_under_a_brand_line_is_still_the_greeting()
    {
        var d = Assert.Single(Greetings("Northwind Home\n\nDear Customer," + Body));
        Assert.Equal(3, d.Start.Line);
    }

    // --- what it does not report -------------------------------------------------------------

    [Theory]
    [InlineData("Hi {{ customer.first_name ?? \"there\" }},")]
    [InlineData("Hi {{ customer.first_name }}, thanks for your order.")]
    [InlineData("Hi, {{ customer.first_name }}.")]
    [InlineData("Dear {{ customer.title }} {{ customer.last_name }},")]
    [InlineData("Good afternoon {{ recipient.name }}!")]
    [InlineData("Hello\n{{ customer.first_name }},")]
    [InlineData("Hi there {{ customer.first_name }},")]
    [InlineData("Hi there, {{ customer.first_name }}!")]
    [InlineData("Hello and welcome, {{ customer.first_name }}!")]
    [InlineData("Good morning {{ customer.first_name }},")]
    [InlineData("Dear {{ customer.first_name }},")]
    [InlineData("Welcome to Northwind Home, {{ customer.first_name }}!")]
    [InlineData("Hi {{ customer.first_name }}, thanks for being a loyal customer.")]
    public void A_greeting_that_names_the_customer_is_not_reported(string greeting) =>
        Assert.Empty(Greetings(greeting + Body));

    [Theory]
    [InlineData("Hi {{ customer.first_name | default: \"there\" }},")]
    [InlineData("Hello {{ customer.first_name | default: \"friend\" }},")]
    public void A_liquid_default_still_names_the_customer(string greeting) =>
        Assert.Empty(Greetings(greeting + "\n\nYour order has shipped.", TemplateSyntax.Liquid));

    [Fact]
    public void The_word_customer_later_in_the_message_is_not_a_greeting() =>
        Assert.Empty(Greetings("Hi {{ customer.first_name }},\n\nThanks for being a customer since 2019. Dear customer service is rare."));

    [Fact]
    public void A_greeting_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Greetings("\"Dear Customer,\" is how our letters used to start, {{ customer.first_name }}. Not any more."));

    [Fact]
    public void A_greeting_in_curly_quotes_is_quoted_not_said() =>
        Assert.Empty(Greetings("“Dear Customer,” is how our letters used to start, {{ customer.first_name }}. Not any more."));

    [Fact]
    public void A_greeting_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Greetings("`Dear Customer,` is how our letters used to start, {{ customer.first_name }}.", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_named_like_a_greeting_is_not_prose() =>
        Assert.Empty(Greetings("{{ dear_customer_banner }}\nHi {{ customer.first_name }},\n\nYour order has shipped."));

    [Fact]
    public void A_greeting_inside_an_html_attribute_is_not_prose() =>
        Assert.Empty(Greetings("<p title=\"Dear Customer\">Hi {{ customer.first_name }},</p>\n<p>Your order has shipped.</p>"));

    [Fact]
    public void A_line_further_down_that_starts_like_a_greeting_is_not_the_greeting() =>
        Assert.Empty(Greetings("Hi {{ customer.first_name }},\n\nYour engineer will ring the bell and say:\n\nHello there, I'm from Northwind Home.\n\nDear customers who ordered before May: your discount is applied."));

    [Fact]
    public void A_greeting_mid_sentence_is_not_a_greeting() =>
        Assert.Empty(Greetings("Hi {{ customer.first_name }}, we write to our dear customers every spring."));

    [Fact]
    public void A_greeting_with_a_non_person_variable_is_left_to_CX1002()
    {
        var diagnostics = Lint("Hello {{ company.name }},\n\nYour order has shipped.");
        Assert.Empty(Only(diagnostics, Id));
        Assert.Single(Only(diagnostics, "CX1002"));
    }
}
