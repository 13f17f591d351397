using Cx.Templates.Model;
using Cx.Templates.Tests.Rules;
using static Cx.Templates.Tests.Rules.AllRulesLinter;

namespace Cx.Templates.Tests.Rules.Friction;

/// <summary>CX6005 DepartmentShuffle: "Don't shuffle customers around from department to department" (seeds/001).</summary>
public class DepartmentShuffleRuleTests
{
    private const string Id = "CX6005";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Shuffles(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Findings(Id, text, syntax);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void Sending_the_customer_to_billing_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Shuffles(Greeting + "Thanks for your email. Please contact our billing department about the refund."));
        Assert.Equal((3, 24), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 61), (d.End.Line, d.End.Column));
        Assert.Equal(Level.Bad, d.Level);
        Assert.Equal(Dimension.Friction, d.Dimension);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_words_and_says_what_to_do_instead()
    {
        var d = Assert.Single(Shuffles(Greeting + "Please call the other number."));
        Assert.Contains("Please call the other number", d.Message);
        Assert.Contains("contact them yourself", d.Message);
    }

    [Theory]
    [InlineData("You will need to contact another team.")]
    [InlineData("You'll need to contact another team.")]
    [InlineData("Please reach out to the relevant department.")]
    [InlineData("Call the other number for repairs.")]
    [InlineData("This is handled by a different team.")]
    [InlineData("Please contact the manufacturer directly.")]
    [InlineData("You'll need to speak to the retailer.")]
    [InlineData("Repairs are dealt with elsewhere.")]
    [InlineData("Please direct your query to our returns team.")]
    [InlineData("I'll transfer you to our billing team.")]
    [InlineData("Don't hesitate to contact our accounts department.")]
    [InlineData("You can email our sales team at sales@northwind.example.")]
    [InlineData("Please get in touch with the warranty desk.")]
    [InlineData("Contact a different department for refunds.")]
    [InlineData("Your complaint is handled by the relevant team.")]
    public void Other_ways_of_sending_the_customer_elsewhere_are_reported(string sentence) =>
        Assert.Single(Shuffles(Greeting + sentence));

    [Fact]
    public void Another_team_is_this_rule_s_and_no_longer_CX1004_s()
    {
        var diagnostics = Lint(Greeting + "You will need to contact another team.");
        Assert.Single(diagnostics, d => d.Id == Id);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CX1004");
    }

    [Fact]
    public void A_shuffle_broken_over_two_lines_is_reported_from_its_first_word_to_its_last()
    {
        var d = Assert.Single(Shuffles(Greeting + "You will need to\ncontact another team."));
        Assert.Equal((3, 1), (d.Start.Line, d.Start.Column));
        Assert.Equal((4, 21), (d.End.Line, d.End.Column));
    }

    [Fact]
    public void A_shuffle_with_a_variable_inside_it_is_reported() =>
        Assert.Single(Shuffles(Greeting + "Please contact our {{ region.name }} billing team."));

    [Fact]
    public void A_shuffle_inside_a_liquid_condition_is_reported() =>
        Assert.Single(Shuffles("Hi {{ customer.first_name }}, {% if order.faulty %}please contact the manufacturer.{% endif %}", TemplateSyntax.Liquid));

    [Fact]
    public void A_shuffle_in_markdown_bold_is_reported_at_the_words()
    {
        var d = Assert.Single(Shuffles(Greeting + "**Call the other number.**", TemplateSyntax.Markdown));
        Assert.Equal((3, 3), (d.Start.Line, d.Start.Column));
    }

    // --- near misses it must not report ----------------------------------------------------

    [Theory]
    [InlineData("I've contacted our billing team and they've refunded you.")]
    [InlineData("I'll contact the manufacturer for you today.")]
    [InlineData("We've asked our returns team to collect it on Friday.")]
    [InlineData("I have already spoken to our billing department.")]
    [InlineData("You don't need to contact another team: I've done it for you.")]
    [InlineData("There's no need to call the manufacturer.")]
    [InlineData("If anything is wrong, contact our customer care team on 0808 157 0192.")]
    [InlineData("Call our support team on 0808 157 0192.")]
    [InlineData("Our billing team will email you by 3pm.")]
    [InlineData("You will need to contact your bank if the refund doesn't show by Friday.")]
    [InlineData("Your request will be handled by the relevant team.")]
    [InlineData("The courier will call the number on your order.")]
    [InlineData("Call us on the number below.")]
    [InlineData("I'll forward your query to our billing team and call you at 4pm.")]
    public void The_writer_acting_or_the_one_stop_team_is_not_a_shuffle(string sentence) =>
        Assert.Empty(Shuffles(Greeting + sentence));

    [Fact]
    public void A_shuffle_in_double_quotes_is_quoted_not_said() =>
        Assert.Empty(Shuffles(Greeting + "You were told to \"call the other number\", and I'm sorry: I've sorted it myself."));

    [Fact]
    public void A_shuffle_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Shuffles(Greeting + "We retired the `contact our billing department` macro.", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_named_like_a_shuffle_is_not_prose() =>
        Assert.Empty(Shuffles(Greeting + "{{ contact_the_manufacturer_link }} {{ billing_department.phone }}"));

    [Fact]
    public void A_shuffle_in_a_hidden_html_attribute_is_not_prose() =>
        Assert.Empty(Shuffles(Greeting + "<a data-tracking=\"Call the other number\" href=\"{{ links.help }}\">Get help</a>"));

    [Fact]
    public void The_doc_page_examples_hold() => AssertDocExamples(Id);
}
