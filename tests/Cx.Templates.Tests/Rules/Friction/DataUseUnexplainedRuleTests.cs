using Cx.Templates.Model;
using Cx.Templates.Tests.Rules;
using static Cx.Templates.Tests.Rules.AllRulesLinter;

namespace Cx.Templates.Tests.Rules.Friction;

/// <summary>CX6004 DataUseUnexplained: personal data asked for with no word on what it is for (seeds/001).</summary>
public class DataUseUnexplainedRuleTests
{
    private const string Id = "CX6004";
    private const string Greeting = "Hi {{ customer.first_name }},\n\n";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Asks(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Findings(Id, text, syntax);

    // --- what it reports -------------------------------------------------------------------

    [Fact]
    public void A_request_with_no_purpose_is_reported_at_its_exact_position()
    {
        var d = Assert.Single(Asks(Greeting + "Thanks for your order. Please send us your date of birth."));
        Assert.Equal((3, 24), (d.Start.Line, d.Start.Column));
        Assert.Equal((3, 57), (d.End.Line, d.End.Column));
        Assert.Equal(Level.MiddleOfTheRoad, d.Level);
        Assert.Equal(Dimension.Friction, d.Dimension);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void The_message_quotes_the_request_and_says_what_to_add()
    {
        var d = Assert.Single(Asks(Greeting + "Please send us your date of birth."));
        Assert.Contains("Please send us your date of birth", d.Message);
        Assert.Contains("what you will use it for", d.Message);
    }

    [Theory]
    [InlineData("Reply with your home address.")]
    [InlineData("Please upload a photo of your passport.")]
    [InlineData("What is your date of birth?")]
    [InlineData("We'll need your bank details.")]
    [InlineData("Please provide proof of address.")]
    [InlineData("Please send a copy of your driving licence.")]
    [InlineData("Please confirm your annual income.")]
    [InlineData("Reply with your mobile number.")]
    [InlineData("Can you tell me your date of birth?")]
    [InlineData("Please attach your last three payslips.")]
    [InlineData("Send a selfie of you holding your ID.")]
    [InlineData("Please bring photo ID.")]
    [InlineData("Call us and quote your full address and postcode.")]
    [InlineData("Please enter your national insurance number.")]
    public void Other_requests_for_personal_data_are_reported(string sentence) =>
        Assert.Single(Asks(Greeting + sentence));

    [Fact]
    public void A_request_in_capitals_with_a_curly_apostrophe_is_reported() =>
        Assert.Single(Asks(Greeting + "WE’LL NEED YOUR DATE OF BIRTH."));

    [Fact]
    public void A_request_inside_a_liquid_condition_is_reported() =>
        Assert.Single(Asks("Hi {{ customer.first_name }}, {% if claim.new %}please upload a photo of your passport.{% endif %}", TemplateSyntax.Liquid));

    [Fact]
    public void A_purpose_two_sentences_away_does_not_count() =>
        Assert.Single(Asks(Greeting + "Please send your date of birth. Your order is packed. It leaves today. We use it to check your age."));

    [Fact]
    public void A_request_cx6001_reports_is_left_to_it()
    {
        var diagnostics = Lint(Greeting + "Please reply with your phone number.\n\nWe'll call {{ customer.phone }} tomorrow at 9am.");
        Assert.DoesNotContain(diagnostics, d => d.Id == Id);
        Assert.Single(diagnostics, d => d.Id == "CX6001");
    }

    [Fact]
    public void A_request_for_other_data_next_to_a_known_number_is_still_reported()
    {
        var diagnostics = Lint(Greeting + "Call us on 0808 157 0192 and quote your order number and date of birth.\n\nYour order {{ order.number }} is on hold.");
        Assert.Single(diagnostics, d => d.Id == Id);
    }

    // --- near misses it must not report ----------------------------------------------------

    [Theory]
    [InlineData("Please reply with your mobile number so the engineer can text you when they're 30 minutes away.")]
    [InlineData("To confirm it's you, please send your date of birth.")]
    [InlineData("Please send your date of birth. We only use it to confirm it's you.")]
    [InlineData("We need to check your age for this policy. Please send your date of birth.")]
    [InlineData("Please upload a photo of your passport for identity checks.")]
    [InlineData("Please provide proof of address, because the law requires it for new accounts.")]
    [InlineData("Please send your bank details and we'll use them to refund you.")]
    [InlineData("Please send your income details. We will never share them.")]
    [InlineData("Please confirm your date of birth; we delete it after the check.")]
    public void A_request_that_says_what_the_data_is_for_is_not_reported(string sentence) =>
        Assert.Empty(Asks(Greeting + sentence));

    [Theory]
    [InlineData("Please send a photo of the damage.")]
    [InlineData("Please send us your order ID.")]
    [InlineData("Please send it to the address below.")]
    [InlineData("Please confirm your delivery address.")]
    [InlineData("We will never ask for your bank details by email.")]
    [InlineData("You don't need to send your passport.")]
    [InlineData("We have your date of birth as {{ customer.date_of_birth }}.")]
    [InlineData("Please address the parcel to our returns centre.")]
    [InlineData("Text the number above to rebook.")]
    [InlineData("Your engineer will show you the new controls.")]
    public void Sentences_that_do_not_ask_for_personal_data_are_not_reported(string sentence) =>
        Assert.Empty(Asks(Greeting + sentence));

    [Fact]
    public void A_request_in_double_quotes_is_quoted_not_asked() =>
        Assert.Empty(Asks(Greeting + "Our old form said \"please send your date of birth\", and we've removed it."));

    [Fact]
    public void A_request_in_a_markdown_code_span_is_not_prose() =>
        Assert.Empty(Asks(Greeting + "The field `send your date of birth` is gone.", TemplateSyntax.Markdown));

    [Fact]
    public void A_variable_named_like_a_request_is_not_prose() =>
        Assert.Empty(Asks(Greeting + "{{ send_your_date_of_birth_prompt }} {{ customer.bank_details }}"));

    [Fact]
    public void A_request_in_a_hidden_html_attribute_is_not_prose() =>
        Assert.Empty(Asks(Greeting + "<input placeholder=\"Enter your date of birth\" name=\"dob\">"));

    [Fact]
    public void The_doc_page_examples_hold() => AssertDocExamples(Id);
}
