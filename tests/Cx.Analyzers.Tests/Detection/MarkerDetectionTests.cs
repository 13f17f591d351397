using Xunit;
using static Cx.Analyzers.Tests.Verifier;

namespace Cx.Analyzers.Tests.Detection;

/// <summary>(b) [StringSyntax("scriban"|"liquid"|"markdown")], (c) // lang= comments, (d) [CustomerMessage].</summary>
public class MarkerDetectionTests
{
    private const string Offer = "Hi {{ customer.first_name }}, {|CX5001:I can check if you want me to|}. Next, I will call you at 10am.";

    [Fact]
    public Task StringSyntax_parameter() => VerifyAsync($$"""
        using System.Diagnostics.CodeAnalysis;
        class Mailer
        {
            public void Send([StringSyntax("scriban")] string template) { }
            void M() => Send("{{Offer}}");
        }
        """);

    [Fact]
    public Task Polyfilled_StringSyntax_in_another_namespace_is_matched_by_name() => VerifyAsync($$"""
        class Mailer
        {
            public void Send([Polyfill.StringSyntax("Scriban")] string template) { }
            void M() => Send("{{Offer}}");
        }
        namespace Polyfill
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            sealed class StringSyntaxAttribute : System.Attribute { public StringSyntaxAttribute(string syntax) { } }
        }
        """);

    [Fact]
    public Task StringSyntax_property_in_an_object_initializer_and_field_initializer() => VerifyAsync($$"""
        using System.Diagnostics.CodeAnalysis;
        class Message
        {
            [StringSyntax("liquid")] public string Body { get; set; } = "";
            [StringSyntax("scriban")] public static string Default = "{{Offer}}";
        }
        class C
        {
            Message M() => new Message { Body = "{{Offer.Replace("CX5001", "CX5001")}}" };
        }
        """);

    [Fact]
    public Task Other_string_syntaxes_are_ignored() => VerifyAsync("""
        using System.Diagnostics.CodeAnalysis;
        class C
        {
            void Send([StringSyntax("json")] string json) { }
            void M() => Send("I can check if you want me to.");
        }
        """);

    [Fact]
    public Task Markdown_syntax_skips_code_spans() => VerifyAsync("""
        using System.Diagnostics.CodeAnalysis;
        class C
        {
            void Send([StringSyntax("markdown")] string body) { }
            void M()
            {
                Send("Hi {{ customer.first_name ?? 'there' }}, type `I can check if you want me to` in the chat. Next, I will call you at 10am.");
                Send("Hi {{ customer.first_name ?? 'there' }}, **{|CX5001:I can check if you want me to|}**. Next, I will call you at 10am.");
            }
        }
        """);

    [Fact]
    public Task Lang_comment_before_a_local() => VerifyAsync($$"""
        class C
        {
            void M()
            {
                // lang=scriban
                var body = "{{Offer}}";
                var other = "I can check if you want me to."; // not the first literal of the statement above
            }
        }
        """);

    [Fact]
    public Task Inline_block_comment_before_an_argument_and_language_spelled_out() => VerifyAsync($$$"""
        class C
        {
            void Send(string s) { }
            void M()
            {
                Send(/* lang=liquid */ "{{{Offer}}}");
                // language=Markdown
                Send("Hi {{ customer.first_name ?? 'there' }}, `I can check if you want me to`. Next, I will call you at 10am.");
            }
        }
        """);

    [Fact]
    public Task Lang_comment_applies_only_to_the_first_literal_of_a_statement() => VerifyAsync($$"""
        class C
        {
            string Send(string a, string b) => a + b;
            void M()
            {
                // lang=scriban
                Send("{{Offer}}", "I can check if you want me to.");
            }
        }
        """);

    [Fact]
    public Task Other_comments_are_ignored() => VerifyAsync("""
        class C
        {
            void M()
            {
                // language: the customer's, lang=en
                var body = "I can check if you want me to.";
            }
        }
        """);

    [Fact]
    public Task CustomerMessage_metadata_feeds_the_rules() => VerifyAsync("""
        [System.AttributeUsage(System.AttributeTargets.All)]
        sealed class CustomerMessageAttribute : System.Attribute
        {
            public string? Kind { get; set; }
            public string? Channel { get; set; }
            public string? Phase { get; set; }
        }
        class Replies
        {
            // A support reply must advise (CX5002); a transactional message need not.
            [CustomerMessage(Kind = "support-reply")]
            public const string Support = "{|CX5002:Hi {{ customer.first_name ?? 'there' }}, thanks for your message. Next, I will call you at 10am.|}";

            [CustomerMessage(Kind = "transactional")]
            public const string Shipped = "Hi {{ customer.first_name ?? 'there' }}, thanks for your message. Next, I will call you at 10am.";
        }
        """);

    [Fact]
    public Task CustomerMessage_on_a_type_methods_properties_and_parameters() => VerifyAsync("""
        namespace Acme.Messaging
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            sealed class CustomerMessageAttribute : System.Attribute
            {
                public string? Kind { get; set; }
                public string? Channel { get; set; }
            }
        }
        namespace App
        {
            using Acme.Messaging;

            // SMS: no next steps needed (CX5004 does not apply), the type says so for every member.
            [CustomerMessage(Channel = "sms")]
            class Sms
            {
                [CustomerMessage]
                public string Reminder() => "Hi {{ customer.first_name ?? 'there' }}, your visit is at 10am. {|CX5001:Let me know if you'd like me to|} move it.";

                [CustomerMessage]
                public string Body => "Hi {{ customer.first_name ?? 'there' }}, your visit is at 10am.";

                [CustomerMessage(Channel = "email")]
                public string Email
                {
                    get { return "{|CX5004:Hi {{ customer.first_name ?? 'there' }}, your visit is at 10am.|}"; }
                }

                public void Send([CustomerMessage(Kind = "appointment")] string body) { }
                void M() => Send("Hi {{ customer.first_name ?? 'there' }}, your visit is at 10am. {|CX5001:Let me know if you'd like me to|} move it.");
            }
        }
        """);

    [Fact]
    public Task Unknown_kind_in_CustomerMessage_is_CX0002() => VerifyAsync("""
        [System.AttributeUsage(System.AttributeTargets.All)]
        sealed class CustomerMessageAttribute : System.Attribute { public string? Kind { get; set; } }
        class C
        {
            [CustomerMessage(Kind = {|CX0002:"suport-reply"|})]
            public const string Body = "Hi {{ customer.first_name ?? 'there' }}, next, I will call you at 10am.";
        }
        """);

    [Fact]
    public Task Lambdas_inside_a_marked_method_are_not_its_return_value() => VerifyAsync("""
        [System.AttributeUsage(System.AttributeTargets.All)]
        sealed class CustomerMessageAttribute : System.Attribute { }
        class C
        {
            [CustomerMessage]
            public string Body()
            {
                System.Func<string> f = () => "I can check if you want me to.";
                return "Hi {{ customer.first_name ?? 'there' }}, next, I will call you at 10am.";
            }
        }
        """);
}
