using System.Diagnostics;
using System.Text;
using Cx.Templates.Model;
using Cx.Templates.Parsing;

namespace Cx.Templates.Tests.Robustness;

/// <summary>
/// Generated hostile inputs: deep nesting in every template language and in Markdown and HTML, a 50 MB
/// file, a 1 MB line, NUL bytes, invalid UTF-8, mixed line endings, unterminated tags. Each is linted on a
/// 1 MB stack (see <see cref="SafeLint"/>): a recursion the engine does not bound would kill the test host.
/// </summary>
public class AdversarialTests
{
    private const int Deep = 10_000;

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    public static TheoryData<string, TemplateSyntax> DeepTemplates() => new()
    {
        { Repeat("{{ if a }}x", Deep) + Repeat("{{ end }}", Deep), TemplateSyntax.Scriban },
        { Repeat("{% if a %}x", Deep) + Repeat("{% endif %}", Deep), TemplateSyntax.Liquid },
        { Repeat("{{#if a}}x", Deep) + Repeat("{{/if}}", Deep), TemplateSyntax.Handlebars },
        { Repeat("{% if a %}x", Deep) + Repeat("{% endif %}", Deep), TemplateSyntax.Jinja },
        { Repeat("{{ if .A }}x", Deep) + Repeat("{{ end }}", Deep), TemplateSyntax.GoTemplate },
        { Repeat("<% if a %>x", Deep) + Repeat("<% end %>", Deep), TemplateSyntax.Erb },
        { "{{ " + Repeat("(", Deep) + "1" + Repeat(")", Deep) + " }}", TemplateSyntax.Scriban },
        { "{{ " + Repeat("a | ", Deep) + "b }}", TemplateSyntax.Scriban },
    };

    [Theory]
    [MemberData(nameof(DeepTemplates))]
    public void Ten_thousand_nested_blocks_are_reported_not_overflowed(string text, TemplateSyntax syntax)
    {
        var result = SafeLint.Lint(text, syntax);
        // Too deep to check is a template problem the writer can fix: one CX0001 that says so.
        var error = Assert.Single(result.Diagnostics, d => d.Id == "CX0001");
        Assert.Matches("(?i)depth|deeper|nest", error.Message);
    }

    [Fact]
    public void Ten_thousand_nested_scriban_ifs_in_html_are_read_leniently()
    {
        // Scriban refuses the depth; an HTML body is then read leniently, block by block, with no recursion.
        var result = SafeLint.Lint("<p>" + Repeat("{{ if a }}x", Deep) + Repeat("{{ end }}", Deep) + "</p>", TemplateSyntax.Html);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CX0001");
    }

    [Fact]
    public void The_depth_limit_is_below_what_a_one_megabyte_stack_holds()
    {
        // Just inside the limit: read fully, no CX0001.
        var depth = DelimitedTemplateParser.MaxDepth;
        var ok = SafeLint.Lint(Repeat("{{#if a}}x", depth) + Repeat("{{/if}}", depth), TemplateSyntax.Handlebars);
        Assert.DoesNotContain(ok.Diagnostics, d => d.Id == "CX0001");
        var scriban = SafeLint.Lint(Repeat("{{ if a }}x", 150) + Repeat("{{ end }}", 150), TemplateSyntax.Scriban);
        Assert.DoesNotContain(scriban.Diagnostics, d => d.Id == "CX0001");
    }

    public static TheoryData<string, string> DeepMarkdown() => new()
    {
        { "quotes", Repeat(">", Deep) + " Hello there.\n" },
        { "spaced quotes", Repeat("> ", Deep) + "Hello there.\n" },
        { "list markers", Repeat("- ", Deep) + "Hello there.\n" },
        { "ordered", Repeat("1. ", Deep) + "Hello there.\n" },
        { "emphasis", Repeat("*a ", Deep) + Repeat(" b*", Deep) },
        { "links", Repeat("[", Deep) + "x" + Repeat("](u)", Deep) },
        { "indented list", string.Concat(Enumerable.Range(0, 700).Select(i => new string(' ', i * 2) + "- item\n")) },
    };

    [Theory]
    [MemberData(nameof(DeepMarkdown))]
    public void Ten_thousand_deep_markdown_nesting_is_read_quickly(string name, string text)
    {
        var watch = Stopwatch.StartNew();
        var result = SafeLint.Lint(text, TemplateSyntax.Markdown, name);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{name}: {watch.Elapsed}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CX0001");
    }

    [Fact]
    public void Markdown_nesting_past_the_limit_is_an_info_and_the_text_is_still_checked()
    {
        var result = SafeLint.Lint(Repeat("> ", 200) + "We will get back to you as soon as possible.\n", TemplateSyntax.Markdown);
        Assert.Contains(result.Diagnostics, d => d.Id == "CX0004" && d.Message.Contains("nests"));
        Assert.Contains(result.Diagnostics, d => d.Id == "CX2001");
    }

