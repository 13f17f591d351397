using Cx.Analyzers.Configuration;
using Cx.Templates.Configuration;
using Cx.Templates.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static Cx.Analyzers.Tests.Verifier;

namespace Cx.Analyzers.Tests;

/// <summary>Severities from .editorconfig (per rule and per dimension) and .cxlint.yml as an AdditionalFile, with the CLI's meaning.</summary>
public class ConfigurationTests
{
    private const string Code = """
        using Scriban;
        class C
        {
            void M() => Template.Parse("{|#0:Dear Customer|}, {|#1:I can check if you want me to|}. Next, I will call you at 10am, {{ customer.first_name ?? 'there' }}.");
        }
        """;

    [Fact]
    public async Task Editorconfig_turns_a_rule_off()
    {
        var test = Analyzer(Code, Diagnostic("CX1001").WithLocation(0));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.CX5001.severity = none\n"));
        // CX5001 is named so the focus on the test's rules keeps it on: only the .editorconfig turns it off.
        test.DisabledDiagnostics.Remove("CX5001");
        await test.RunAsync();
    }

    [Fact]
    public async Task Per_rule_severity_from_the_build_raises_a_warning_to_an_error()
    {
        // What dotnet_diagnostic.CX1001.severity = error (or /warnaserror:CX1001) gives the compiler; seen in a real build by tests/package-smoke.sh.
        var code = "using Scriban;\nclass C { void M() => Template.Parse(\"Dear Customer, I can check if you want me to. Next, I will call you at 10am, {{ customer.first_name }}.\"); }";
        var diagnostics = await Direct.RunAsync(new[] { ("/0/C.cs", code) }, specific: new Dictionary<string, ReportDiagnostic> { ["CX1001"] = ReportDiagnostic.Error, ["CX5001"] = ReportDiagnostic.Suppress });
        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single(d => d.Id == "CX1001").Severity);
        Assert.DoesNotContain(diagnostics, d => d.Id == "CX5001");
    }

    [Fact]
    public async Task Editorconfig_category_is_the_dimension()
    {
        // Run through the compiler's own analyzer driver, as csc does in a build.
        var code = "using Scriban;\nclass C { void M() => Template.Parse(\"Dear Customer, I can check if you want me to. Next, I will call you at 10am, {{ customer.first_name ?? 'there' }}.\"); }";
        var all = await Direct.RunAsync(new[] { ("/0/C.cs", code) });
        Assert.Equal(new[] { "CX1001", "CX5001" }, all.Select(d => d.Id).Where(i => i is "CX1001" or "CX5001").OrderBy(i => i));

        var insightsOff = await Direct.RunAsync(new[] { ("/0/C.cs", code) }, editorconfig: new Dictionary<string, string> { ["dotnet_analyzer_diagnostic.category-Insights.severity"] = "none" });
        Assert.Equal(new[] { "CX1001" }, insightsOff.Select(d => d.Id));

        var attitudeError = await Direct.RunAsync(new[] { ("/0/C.cs", code) }, editorconfig: new Dictionary<string, string> { ["dotnet_analyzer_diagnostic.category-Attitude.severity"] = "error" });
        Assert.Equal(DiagnosticSeverity.Error, attitudeError.Single(d => d.Id == "CX1001").Severity);
        Assert.Equal(DiagnosticSeverity.Warning, attitudeError.Single(d => d.Id == "CX5001").Severity);
    }

    [Fact]
    public async Task Pragma_suppresses_as_usual()
    {
        await VerifyAsync("""
            using Scriban;
            class C
            {
            #pragma warning disable CX5001
                void M() => Template.Parse("Hi {{ customer.first_name ?? 'there' }}, I can check if you want me to. Next, I will call you at 10am.");
            #pragma warning restore CX5001
            }
            """);
    }

    [Fact]
    public async Task Cxlint_rules_set_severities_as_in_the_CLI()
    {
        var test = Analyzer(Code, Diagnostic("CX5001", DiagnosticSeverity.Error).WithLocation(1));
        test.TestState.AdditionalFiles.Add(("/0/.cxlint.yml", "rules:\n  CX1001: off\n  CX5001: error\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Cxlint_overrides_by_kind_apply_to_CustomerMessage_metadata()
    {
        var test = Analyzer("""
            [System.AttributeUsage(System.AttributeTargets.All)]
            sealed class CustomerMessageAttribute : System.Attribute { public string? Kind { get; set; } }
            class C
            {
                [CustomerMessage(Kind = "marketing")]
                const string Promo = "Hi {{ customer.first_name ?? 'there' }}, I can check if you want me to.";
                [CustomerMessage(Kind = "support-reply")]
                const string Reply = "Hi {{ customer.first_name ?? 'there' }}, I recommend the annual plan because it covers parts. {|CX5001:I can check if you want me to|}. Next, I will call you at 10am.";
            }
            """);
        test.TestState.AdditionalFiles.Add(("/0/.cxlint.yml", "overrides:\n  - kind: marketing\n    rules:\n      CX5001: off\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Nearest_configuration_wins()
    {
        var test = Analyzer("class C { }");
        test.TestState.Sources.Add(("/0/Sms/Reminders.cs", """
            class Reminders
            {
                // lang=scriban
                const string Body = "Hi {{ customer.first_name ?? 'there' }}, I can check if you want me to. Next, I will call you at 10am.";
            }
            """));
        test.TestState.Sources.Add(("/0/Mail/Replies.cs", """
            class Replies
            {
                // lang=scriban
                const string Body = "Hi {{ customer.first_name ?? 'there' }}, {|CX5001:I can check if you want me to|}. Next, I will call you at 10am.";
            }
            """));
        test.TestState.AdditionalFiles.Add(("/0/.cxlint.yml", "rules:\n  CX5001: warning\n"));
        test.TestState.AdditionalFiles.Add(("/0/Sms/.cxlint.yml", "rules:\n  CX5001: off\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Invalid_configuration_is_CX0002_on_the_file()
    {
        var test = Analyzer("class C { }");
        test.TestState.AdditionalFiles.Add(("/0/.cxlint.yml", "rules:\n  CX5001: loud\nrulez: {}\n"));
        test.ExpectedDiagnostics.Add(Diagnostic("CX0002").WithSpan("/0/.cxlint.yml", 2, 11, 2, 15));
        test.ExpectedDiagnostics.Add(Diagnostic("CX0002").WithSpan("/0/.cxlint.yml", 3, 1, 3, 6));
        test.TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;
        await test.RunAsync();
    }

    [Fact]
    public void Configuration_is_parsed_once_per_content()
    {
        const string yml = "rules:\n  CX5001: off\n";
        var a = ConfigurationCache.Get("/repo/.cxlint.yml", SourceText.From(yml));
        var b = ConfigurationCache.Get("/repo/.cxlint.yml", SourceText.From(string.Concat("rules:\n", "  CX5001: off\n")));
        var c = ConfigurationCache.Get("/repo/.cxlint.yml", SourceText.From("rules:\n  CX5001: error\n"));
        Assert.Same(a, b);
        Assert.NotSame(a, c);
        Assert.Equal(Cx.Templates.Model.Severity.Off, a.Configuration.Rules["CX5001"]);
    }

    [Fact]
    public void Csharp_message_sinks_are_read_and_checked()
    {
        var problems = new List<ConfigurationProblem>();
        var config = ConfigurationParser.Parse("csharp:\n  message_sinks: [\"SendSms(body)\", \"Acme.Mail.Mailer.Send( htmlBody )\", \"Send\"]\n  sinks: []\n", "/r/.cxlint.yml", RuleCatalog.Ids, problems);
        Assert.Equal(new[] { "SendSms(body)", "Acme.Mail.Mailer.Send(htmlBody)" }, config.MessageSinks);
        Assert.Equal(2, problems.Count);
        Assert.Contains("'Send' is not a message sink", problems[0].Message);
        Assert.Equal(new Cx.Templates.Model.LinePosition(2, 73), problems[0].Start);
        Assert.Contains("Unknown key 'sinks' in csharp", problems[1].Message);

        var sink = MessageSink.Parse("Acme.Mail.Mailer.Send(htmlBody)")!;
        Assert.Equal(("Acme.Mail.Mailer", "Send", "htmlBody"), (sink.Type, sink.Method, sink.Parameter));
    }

    [Fact]
    public void Csharp_key_must_be_a_mapping()
    {
        var problems = new List<ConfigurationProblem>();
        ConfigurationParser.Parse("csharp: [SendSms(body)]\n", null, RuleCatalog.Ids, problems);
        Assert.Single(problems);
        Assert.Contains("'csharp' must be a mapping", problems[0].Message);
    }
}
