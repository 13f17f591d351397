using Cx.Templates.Model;
using Cx.Templates.Parsing;
using Cx.Templates.Text;

namespace Cx.Templates.Tests.Parsing;

public class MessageModelTests
{
    private static MessageModel Build(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        MessageModelBuilder.Build(new TemplateSource("t", text, syntax));

    [Fact]
    public void Static_text_runs_keep_their_exact_offsets_in_the_file()
    {
        var text = "Hi {{ customer.first_name }},\nThanks for your order.";
        var model = Build(text);
        Assert.Equal("Hi ", model.Runs[0].Text);
        Assert.Equal(0, model.Runs[0].Span.Start);
        var second = model.Runs[1];
        Assert.Equal(",\nThanks for your order.", second.Text);
        Assert.Equal(text.IndexOf(",\nThanks", StringComparison.Ordinal), second.Span.Start);
    }

    [Fact]
    public void An_output_hole_records_the_member_path_filters_and_default()
    {
        var model = Build("Hi {{ customer.first_name | string.capitalize ?? \"there\" }}");
        var v = Assert.Single(model.Variables);
        Assert.Equal("customer.first_name", v.Path);
        Assert.Equal("customer", v.Root);
        Assert.True(v.IsOutput);
        Assert.True(v.HasDefault);
        Assert.Contains("string.capitalize", v.Filters);
    }

    [Fact]
    public void A_liquid_default_filter_counts_as_a_default()
    {
        var model = Build("Hi {{ customer.first_name | default: 'there' }}", TemplateSyntax.Liquid);
        var v = Assert.Single(model.Variables);
        Assert.Equal("customer.first_name", v.Path);
        Assert.True(v.HasDefault);
    }

    [Fact]
    public void A_hole_span_covers_its_delimiters()
    {
        var text = "Hi {{ customer.first_name }}!";
        var model = Build(text);
        var hole = Assert.Single(model.Holes);
        Assert.Equal(3, hole.Span.Start);
        Assert.Equal(text.IndexOf('!'), hole.Span.End);
    }

    [Fact]
    public void Variables_in_conditions_are_inputs_not_output_and_branch_text_is_marked()
    {
        var model = Build("{{ if customer.vip }}Thanks for being a member{{ else }}Welcome{{ end }}");
        var v = Assert.Single(model.Variables);
        Assert.False(v.IsOutput);
        Assert.All(model.Runs, r => Assert.True(r.InBranch));
    }

    [Fact]
    public void A_loop_variable_resolves_to_the_collection_it_iterates()
    {
        var model = Build("{{ for item in order.items }}{{ item.name }}{{ end }}");
        var output = Assert.Single(model.Variables, v => v.IsOutput);
        Assert.Equal("order.items[].name", output.Path);
        Assert.Equal("order", output.Root);
        Assert.True(output.InLoop);
    }

    [Fact]
    public void Liquid_loop_and_assign_aliases_resolve_too()
    {
        var model = Build("{% assign n = customer.first_name %}Hi {{ n }}{% for line in order.lines %}{{ line.title }}{% endfor %}", TemplateSyntax.Liquid);
        Assert.Contains(model.Variables, v => v.IsOutput && v.Path == "customer.first_name");
        Assert.Contains(model.Variables, v => v.IsOutput && v.Path == "order.lines[].title");
    }

    [Fact]
    public void A_name_assigned_a_literal_or_captured_text_is_not_customer_data()
    {
        var model = Build("{% assign greeting = 'Hello' %}{% capture sig %}The team{% endcapture %}{{ greeting }}, {{ sig }}", TemplateSyntax.Liquid);
        Assert.Empty(model.Variables);
        Assert.Contains(Linter.Default.Lint(new TemplateSource("t", "{% assign greeting = 'Hello' %}{{ greeting }}, thanks.", TemplateSyntax.Liquid)).Diagnostics, d => d.Id == "CX3001");
    }

    [Fact]
    public void Builtin_functions_are_not_variables()
    {
        var model = Build("{{ date.now | date.to_string '%d' }} {{ appointment.start | date.to_string '%H:%M' }}");
        var v = Assert.Single(model.Variables);
        Assert.Equal("appointment.start", v.Path);
    }

    [Fact]
    public void A_syntax_error_is_CX0001_at_the_parsers_position()
    {
        var model = Build("Hello\r\nworld {{ if x }} no end");
        var p = Assert.Single(model.Problems);
        Assert.Equal("CX0001", p.RuleId);
        var pos = model.Lines.GetPosition(p.Span.Start);
        Assert.Equal(2, pos.Line);
        Assert.True(model.HasSyntaxErrors);
        Assert.True(model.Prose.IsEmpty);
    }

    [Fact]
    public void Front_matter_sets_metadata_and_keeps_body_offsets()
    {
        var text = "---\nkind: support-reply\nchannel: sms\nphase: delivery\nsubject: Your order\n---\nHi {{ customer.first_name }}";
        var model = Build(text);
        Assert.Equal("support-reply", model.FrontMatter.Kind);
        Assert.Equal("sms", model.FrontMatter.Channel);
        Assert.Equal("delivery", model.FrontMatter.Phase);
        Assert.Equal("Your order", model.FrontMatter.Subject);
        var v = Assert.Single(model.Variables);
        Assert.Equal(7, model.Lines.GetPosition(v.Span.Start).Line);
        Assert.DoesNotContain("kind", model.Prose.Text);
    }

    [Fact]
    public void An_unknown_front_matter_key_is_CX0002_at_the_key()
    {
        var text = "---\nknd: support-reply\n---\nHello";
        var model = Build(text);
        var p = Assert.Single(model.Problems);
        Assert.Equal("CX0002", p.RuleId);
        Assert.Contains("did you mean 'kind'", p.Message);
        var pos = model.Lines.GetPosition(p.Span.Start);
        Assert.Equal((2, 1), (pos.Line, pos.Column));
    }

    [Fact]
    public void A_front_matter_value_outside_the_allowed_set_is_CX0002()
    {
        var model = Build("---\nchannel: carrier-pigeon\n---\nHello");
        var p = Assert.Single(model.Problems);
        Assert.Equal("CX0002", p.RuleId);
        Assert.Contains("email, sms", p.Message);
    }

    [Fact]
    public void Invalid_front_matter_yaml_is_CX0001()
    {
        var model = Build("---\nsubject: Re: your order: delayed\n---\nHello");
        Assert.Contains(model.Problems, p => p.RuleId == "CX0001");
    }

    [Fact]
    public void Markdown_code_spans_blocks_urls_and_html_are_not_prose()
    {
        var text = "Hi {{ customer.first_name }},\n\nRun `as soon as possible` now.\n\n```\nwe will get back to you\n```\n\nSee [our page](https://example.com/soon) or <b>click</b> https://example.com/shortly.\n";
        var model = Build(text, TemplateSyntax.Markdown);
        var prose = model.Prose.Text;
        Assert.DoesNotContain("as soon as possible", prose);
        Assert.DoesNotContain("get back", prose);
        Assert.DoesNotContain("example.com", prose);
        Assert.DoesNotContain("<b>", prose);
        Assert.Contains("our page", prose);
        Assert.Contains("click", prose);
    }

    [Fact]
    public void Html_tags_and_attributes_in_scriban_text_are_not_prose()
    {
        var model = Build("<p title=\"as soon as possible\">Hello <a href=\"https://x.test/soon\">there</a></p><style>.soon{}</style>");
        Assert.Equal("hello there", model.Prose.Text);
    }

    [Fact]
    public void Prose_is_normalized_and_maps_back_to_the_original_characters()
    {
        var text = "We’ll  reply\r\n  SOON to {{ customer.first_name }}.";
        var model = Build(text);
        var prose = model.Prose;
        Assert.Equal("we'll reply soon to " + ProseText.HoleChar + ".", prose.Text);
        var i = prose.Text.IndexOf("soon", StringComparison.Ordinal);
        var span = prose.ToSource(i, i + 4);
        Assert.Equal("SOON", text.Substring(span.Start, span.Length));
        var hole = prose.Text.IndexOf(ProseText.HoleChar);
        Assert.Equal("customer.first_name", Assert.Single(prose.VariablesAt(hole)).Path);
    }

    [Fact]
    public void A_greeting_line_ending_in_a_comma_is_its_own_block_but_a_wrapped_sentence_is_not()
    {
        var model = Build("Hi {{ customer.first_name }},\nthanks for waiting. We will\nreply today.");
        Assert.Equal(2, model.Prose.Blocks.Count);
        Assert.Equal(3, model.Prose.Sentences.Count);
        Assert.Contains("we will reply today.", model.Prose.Text);
    }

    [Fact]
    public void Double_quoted_text_is_marked_as_quoted()
    {
        var model = Build("Never write \"as soon as possible\" to a customer.");
        var prose = model.Prose;
        var i = prose.Text.IndexOf("as soon", StringComparison.Ordinal);
        Assert.True(prose.IsQuoted(i, i + 19));
        Assert.False(prose.IsQuoted(0, 5));
    }
}

public class BranchTests
{
    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Lint(string text, TemplateSyntax syntax = TemplateSyntax.Scriban) =>
        Linter.Default.Lint(new TemplateSource("t", text, syntax)).Diagnostics;

    [Fact]
    public void A_generic_greeting_in_the_else_branch_is_reported_on_the_else()
    {
        var text = "{{ if customer.first_name }}\nHi {{ customer.first_name }},\n{{ else }}\nHello there,\n{{ end }}\nYour order {{ order.number }} is ready.";
        var d = Assert.Single(Lint(text), x => x.Id == "CX1001");
        Assert.Equal(4, d.Start.Line);
    }

    [Fact]
    public void A_liquid_else_branch_is_its_own_text_too()
    {
        var text = "{% if customer.first_name %}\nHi {{ customer.first_name }},\n{% else %}\nDear customer,\n{% endif %}\nYour order {{ order.number }} is ready.";
        var d = Assert.Single(Lint(text, TemplateSyntax.Liquid), x => x.Id == "CX1001");
        Assert.Equal(4, d.Start.Line);
    }

    [Fact]
    public void An_inline_fallback_stays_part_of_the_greeting()
    {
        var diags = Lint("Hi {{ if customer.first_name }}{{ customer.first_name }}{{ else }}there{{ end }},\nYour order {{ order.number }} is ready.");
        Assert.DoesNotContain(diags, x => x.Id is "CX1001" or "CX1002");
    }
}
