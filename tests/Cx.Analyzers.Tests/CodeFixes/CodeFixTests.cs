using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Cx.Analyzers.Tests.Verifier;

namespace Cx.Analyzers.Tests.CodeFixes;

/// <summary>
/// CX1001 greets the customer by name; CX5001 removes the passive offer. Each fix keeps the literal's
/// kind and escapes valid; Fix All (document, project, solution) is checked by the framework too.
/// </summary>
public class CodeFixTests
{
    [Fact]
    public Task Greeting_in_a_regular_string_escapes_the_quotes() => CodeFix("""
        using Scriban;
        class C
        {
            Template M() => Template.Parse("{|CX1001:Dear Customer|},\nYour order {{ order.id }} ships today.");
        }
        """, """
        using Scriban;
        class C
        {
            Template M() => Template.Parse("Hi {{ customer.first_name ?? \"there\" }},\nYour order {{ order.id }} ships today.");
        }
        """).RunAsync();

    [Fact]
    public Task Greeting_in_a_verbatim_string_doubles_the_quotes() => CodeFix("""
        using Scriban;
        class C
        {
            Template M() => Template.Parse(@"{|CX1001:Hello there|}! Your order {{ order.id }} ships today.");
        }
        """, """
        using Scriban;
        class C
        {
            Template M() => Template.Parse(@"Hello {{ customer.first_name ?? ""there"" }}! Your order {{ order.id }} ships today.");
        }
        """).RunAsync();

    [Fact]
    public Task Greeting_in_a_liquid_raw_string_uses_the_default_filter_and_the_configured_variable()
    {
        var test = CodeFix(""""
            using Scriban;
            class C
            {
                Template M() => Template.ParseLiquid("""
                    {|CX1001:Hi,|}
                    Your order {{ order.id }} ships today.
                    """);
            }
            """", """"
            using Scriban;
            class C
            {
                Template M() => Template.ParseLiquid("""
                    Hi {{ recipient.given_name | default: "there" }},
                    Your order {{ order.id }} ships today.
                    """);
            }
            """");
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ncx_name_variable = recipient.given_name\n"));
        test.FixedState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ncx_name_variable = recipient.given_name\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task No_greeting_fix_in_an_interpolated_string() => CodeFix("""
        using Scriban;
        class C
        {
            Template M(int id) => Template.Parse($"{|CX1001:Dear Customer|},\nYour order {id} ships today.");
        }
        """, """
        using Scriban;
        class C
        {
            Template M(int id) => Template.Parse($"{|CX1001:Dear Customer|},\nYour order {id} ships today.");
        }
        """).RunAsync();

    [Fact]
    public Task Passive_offer_sentence_is_removed_from_the_middle_of_a_line() => CodeFix("""
        using Scriban;
        class C
        {
            Template M() => Template.Parse("Hi {{ customer.first_name }}, your boiler needs a new pump. {|CX5001:I can check if you want me to|}. Next, I will call you at 10am.");
        }
        """, """
        using Scriban;
        class C
        {
            Template M() => Template.Parse("Hi {{ customer.first_name }}, your boiler needs a new pump. Next, I will call you at 10am.");
        }
        """).RunAsync();

    [Fact]
    public Task Passive_offer_line_is_removed_from_a_raw_string_with_its_indentation() => CodeFix(""""
        using Scriban;
        class C
        {
            Template M() => Template.Parse("""
                Hi {{ customer.first_name }},
                Your boiler needs a new pump.
                {|CX5001:Let me know if you'd like me to|} book the engineer.
                Next, I will call you at 10am.
                """);
        }
        """", """"
        using Scriban;
        class C
        {
            Template M() => Template.Parse("""
                Hi {{ customer.first_name }},
                Your boiler needs a new pump.
                Next, I will call you at 10am.
                """);
        }
        """").RunAsync();

    [Fact]
    public Task Passive_offer_removed_in_an_interpolated_string_keeps_the_holes() => CodeFix("""
        class C
        {
            void Send(string s) { }
            void M(string name) => Send(/* lang=scriban */ $"Hi {name}, your pump is in.\n{|CX5001:Would you like me to|} book the fitting?\nNext, I will call you at 10am.");
        }
        """, """
        class C
        {
            void Send(string s) { }
            void M(string name) => Send(/* lang=scriban */ $"Hi {name}, your pump is in.\nNext, I will call you at 10am.");
        }
        """).RunAsync();

    [Fact]
    public Task No_removal_when_template_code_sits_inside_the_sentence() => CodeFix("""
        using Scriban;
        class C
        {
            Template M() => Template.Parse("Hi {{ customer.first_name }}. {|CX5001:I can check if you want me to|}{{ if x }} today{{ end }}. Next, I will call you at 10am.");
        }
        """, """
        using Scriban;
        class C
        {
            Template M() => Template.Parse("Hi {{ customer.first_name }}. {|CX5001:I can check if you want me to|}{{ if x }} today{{ end }}. Next, I will call you at 10am.");
        }
        """).RunAsync();

    [Fact]
    public async Task Fix_all_fixes_every_literal_in_the_document()
    {
        var test = CodeFix("""
            using Scriban;
            class C
            {
                Template A() => Template.Parse("{|CX1001:Dear Customer|},\nYour order {{ order.id }} ships today.");
                Template B() => Template.Parse("{|CX1001:Dear valued customer|},\nYour refund {{ refund.id }} is on its way.");
            }
            """, """
            using Scriban;
            class C
            {
                Template A() => Template.Parse("Hi {{ customer.first_name ?? \"there\" }},\nYour order {{ order.id }} ships today.");
                Template B() => Template.Parse("Hi {{ customer.first_name ?? \"there\" }},\nYour refund {{ refund.id }} is on its way.");
            }
            """);
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        await test.RunAsync();
    }
}