    [Fact]
    public void Ten_thousand_nested_html_elements_are_read()
    {
        var text = Repeat("<div><span>", Deep) + "We will get back to you as soon as possible." + Repeat("</span></div>", Deep);
        var result = SafeLint.Lint(text, TemplateSyntax.Html);
        Assert.Contains(result.Diagnostics, d => d.Id == "CX2001");
    }

    [Fact]
    public void A_50_MB_file_is_refused_quickly_with_one_clear_CX0001()
    {
        var paragraph = "Hi {{ customer.first_name }},\n\nYour order {{ order.number }} is on its way. Let us know if you have any questions!\n\n";
        var text = Repeat(paragraph, 50 * 1024 * 1024 / paragraph.Length + 1);
        var watch = Stopwatch.StartNew();
        var result = SafeLint.Lint(text, TemplateSyntax.Scriban, "big.sbn");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("CX0001", d.Id);
        Assert.Contains("2 MiB", d.Message);
        Assert.Equal(new LinePosition(1, 1), d.Start);
    }

    [Fact]
    public void A_template_just_under_the_size_cap_is_linted()
    {
        var paragraph = "Your order is on its way. ";
        var text = Repeat(paragraph, (MessageModelBuilder.MaxLength - 100) / paragraph.Length);
        var result = SafeLint.Lint(text, TemplateSyntax.Text, timeout: TimeSpan.FromSeconds(90));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CX0001");
    }

    [Fact]
    public void A_one_megabyte_single_line_is_linted_with_exact_positions()
    {
        var sentence = "Your order is on its way and we will send you the tracking number. ";
        var text = Repeat(sentence, 1024 * 1024 / sentence.Length) + "We will get back to you as soon as possible.";
        var result = SafeLint.Lint(text, TemplateSyntax.Html);
        var vague = result.Diagnostics.Last(d => d.Id == "CX2001");
        Assert.Equal(1, vague.Start.Line);
        // The rule underlines the promise ("We will get back to you as soon as possible") or its time phrase.
        var promise = text.LastIndexOf("We will get back", StringComparison.Ordinal);
        Assert.Contains(vague.Start.Column - 1, new[] { promise, text.IndexOf("as soon as possible", promise, StringComparison.Ordinal) });
    }

