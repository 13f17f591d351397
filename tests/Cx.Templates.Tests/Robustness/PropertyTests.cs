using CsCheck;
using Cx.Templates.Model;

namespace Cx.Templates.Tests.Robustness;

/// <summary>
/// Property-based (CsCheck): random templates stitched from the delimiters, markup and prose that real
/// templates are made of, plus arbitrary Unicode, in every syntax, never throw, never hang and never
/// report a span outside the file. A failure prints the shrunk template and the seed to replay it.
/// </summary>
public class PropertyTests
{
    private static readonly Gen<string> Fragment = Gen.OneOf<string>(
        "{{", "}}", "{{{", "}}}", "{%", "%}", "{#", "#}", "{{#if customer.first_name}}", "{{/if}}", "{{else}}", "{{#each items}}", "{{/each}}",
        "{{!-- c --}}", "{{> partial}}", "{{ if a }}", "{{ else }}", "{{ end }}", "{% if a %}", "{% endif %}", "{% for i in items %}", "{% endfor %}",
        "{% form 'x' %}", "{% schema %}", "{% endschema %}", "{% raw %}", "{% endraw %}", "{% comment %}", "{% endcomment %}",
        "<%", "%>", "<%=", "<%#", "<% end %>", "<?php", "?>", "<?=", "{{ .Name }}", "{{/* c */}}", "{{ range .Items }}",
        "<p>", "</p>", "<div title=\"we will call you soon\">", "</div>", "<!--", "-->", "<script>", "</script>", "<style>", "</style>", "<head>", "<br>",
        "<img alt=\"", "\">", "&amp;", "&rsquo;", "&#x27;", "&nbsp;", "&", "<", ">", "\r", "\n", "\r\n", "\n\n",
        "%{ticket.number}", "#{ticket.title}", "${first_name}", "{%customer.name%}", "{0}", "{Name}", "*|FNAME|*", "[[name]]", "%{", "#{", "${", "}", "*|", "|*",
        "> ", "- ", "1. ", "# ", "```", "`", "*", "_", "[", "](", ")", "![", "    ",
        "customer.first_name", "Hi ", "Dear customer, ", "We will get back to you as soon as possible. ", "Feel free to contact us. ",
        "Unfortunately we cannot do that. ", "Per our policy ", "Please provide your order number. ", "Thanks!",
        "\0", "\uFFFD", "\uD800", "\uDC00", "\u200B", "'", "\"", " ", "\t", "---\n", "kind: support-reply\n", "channel: sms\n", "|", " | default: 'there'",
        "cx-disable CX5001", "{{## cx-disable-next-line CX2001 ##}}");

    private static readonly Gen<string> Template =
        Gen.Frequency((6, Fragment), (1, Gen.String[0, 12]), (1, Gen.Char.Select(c => c.ToString())))
            .Array[0, 60]
            .Select(parts => string.Concat(parts));

    [Fact]
    public void Random_templates_never_throw_and_every_span_lies_inside_the_file()
    {
        Gen.Select(Template, Gen.Enum<TemplateSyntax>()).Sample((text, syntax) =>
        {
            var result = Linter.Default.Lint(new TemplateSource("random", text, syntax));
            SafeLint.AssertWellFormed(result, text);
            SafeLint.AssertNoRuleCrash(result, $"{syntax}: {text}");
        }, iter: 1500, threads: 1, print: t => $"{t.Item2}: \"{Escape(t.Item1)}\"");
    }

    [Fact]
    public void Random_front_matter_and_unicode_never_throw()
    {
        var frontMatter = Gen.OneOf<string>("---\n", "---\r\n", "kind: ", "support-reply", "channel: ", "sms", "\n", ": ", "- ", "[", "]", "{", "}", "'", "\"", "&a", "*a", "!!str ", "%YAML 1.2\n");
        Gen.Select(frontMatter.Array[0, 20].Select(p => string.Concat(p)), Gen.String[0, 80], Gen.Enum<TemplateSyntax>()).Sample((fm, body, syntax) =>
        {
            var text = "---\n" + fm + "\n---\n" + body;
            var result = Linter.Default.Lint(new TemplateSource("random", text, syntax));
            SafeLint.AssertWellFormed(result, text);
        }, iter: 800, threads: 1);
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\0", "\\0").Replace("\"", "\\\"");
}
