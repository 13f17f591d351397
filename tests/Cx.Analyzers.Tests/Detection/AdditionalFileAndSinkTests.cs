using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Cx.Analyzers.Tests.Verifier;

namespace Cx.Analyzers.Tests.Detection;

/// <summary>(e) Template files as AdditionalFiles, reported on the file itself; (f) configured message sinks.</summary>
public class AdditionalFileAndSinkTests
{
    [Fact]
    public async Task Template_file_is_reported_on_its_own_lines()
    {
        var test = Analyzer("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/Templates/reminder.sbn", "Hi {{ customer.first_name ?? 'there' }},\nI can check if you want me to. Next, I will call you at 10am.\n"));
        test.TestState.AdditionalFiles.Add(("/0/Templates/offer.liquid", "Hi {{ customer.first_name | default: 'there' }}, let me know if you'd like me to book it. Next, I will call you at 10am."));
        test.TestState.AdditionalFiles.Add(("/0/notes.txt", "I can check if you want me to."));
        test.ExpectedDiagnostics.Add(Diagnostic("CX5001").WithSpan("/0/Templates/offer.liquid", 1, 50, 1, 81));
        test.ExpectedDiagnostics.Add(Diagnostic("CX5001").WithSpan("/0/Templates/reminder.sbn", 2, 1, 2, 30));
        test.TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;
        await test.RunAsync();
    }

    [Fact]
    public async Task Template_file_excluded_by_the_configuration_is_not_linted()
    {
        var test = Analyzer("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/.cxlint.yml", "exclude:\n  - drafts/**\n"));
        test.TestState.AdditionalFiles.Add(("/0/drafts/reminder.sbn", "I can check if you want me to."));
        test.TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;
        await test.RunAsync();
    }

    private const string Sinks = """
        csharp:
          message_sinks:
            - "SendSms(body)"
            - "Acme.Mail.Mailer.Send(htmlBody)"
        """;

    [Fact]
    public async Task Configured_sinks_take_plain_and_interpolated_strings_through_locals_and_consts()
    {
        var test = Analyzer("""
            namespace Acme.Mail
            {
                class Mailer { public void Send(string to, string htmlBody) { } }
                class Other { public void Send(string to, string htmlBody) { } }
            }
            class Customer { public string FirstName = ""; }
            class C
            {
                const string Reminder = "Hi {{ customer.first_name ?? 'there' }}, {|CX5001:I can check if you want me to|}. Next, I will call you at 10am.";
                void SendSms(string number, string body) { }
                void M(Customer customer, Acme.Mail.Mailer mailer, Acme.Mail.Other other)
                {
                    SendSms("0700", $"Hi {customer.FirstName}, {|CX5001:would you like me to|} move your visit? Next, I will call you at 10am.");
                    var text = $"Hi {customer.FirstName}, {|CX5001:let me know if you need anything|}. Next, I will call you at 10am.";
                    SendSms("0700", text);
                    SendSms("0700", Reminder);
                    mailer.Send("a@b.c", "<p>Hi {{ customer.first_name ?? 'there' }}, {|CX5001:I can check if you want me to|}.</p><p>Next, I will call you at 10am.</p>");
                    other.Send("a@b.c", "I can check if you want me to.");
                    SendSms("I can check if you want me to.", "Hi {{ customer.first_name ?? 'there' }}, next, I will call you at 10am.");
                }
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/.cxlint.yml", Sinks));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_configuration_sinks_are_plain_code()
    {
        await VerifyAsync("""
            class C
            {
                void SendSms(string number, string body) { }
                void M() => SendSms("0700", "I can check if you want me to.");
            }
            """);
    }
}