    [Theory]
    [InlineData(TemplateSyntax.Scriban)]
    [InlineData(TemplateSyntax.Liquid)]
    [InlineData(TemplateSyntax.Markdown)]
    [InlineData(TemplateSyntax.Html)]
    [InlineData(TemplateSyntax.Handlebars)]
    [InlineData(TemplateSyntax.Jinja)]
    [InlineData(TemplateSyntax.Placeholders)]
    public void Nul_bytes_and_decoded_invalid_utf8_never_crash(TemplateSyntax syntax)
    {
        var nul = "Hi {{ customer.name }},\0\0 your\0order\0 {{ order.id }} ships soon.\0";
        SafeLint.Lint(nul, syntax);
        // Invalid UTF-8 as a host that decodes leniently hands it over: replacement characters and lone surrogates.
        var bytes = Encoding.UTF8.GetBytes("Hi {{ name }}, caf\u00e9 ").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, 0xF0, 0x9F }).Concat(Encoding.UTF8.GetBytes(" we'll ship it soon.")).ToArray();
        SafeLint.Lint(Encoding.UTF8.GetString(bytes), syntax);
        SafeLint.Lint("Hi \uD800 there \uDFFF {{ x }} \uFFFE\uFFFF.", syntax);
    }

    [Theory]
    [InlineData(TemplateSyntax.Scriban, "Hi {{ customer.first_name }},\r\nThanks.\rYour order\n\r\nwill arrive as soon as possible.\r\n")]
    [InlineData(TemplateSyntax.Handlebars, "Hi {{customer.first_name}},\r\nThanks.\rYour order\n\r\nwill arrive as soon as possible.\r\n")]
    [InlineData(TemplateSyntax.Html, "<p>Hi {{ customer.first_name }},</p>\r\n<p>Thanks.\rYour order</p>\n\r\n<p>will arrive as soon as possible.</p>\r\n")]
    [InlineData(TemplateSyntax.Placeholders, "Hi %{customer.first_name},\r\nThanks.\rYour order\n\r\nwill arrive as soon as possible.\r\n")]
    public void Mixed_line_endings_give_editor_positions(TemplateSyntax syntax, string text)
    {
        var result = SafeLint.Lint(text, syntax);
        var d = Assert.Single(result.Diagnostics, x => x.Id == "CX2001");
        // Lines: 1 "Hi …,", 2 "Thanks." (CRLF), 3 "Your order" (CR), 4 "" (LF), 5 "will arrive…" (CRLF).
        Assert.Equal(5, d.Start.Line);
        var column = text.Substring(text.LastIndexOf('\n', text.IndexOf("as soon", StringComparison.Ordinal)) + 1).IndexOf("as soon", StringComparison.Ordinal) + 1;
        Assert.Equal(column, d.Start.Column);
    }

    [Theory]
    [InlineData(TemplateSyntax.Scriban, "Hi there,\r\nyour total\ris {{ 1 + }} today.", 3, 11)]
    [InlineData(TemplateSyntax.Handlebars, "Hi there,\r\nyour total\ris {{total today.", 3, 4)]
    [InlineData(TemplateSyntax.Jinja, "Hi there,\r\nyour total\nis {% if x %} today.", 3, 4)]
    [InlineData(TemplateSyntax.GoTemplate, "Hi there,\ryour total\r\nis {{ .Total today.", 3, 4)]
    [InlineData(TemplateSyntax.Erb, "Hi there,\n\ryour total\r\nis <%= total today.", 4, 4)]
    public void Errors_after_mixed_line_endings_are_at_the_exact_line_and_column(TemplateSyntax syntax, string text, int line, int column)
    {
        var result = SafeLint.Lint(text, syntax);
        var d = Assert.Single(result.Diagnostics, x => x.Id == "CX0001");
        Assert.Equal(new LinePosition(line, column), d.Start);
    }

    public static TheoryData<TemplateSyntax, string, string> Unterminated() => new()
    {
        { TemplateSyntax.Scriban, "Hi {{ customer.name }} {{ 1 + ", "{{ 1" },
        { TemplateSyntax.Liquid, "Hi {% if customer %}there", "{%" },
        { TemplateSyntax.Liquid, "Hi {{ customer.name", "{{" },
        { TemplateSyntax.Handlebars, "Hi {{customer.name", "{{" },
        { TemplateSyntax.Handlebars, "Hi {{#if customer}}there", "{{#if" },
        { TemplateSyntax.Handlebars, "Hi {{!-- note", "{{!--" },
        { TemplateSyntax.Handlebars, "Hi {{{customer.name}}", "{{{" },
        { TemplateSyntax.Jinja, "Hi {{ customer.name", "{{" },
        { TemplateSyntax.Jinja, "Hi {% if customer %}there", "{% if" },
        { TemplateSyntax.Jinja, "Hi {# note", "{#" },
        { TemplateSyntax.Jinja, "{% raw %}Hi {{ x }}", "{% raw" },
        { TemplateSyntax.GoTemplate, "Hi {{ .Name", "{{" },
        { TemplateSyntax.GoTemplate, "Hi {{ if .Name }}there", "{{ if" },
        { TemplateSyntax.GoTemplate, "Hi {{/* note", "{{/*" },
        { TemplateSyntax.Erb, "Hi <%= customer.name", "<%=" },
    };

    [Theory]
    [MemberData(nameof(Unterminated))]
    public void Unterminated_tags_are_one_CX0001_at_the_opening_delimiter(TemplateSyntax syntax, string text, string at)
    {
        var result = SafeLint.Lint(text, syntax);
        var d = Assert.Single(result.Diagnostics, x => x.Id == "CX0001");
        // At the opening delimiter, or (Scriban's own parser) on the keyword inside that tag.
        var open = text.IndexOf(at, StringComparison.Ordinal);
        Assert.InRange(d.Span.Start, open, open + at.Length + 3);
        Assert.DoesNotContain("Exception", d.Message);
    }

    [Theory]
    [InlineData(TemplateSyntax.Html, "<p>Hi <!-- never closed")]
    [InlineData(TemplateSyntax.Html, "<p>Hi <script>never closed")]
    [InlineData(TemplateSyntax.Html, "<p title=\"never closed>Hi")]
    [InlineData(TemplateSyntax.Html, "<")]
    [InlineData(TemplateSyntax.Html, "&")]
    [InlineData(TemplateSyntax.Html, "&#xFFFFFFFF; &#0; &#55296; &nosuchentity;")]
    [InlineData(TemplateSyntax.Php, "Hi <?php echo $name")]
    [InlineData(TemplateSyntax.Placeholders, "Hi %{customer.name and #{x and ${y and {%z and *|FNAME")]
    [InlineData(TemplateSyntax.Markdown, "Hi [link](http://x\n```\nnever closed")]
    public void Unterminated_markup_is_tolerated_as_a_browser_does(TemplateSyntax syntax, string text)
    {
        var result = SafeLint.Lint(text, syntax);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CX0001");
    }
}
