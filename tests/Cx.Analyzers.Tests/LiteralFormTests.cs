using Xunit;
using static Cx.Analyzers.Tests.Verifier;

namespace Cx.Analyzers.Tests;

/// <summary>
/// One test per C# literal form: the analyzer underlines exactly the characters of the passive offer
/// (CX5001), and the phrase always spans something the compiler rewrites.
/// </summary>
public class LiteralFormTests
{
    [Fact]
    public Task Regular_string_phrase_spans_a_unicode_escape() => VerifyAsync("""
        using Scriban;
        class C
        {
            Template M() => Template.Parse("Hi {{ customer.first_name ?? 'there' }}, \"thanks\" \U0001F600 {|CX5001:I can check if you\u0020want me to|}. Next, I will call you at 10am.");
        }
        """);

    [Fact]
    public Task Regular_string_phrase_spans_a_tab_escape() => VerifyAsync("""
        using Scriban;
        class C
        {
            Template M() => Template.Parse("Hi {{ customer.first_name ?? 'there' }},\n{|CX5001:I can check if you\twant me to|}. Next, I will call you at 10am.");
        }
        """);

    [Fact]
    public Task Verbatim_string_phrase_spans_a_line_break() => VerifyAsync("""
        using Scriban;
        class C
        {
            Template M() => Template.Parse(@"Hi {{ customer.first_name ?? 'there' }}, ""thanks"".
        {|CX5001:I can check if you
        want me to|}. Next, I will call you at 10am.");
        }
        """);

    [Fact]
    public Task Single_line_raw_string() => VerifyAsync("""""
        using Scriban;
        class C
        {
            Template M() => Template.Parse("""Hi {{ customer.first_name ?? 'there' }}, "thanks". {|CX5001:I can check if you want me to|}. Next, I will call you at 10am.""");
        }
        """"");

    [Fact]
    public Task Multi_line_raw_string_phrase_spans_removed_indentation() => VerifyAsync(""""
        using Scriban;
        class C
        {
            Template M() => Template.Parse("""
                Hi {{ customer.first_name ?? 'there' }},

                {|CX5001:I can check if you
                want me to|}. Next, I will call you at 10am.
                """);
        }
        """");

    [Fact]
    public Task Interpolated_string_phrase_spans_an_escape_and_holes_are_variables() => VerifyAsync("""
        using Scriban;
        class C
        {
            Template M(Customer customer) => Template.Parse($"Hi {customer.FirstName}, {{ok}} {|CX5001:I can check if you\u0020want me to|}. Next, I will call you at 10am.");
        }
        class Customer { public string FirstName = ""; }
        """);

    [Fact]
    public Task Interpolated_hole_is_underlined_when_the_finding_is_about_it() => VerifyAsync("""
        using Scriban;
        class C
        {
            Template M(Order order) => Template.Parse($"{|CX1001:Dear Customer|},\nYour order {|CX3003:{order.Id}|} ships today. Next, I will call you at 10am.",
                "ignored");
        }
        class Order { public int Id; }
        """);

    [Fact]
    public Task Interpolated_verbatim_string() => VerifyAsync("""
        using Scriban;
        class C
        {
            Template M(Customer customer) => Template.Parse($@"Hi {customer.FirstName}, ""thanks"" {{ok}}
        {|CX5001:I can check if you
        want me to|}. Next, I will call you at 10am.");
        }
        class Customer { public string FirstName = ""; }
        """);

    [Fact]
    public Task Raw_interpolated_string_with_two_dollars() => Brackets.VerifyAsync(""""
        using Scriban;
        class C
        {
            Template M(Customer customer) => Template.Parse($$"""
                Hi {{customer.FirstName}}, {literal braces}
                ⟦CX5001:I can check if you
                want me to⟧. Next, I will call you at 10am.
                """);
        }
        class Customer { public string FirstName = ""; }
        """");

    [Fact]
    public Task Utf8_literal_marked_by_a_comment() => VerifyAsync("""
        using System;
        class C
        {
            void M()
            {
                // lang=scriban
                ReadOnlySpan<byte> body = "Hi {{ customer.first_name ?? 'there' }}, {|CX5001:I can check if you\u0020want me to|}. Next, I will call you at 10am."u8;
            }
        }
        """);

    [Fact]
    public Task Utf8_raw_literal_marked_by_a_comment() => VerifyAsync(""""
        using System;
        class C
        {
            void M()
            {
                // lang=scriban
                ReadOnlySpan<byte> body = """
                    Hi {{ customer.first_name ?? 'there' }},
                    {|CX5001:I can check if you
                    want me to|}. Next, I will call you at 10am.
                    """u8;
            }
        }
        """");
}
