using Xunit;
using static Cx.Analyzers.Tests.Verifier;

namespace Cx.Analyzers.Tests.Detection;

/// <summary>(a) The string argument of Scriban's Template.Parse / ParseLiquid, resolved by symbol.</summary>
public class TemplateParseDetectionTests
{
    [Fact]
    public Task Parse_argument_is_a_template() => VerifyAsync("""
        using Scriban;
        class C
        {
            void M() => Template.Parse("Hi {{ customer.first_name ?? 'there' }}, {|CX5001:I can check if you want me to|}. Next, I will call you at 10am.");
        }
        """);

    [Fact]
    public Task ParseLiquid_reads_liquid_syntax() => VerifyAsync("""
        using Scriban;
        class C
        {
            void M() => Template.ParseLiquid("Hi {{ customer.first_name | default: 'there' }}, {% if order %}{|CX5001:I can check if you want me to|}.{% endif %} Next, I will call you at 10am.");
        }
        """);

    [Fact]
    public Task Syntax_error_is_CX0001_at_the_parsers_position() => VerifyAsync("""
        using Scriban;
        class C
        {
            void M() => Template.Parse("Hi {{ customer.first_name ?? 'there' }}, {{ if {|CX0001:}}|} Next, I will call you at 10am.");
        }
        """);

    [Fact]
    public Task Named_argument_is_found() => VerifyAsync("""
        using Scriban;
        class C
        {
            void M() => Template.Parse(sourceFilePath: "x.sbn", text: "Hi {{ customer.first_name ?? 'there' }}, {|CX5001:I can check if you want me to|}. Next, I will call you at 10am.");
        }
        """);

    [Fact]
    public Task Const_field_is_followed_to_its_literal() => VerifyAsync("""
        using Scriban;
        class C
        {
            private const string Body = "Hi {{ customer.first_name ?? 'there' }}, {|CX5001:I can check if you want me to|}. Next, I will call you at 10am.";
            void M() => Template.Parse(Body);
            void N() => Template.Parse(Body); // the same literal is reported once
        }
        """);

    [Fact]
    public Task Static_readonly_field_in_another_class_is_followed() => VerifyAsync("""
        using Scriban;
        static class Messages
        {
            public static readonly string Body = "Hi {{ customer.first_name ?? 'there' }}, {|CX5001:I can check if you want me to|}. Next, I will call you at 10am.";
        }
        class C
        {
            void M() => Template.Parse(Messages.Body);
        }
        """);

    [Fact]
    public Task Local_holding_a_literal_is_followed() => VerifyAsync("""
        using Scriban;
        class C
        {
            void M()
            {
                var body = "Hi {{ customer.first_name ?? 'there' }}, {|CX5001:I can check if you want me to|}. Next, I will call you at 10am.";
                var template = Template.Parse(body);
            }
        }
        """);

    [Fact]
    public Task Local_assigned_again_is_not_followed() => VerifyAsync("""
        using Scriban;
        class C
        {
            void M(bool b)
            {
                var body = "Hi {{ customer.first_name ?? 'there' }}, I can check if you want me to. Next, I will call you at 10am.";
                if (b) body = "Hi {{ customer.first_name ?? 'there' }}, next, I will call you at 10am.";
                Template.Parse(body);
            }
        }
        """);

    [Fact]
    public Task Mutable_field_is_not_followed() => VerifyAsync("""
        using Scriban;
        class C
        {
            private string _body = "Hi {{ customer.first_name ?? 'there' }}, I can check if you want me to. Next, I will call you at 10am.";
            void M() => Template.Parse(_body);
        }
        """);

    [Fact]
    public Task Concatenations_are_skipped_as_roslyn_does() => VerifyAsync("""
        using Scriban;
        class C
        {
            void M(string name) => Template.Parse("Hi " + name + ", I can check if you want me to.");
        }
        """);

    [Fact]
    public Task A_method_named_Parse_on_another_Template_type_is_not_scriban() => VerifyAsync("""
        class C
        {
            void M() => Other.Template.Parse("I can check if you want me to.");
        }
        namespace Other { static class Template { public static void Parse(string text) { } } }
        """);

    [Fact]
    public Task Second_argument_is_not_a_template() => VerifyAsync("""
        using Scriban;
        class C
        {
            void M() => Template.Parse("Hi {{ customer.first_name ?? 'there' }}, next, I will call you at 10am.", "I can check if you want me to.txt");
        }
        """);

    [Fact]
    public Task A_template_without_variables_reports_on_its_opening_line() => VerifyAsync("""
        using Scriban;
        class C
        {
            void M() => Template.Parse("{|CX3001:{|CX1002:Thanks for your order|}. Next, I will call you at 10am.|}");
        }
        """);
}
