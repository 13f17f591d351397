using Cx.Templates.Model;

namespace Cx.Templates.Tests.Syntaxes;

/// <summary>HTML bodies: only what a reader sees is prose (AngleSharp's HTML5 tokenizer), with exact positions.</summary>
public class HtmlBodyTests
{
    private const string Email =
        "<!DOCTYPE html>\n<html><head><title>Your order</title><meta charset=\"utf-8\">\n" +
        "<style>p { color: red } .x::after { content: 'we will call you soon' }</style>\n" +
        "<script>var msg = 'as soon as possible';</script></head>\n" +
        "<body><!-- we will get back to you shortly -->\n" +
        "<!--[if mso]><table><tr><td>Outlook only</td></tr></table><![endif]-->\n" +
        "<p class=\"greeting\" data-note=\"as soon as possible\">Hi {{ customer.first_name }},</p>\n" +
        "<p>Your order <b>{{ order.number }}</b> has shipped &amp; arrives Tuesday.</p>\n" +
        "<img src=\"{{ order.image }}\" alt=\"Your parcel\"></body></html>\n";

    [Fact]
    public void Only_visible_text_is_prose()
    {
        var prose = S.Prose(Email, TemplateSyntax.Html);
        Assert.Equal("hi §,\nyour order § has shipped & arrives tuesday.\nyour parcel", prose);
    }

    [Fact]
    public void Head_style_script_comments_and_attributes_never_produce_findings()
    {
        var result = S.Lint(Email, TemplateSyntax.Html);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CX2001" || d.Id == "CX2003");
    }

    [Fact]
    public void Character_references_read_as_their_characters_and_keep_their_source_span()
    {
        var text = "<p>Hi {{ customer.first_name }},</p><p>We&rsquo;ll reply as&nbsp;soon as possible.</p>";
        var result = S.Lint(text, TemplateSyntax.Html);
        var d = Assert.Single(result.Diagnostics, x => x.Id == "CX2001");
        // The promise is underlined in the source, character reference included.
        Assert.Equal("We&rsquo;ll reply", S.Underlined(text, d));
        Assert.Contains("we'll reply as soon as possible.", result.Model.Prose.Text);
    }

    [Fact]
    public void Alt_and_title_text_is_prose_in_an_html_body_at_its_exact_position()
    {
        var text = "<p>Hi {{ customer.first_name }},</p>\n<img src=\"x.png\" alt=\"We will get back to you as soon as possible\">";
        var result = S.Lint(text, TemplateSyntax.Html);
        var d = Assert.Single(result.Diagnostics, x => x.Id == "CX2001");
        Assert.Equal(2, d.Start.Line);
        Assert.Equal("We will get back to you", S.Underlined(text, d));
        Assert.True(d.Span.Start > text.IndexOf("alt=", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_inside_a_scriban_template_is_masked_the_same_way()
    {
        var text = "<style>.a { content: 'as soon as possible' }</style><p>Hi {{ customer.first_name }}, your order shipped.</p>";
        Assert.Equal("hi §, your order shipped.", S.Prose(text, TemplateSyntax.Scriban));
    }

    [Fact]
    public void A_fragment_without_body_still_has_its_text_read()
    {
        var text = "<head><title>x</title></head>Thanks for your order.<br>It ships today.";
        Assert.Equal("thanks for your order.\nit ships today.", S.Prose(text, TemplateSyntax.Html));
    }

    [Fact]
    public void An_html_body_in_another_curly_language_is_read_leniently_not_as_an_error()
    {
        var text = "<p>Hi {{#if first_name}}{{first_name}}{{else}}there{{/if}},</p>\n<p>{% trans %}Your booking is confirmed.{% endtrans %}</p>";
        var model = S.Model(text, TemplateSyntax.Html);
        Assert.False(model.HasSyntaxErrors);
        Assert.Contains("first_name", S.Paths(model, output: true));
        Assert.Contains("your booking is confirmed.", model.Prose.Text);
        Assert.DoesNotContain("trans", model.Prose.Text);
    }

    [Fact]
    public void Scriban_in_an_html_body_keeps_its_syntax_tree_for_render_checks()
    {
        var model = S.Model("<p>Hi {{ customer.first_name ?? \"there\" }}</p>", TemplateSyntax.Html);
        Assert.NotNull(model.Template);
    }

    [Theory]
    [InlineData("t.html", TemplateSyntax.Html)]
    [InlineData("t.HTM", TemplateSyntax.Html)]
    [InlineData("t.hbs", TemplateSyntax.Handlebars)]
    [InlineData("t.handlebars", TemplateSyntax.Handlebars)]
    [InlineData("t.mustache", TemplateSyntax.Handlebars)]
    [InlineData("t.j2", TemplateSyntax.Jinja)]
    [InlineData("t.jinja", TemplateSyntax.Jinja)]
    [InlineData("t.jinja2", TemplateSyntax.Jinja)]
    [InlineData("mailer/new.text.erb", TemplateSyntax.Erb)]
    [InlineData("t.html.erb", TemplateSyntax.Erb)]
    [InlineData("email.html.heex", TemplateSyntax.Heex)]
    [InlineData("t.tmpl", TemplateSyntax.GoTemplate)]
    [InlineData("t.gotmpl", TemplateSyntax.GoTemplate)]
    [InlineData("t.liquid", TemplateSyntax.Liquid)]
    public void Syntax_is_detected_by_extension_where_it_is_unambiguous(string path, TemplateSyntax syntax)
    {
        Assert.Equal(syntax, TemplateSource.SyntaxFromPath(path));
    }

    [Theory]
    [InlineData("t.php")]
    [InlineData("t.yaml")]
    [InlineData("t.tpl")]
    [InlineData("t.xml")]
    public void Ambiguous_extensions_need_a_syntax_setting(string path)
    {
        Assert.Null(TemplateSource.SyntaxFromPath(path));
    }
}
