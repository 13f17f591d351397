using Cx.Analyzers.LiteralMap;
using Cx.Templates.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Cx.Analyzers.Tests.LiteralMap;

/// <summary>
/// The value of each literal form, and for a phrase in it, the exact source characters it maps to.
/// Every phrase spans something the compiler rewrites: an escape, a doubled quote or brace, removed
/// indentation, a hole.
/// </summary>
public class TemplateTextBuilderTests
{
    private static (TemplateText Map, string Code) Build(string literal, TemplateSyntax syntax = TemplateSyntax.Scriban)
    {
        var code = "class C { object M(dynamic customer) { var v = " + literal + "; return v; } }";
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Preview));
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        var expression = tree.GetRoot().DescendantNodes().OfType<EqualsValueClauseSyntax>().First().Value;
        var map = TemplateTextBuilder.TryBuild(expression, syntax);
        Assert.NotNull(map);
        return (map!, code);
    }

    /// <summary>The source text under the template text <paramref name="phrase"/>.</summary>
    private static string SourceOf(TemplateText map, string code, string phrase)
    {
        var i = map.Text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{phrase}' not in '{map.Text}'");
        var span = map.ToSource(i, i + phrase.Length);
        return code.Substring(span.Start, span.Length);
    }

    [Fact]
    public void Regular_string_maps_through_simple_escapes()
    {
        var (map, code) = Build("\"Say \\\"hi\\\"\\tnow\\n\\\\done\"");
        Assert.Equal("Say \"hi\"\tnow\n\\done", map.Text);
        Assert.Equal("\\\"hi\\\"\\tnow", SourceOf(map, code, "\"hi\"\tnow"));
        Assert.Equal(LiteralKind.Regular, map.Kind);
    }

    [Fact]
    public void Regular_string_maps_unicode_and_hex_escapes()
    {
        var (map, code) = Build("\"I can\\u0020check \\x41\\x0042 if\"");
        Assert.Equal("I can check AB if", map.Text);
        Assert.Equal("can\\u0020check", SourceOf(map, code, "can check"));
        Assert.Equal("\\x41\\x0042", SourceOf(map, code, "AB"));
    }

    [Fact]
    public void Long_unicode_escape_gives_a_surrogate_pair_that_maps_to_all_ten_characters()
    {
        var (map, code) = Build("\"Thanks \\U0001F600 I can check\"");
        Assert.Equal("Thanks \U0001F600 I can check", map.Text);
        Assert.Equal("\\U0001F600", SourceOf(map, code, "\U0001F600"));
        Assert.Equal("\\U0001F600", SourceOf(map, code, "\U0001F600".Substring(0, 1)));
        Assert.Equal("I can check", SourceOf(map, code, "I can check"));
    }

    [Fact]
    public void Verbatim_string_maps_doubled_quotes_and_real_line_breaks()
    {
        var (map, code) = Build("@\"Say \"\"hi\"\"\nI can check\"");
        Assert.Equal("Say \"hi\"\nI can check", map.Text);
        Assert.Equal("\"\"hi\"\"\nI can", SourceOf(map, code, "\"hi\"\nI can"));
        Assert.Equal(LiteralKind.Verbatim, map.Kind);
    }

    [Fact]
    public void Single_line_raw_string_maps_one_to_one()
    {
        var (map, code) = Build("\"\"\"Say \"hi\" now\"\"\"");
        Assert.Equal("Say \"hi\" now", map.Text);
        Assert.Equal("\"hi\" now", SourceOf(map, code, "\"hi\" now"));
        Assert.Equal(3, map.RawQuotes);
    }

    [Fact]
    public void Multi_line_raw_string_removes_the_closing_line_indentation_from_every_line()
    {
        var (map, code) = Build("\"\"\"\n        Hi,\n          I can check if you\n        want me to.\n\n        Bye\n        \"\"\"");
        Assert.Equal("Hi,\n  I can check if you\nwant me to.\n\nBye", map.Text);
        // The phrase spans the line break and the removed indentation of the next line.
        Assert.Equal("you\n        want", SourceOf(map, code, "you\nwant"));
        Assert.Equal("  I can", SourceOf(map, code, "  I can"));
    }

    [Fact]
    public void Multi_line_raw_string_with_crlf_and_whitespace_only_lines()
    {
        var (map, code) = Build("\"\"\"\r\n    Hi,\r\n  \r\n    I can check\r\n    \"\"\"");
        Assert.Equal("Hi,\r\n\r\nI can check", map.Text);
        Assert.Equal("I can check", SourceOf(map, code, "I can check"));
    }

    [Fact]
    public void Utf8_literals_drop_the_suffix()
    {
        var (map, code) = Build("\"I can\\u0020check\"u8");
        Assert.Equal("I can check", map.Text);
        Assert.True(map.IsUtf8);
        Assert.Equal("can\\u0020check", SourceOf(map, code, "can check"));

        var (raw, rawCode) = Build("\"\"\"\n    I can check\n    \"\"\"u8");
        Assert.Equal("I can check", raw.Text);
        Assert.Equal("I can check", SourceOf(raw, rawCode, "I can check"));
    }

    [Fact]
    public void Interpolated_string_turns_holes_into_template_variables()
    {
        var (map, code) = Build("$\"Hi {customer.FirstName}, {{ok}}\\u0020I can check\"");
        Assert.Equal("Hi {{ customer.first_name }}, {ok} I can check", map.Text);
        Assert.Equal("{customer.FirstName}", SourceOf(map, code, "{{ customer.first_name }}"));
        Assert.Equal("{{ok}}\\u0020I", SourceOf(map, code, "{ok} I"));
        Assert.True(map.IsInterpolated);
    }

    [Fact]
    public void Interpolated_hole_keeps_a_coalescing_default()
    {
        var (map, _) = Build("$\"Hi {customer?.FirstName ?? \"there\"}, {customer.OrderID:N0}\"");
        Assert.Equal("Hi {{ customer.first_name ?? \"there\" }}, {{ customer.order_id }}", map.Text);
        var (liquid, _) = Build("$\"Hi {customer.FirstName ?? \"there\"}\"", TemplateSyntax.Liquid);
        Assert.Equal("Hi {{ customer.first_name | default: \"there\" }}", liquid.Text);
    }

    [Fact]
    public void Interpolated_verbatim_string_maps_doubled_quotes_and_braces()
    {
        var (map, code) = Build("$@\"Say \"\"hi\"\" {{x}} {customer.Name}\"");
        Assert.Equal("Say \"hi\" {x} {{ customer.name }}", map.Text);
        Assert.Equal("\"\"hi\"\" {{x}}", SourceOf(map, code, "\"hi\" {x}"));
        Assert.Equal(LiteralKind.InterpolatedVerbatim, map.Kind);
    }

    [Fact]
    public void Raw_interpolated_string_with_two_dollars_keeps_single_braces_and_removes_indentation()
    {
        var (map, code) = Build("$$\"\"\"\n        Hi {{customer.FirstName}}, {literal}\n          I can check if you\n        want me to\n        \"\"\"");
        Assert.Equal("Hi {{ customer.first_name }}, {literal}\n  I can check if you\nwant me to", map.Text);
        Assert.Equal("{{customer.FirstName}}, {literal}", SourceOf(map, code, "{{ customer.first_name }}, {literal}"));
        Assert.Equal("you\n        want", SourceOf(map, code, "you\nwant"));
    }

    [Fact]
    public void Raw_interpolated_line_that_starts_with_a_hole()
    {
        var (map, code) = Build("$\"\"\"\n    Hi,\n    {customer.Name} I can check\n    \"\"\"");
        Assert.Equal("Hi,\n{{ customer.name }} I can check", map.Text);
        Assert.Equal("{customer.Name} I can", SourceOf(map, code, "{{ customer.name }} I can"));
    }

    [Fact]
    public void Single_line_raw_interpolated_string()
    {
        var (map, code) = Build("$\"\"\"Hi {customer.Name}, \"quoted\" I can check\"\"\"");
        Assert.Equal("Hi {{ customer.name }}, \"quoted\" I can check", map.Text);
        Assert.Equal("\"quoted\" I can", SourceOf(map, code, "\"quoted\" I can"));
    }

    [Fact]
    public void Empty_spans_map_to_a_position()
    {
        var (map, _) = Build("\"ab\"");
        Assert.Equal(0, map.ToSource(1, 1).Length);
        Assert.Equal(map.SourceStart(1), map.ToSource(1, 1).Start);
        Assert.Equal(map.SourceEnd(1), map.ToSource(2, 2).Start);
    }

    [Theory]
    [InlineData("FirstName", "first_name")]
    [InlineData("OrderID", "order_id")]
    [InlineData("_customer", "customer")]
    [InlineData("HTMLBody", "html_body")]
    [InlineData("name", "name")]
    [InlineData("Address2Line", "address2_line")]
    public void Hole_names_follow_scribans_member_renamer(string identifier, string expected)
    {
        Assert.Equal(expected, HolePath.Name(identifier));
    }

    [Fact]
    public void Keyword_roots_are_renamed_so_the_template_still_parses()
    {
        var (map, _) = Build("$\"Ends at {end}\"");
        Assert.Equal("Ends at {{ end_ }}", map.Text);
    }
}
