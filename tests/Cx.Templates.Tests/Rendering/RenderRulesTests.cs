using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Templates.Tests.Rendering;

public class SameTextForEveryCustomerRuleTests
{
    private static IReadOnlyList<Diagnostic> Lint(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Linter.Default.Lint(new TemplateSource("t", text, syntax)).Diagnostics;

    [Fact]
    public void Branches_on_the_customer_that_say_the_same_thing_are_reported_on_the_variable()
    {
        var d = Assert.Single(Lint("{{ if customer.vip }}\nThanks for your order.\n{{ else }}\nThanks for your order.\n{{ end }}\n"), x => x.Id == "CX3002");
        Assert.Equal((1, 7), (d.Start.Line, d.Start.Column));
        Assert.Contains("customer.vip", d.Message);
    }

    [Fact]
    public void A_captured_value_that_is_never_written_is_reported()
    {
        var diags = Lint("{{ name = customer.first_name }}Thanks for your order.");
        Assert.Contains(diags, x => x.Id == "CX3002");
    }

    [Fact]
    public void A_name_that_reaches_the_text_is_not_reported() =>
        Assert.DoesNotContain(Lint("Hi {{ customer.first_name }}, thanks for your order."), x => x.Id == "CX3002");

    [Fact]
    public void Branches_that_differ_are_not_reported() =>
        Assert.DoesNotContain(Lint("{{ if customer.vip }}Thanks for staying with us.{{ else }}Welcome to Northwind.{{ end }}"), x => x.Id == "CX3002");

    [Fact]
    public void Output_that_differs_only_in_identifiers_is_left_to_CX3003()
    {
        var diags = Lint("Your order {{ order.number }} has shipped: {{ order.tracking_url }}");
        Assert.DoesNotContain(diags, x => x.Id == "CX3002");
        Assert.Contains(diags, x => x.Id == "CX3003");
    }

    [Fact]
    public void A_template_without_variables_is_left_to_CX3001()
    {
        var diags = Lint("Thanks for your order.");
        Assert.DoesNotContain(diags, x => x.Id == "CX3002");
        Assert.Contains(diags, x => x.Id == "CX3001");
    }

    [Fact]
    public void Liquid_templates_render_too_with_the_liquid_date_filter()
    {
        var text = "{% if customer.vip %}\nThanks.\n{% else %}\nThanks.\n{% endif %}\nDelivery on {{ order.delivery_date | date: \"%A %d %B\" }}.";
        // The delivery date differs per customer, so the text differs: nothing to report.
        Assert.DoesNotContain(Lint(text, TemplateSyntax.Liquid), x => x.Id is "CX3002" or "CX0004");
    }
}

public class UnguardedOptionalFieldRuleTests
{
    private static IReadOnlyList<Diagnostic> Lint(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Linter.Default.Lint(new TemplateSource("t", text, syntax)).Diagnostics;

    [Fact]
    public void A_greeting_without_a_default_reads_hi_comma_and_is_reported_on_the_variable()
    {
        var d = Assert.Single(Lint("Hi {{ customer.first_name }},\nYour order {{ order.number }} is ready."), x => x.Id == "CX3004");
        Assert.Equal((1, 4), (d.Start.Line, d.Start.Column));
        Assert.Equal((1, 29), (d.End.Line, d.End.Column));
        Assert.Contains("Hi ,", d.Message);
        Assert.Contains("?? \"there\"", d.Message);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void Empty_brackets_are_reported()
    {
        var d = Assert.Single(Lint("Thanks {{ customer.first_name ?? \"there\" }}. Your account ({{ customer.nickname }}) is active."), x => x.Id == "CX3004");
        Assert.Contains("empty brackets", d.Message);
    }

    [Fact]
    public void The_liquid_message_suggests_the_default_filter()
    {
        var d = Assert.Single(Lint("Dear {{ customer.first_name }},\nThanks.", TemplateSyntax.Liquid), x => x.Id == "CX3004");
        Assert.Contains("| default: \"there\"", d.Message);
    }

    [Theory]
    [InlineData("Hi {{ customer.first_name ?? \"there\" }},\nThanks.")]
    [InlineData("Hi {{ customer.first_name | string.capitalize ?? \"there\" }},\nThanks.")]
    [InlineData("{{ if customer.first_name }}Hi {{ customer.first_name }},{{ else }}Hello,{{ end }}\nThanks.")]
    [InlineData("Thanks for your order, {{ order.number }}.")]
    [InlineData("Your name on file: {{ customer.first_name }}\nThanks.")]
    public void Guarded_or_harmless_fields_are_not_reported(string text) =>
        Assert.DoesNotContain(Lint(text), x => x.Id == "CX3004");

    [Fact]
    public void A_liquid_default_filter_guards_the_field() =>
        Assert.DoesNotContain(Lint("Hi {{ customer.first_name | default: \"there\" }},\nThanks.", TemplateSyntax.Liquid), x => x.Id == "CX3004");
}

public class RenderSandboxTests
{
    private static IReadOnlyList<Diagnostic> Lint(string text) =>
        Linter.Default.Lint(new TemplateSource("t", text, TemplateSyntax.Scriban)).Diagnostics;

    [Theory]
    [InlineData("Hi {{ customer.first_name ?? 'x' }} {{ while true }}a{{ end }}", "iteration limit")]
    [InlineData("Hi {{ customer.first_name ?? 'x' }} {{ func f(x); ret f(x+1); end; f(1) }}", "recursive depth limit")]
    [InlineData("Hi {{ customer.first_name ?? 'x' }} {{ for i in 1..100000 }}{{ for j in 1..100000 }}a{{ end }}{{ end }}", "LoopLimit")]
    public void A_template_that_exceeds_a_limit_gets_one_diagnostic_and_never_hangs(string text, string reason)
    {
        var diags = Lint(text);
        var d = Assert.Single(diags, x => x.Id == "CX0004");
        Assert.Contains(reason, d.Message);
        Assert.DoesNotContain(diags, x => x.Id is "CX3002" or "CX3004");
    }

    [Fact]
    public void Includes_are_never_loaded()
    {
        var diags = Lint("Hi {{ customer.first_name ?? 'x' }} {{ include '/etc/passwd' }}");
        Assert.DoesNotContain(diags, x => x.Message.Contains("root:", StringComparison.Ordinal));
        Assert.DoesNotContain(diags, x => x.Id is "CX3002" or "CX3004");
    }

    [Fact]
    public void Huge_output_is_truncated_not_accumulated()
    {
        var diags = Lint("Hi {{ customer.first_name ?? 'x' }} {{ for i in 1..900 }}{{ 'abcdefghij' | string.pad_right 1000 }}{{ end }}");
        Assert.DoesNotContain(diags, x => x.Id == "CX3002");
    }
}
