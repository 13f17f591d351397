using Cx.Templates.Model;

namespace Cx.Templates.Tests.Syntaxes;

/// <summary>Handlebars/Mustache, Jinja, ERB, PHP, Go templates and helpdesk placeholders: variables, branches, loops, comments, errors.</summary>
public class TemplateLanguageTests
{
    // ---------------------------------------------------------------- Handlebars / Mustache

    [Fact]
    public void Handlebars_outputs_raw_outputs_comments_and_partials()
    {
        var text = "Hi {{customer.first_name}}, {{{order.summary_html}}} {{& order.note}}{{!-- internal: call them --}}{{! short }}{{> footer}} \\{{literal}}";
        var m = S.Model(text, TemplateSyntax.Handlebars);
        Assert.Equal(new[] { "customer.first_name", "order.summary_html", "order.note" }, S.Paths(m, output: true));
        Assert.Equal("hi §, § § {{literal}}", m.Prose.Text.Replace(Cx.Templates.Text.ProseText.HoleChar, '§').Replace("\\", ""));
        Assert.DoesNotContain("internal", m.Prose.Text);
    }

    [Fact]
    public void Handlebars_if_else_is_a_branch_and_its_condition_an_input()
    {
        var m = S.Model("Hi {{#if customer.first_name}}{{customer.first_name}}{{else}}there{{/if}},", TemplateSyntax.Handlebars);
        var condition = Assert.Single(m.Variables, v => !v.IsOutput);
        Assert.Equal("customer.first_name", condition.Path);
        var output = Assert.Single(m.Variables, v => v.IsOutput);
        Assert.True(output.InBranch);
        Assert.Contains(m.Runs, r => r.Text == "there" && r.InBranch);
    }

    [Fact]
    public void Handlebars_each_reads_item_fields_as_paths_under_the_list()
    {
        var m = S.Model("{{#each order.items}}\n- {{name}} x {{quantity}} ({{../currency}})\n{{/each}}", TemplateSyntax.Handlebars);
        var names = m.Variables.Where(v => v.IsOutput).ToList();
        Assert.Equal(new[] { "order.items[].name", "order.items[].quantity", "currency" }, names.Select(v => v.Path));
        Assert.All(names, v => Assert.True(v.InLoop));
    }

    [Fact]
    public void Handlebars_helpers_are_not_variables_but_their_arguments_are()
    {
        var m = S.Model("Due {{formatDate invoice.due_date \"LL\"}}", TemplateSyntax.Handlebars);
        Assert.Equal(new[] { "invoice.due_date" }, S.Paths(m));
    }

    [Fact]
    public void Handlebars_mismatched_close_is_a_CX0001_at_the_close_tag()
    {
        var text = "{{#if a}}\nHi\n{{/each}}";
        var d = Assert.Single(S.Lint(text, TemplateSyntax.Handlebars).Diagnostics, x => x.Id == "CX0001");
        Assert.Equal(new LinePosition(3, 1), d.Start);
        Assert.Contains("{{/if}}", d.Message);
    }

    [Fact]
    public void Handlebars_prose_rules_see_through_holes()
    {
        var text = "Hi {{first_name}},\n\nWe will get back to you as soon as possible about order {{order.id}}.";
        Assert.Contains(S.Lint(text, TemplateSyntax.Handlebars).Diagnostics, d => d.Id == "CX2001");
    }

    // ---------------------------------------------------------------- Jinja

    [Fact]
    public void Jinja_trans_blocks_comments_filters_and_loops()
    {
        var text = "{# sent by the booking module #}{% trans name=user.first_name %}Hello {{ name }},{% endtrans %}\n" +
                   "{% for item in booking.items %}* {{ item.title|upper }}\n{% endfor %}{{ user.nickname|default('friend') }}";
        var m = S.Model(text, TemplateSyntax.Jinja);
        Assert.False(m.HasSyntaxErrors);
        Assert.DoesNotContain("sent by", m.Prose.Text);
        Assert.Contains(m.Variables, v => v.Path == "booking.items[].title" && v.InLoop && v.Filters.Contains("upper"));
        Assert.Contains(m.Variables, v => v.Path == "user.nickname" && v.HasDefault);
        Assert.Contains(m.Variables, v => v.Path == "user.first_name" && !v.IsOutput);
    }

    [Fact]
    public void Jinja_raw_blocks_are_text_and_bad_nesting_is_an_error()
    {
        var m = S.Model("{% raw %}Use {{ name }} here.{% endraw %}", TemplateSyntax.Jinja);
        Assert.Contains("use {{ name }} here.", m.Prose.Text);
        var d = Assert.Single(S.Lint("{% if a %}x{% endfor %}", TemplateSyntax.Jinja).Diagnostics, x => x.Id == "CX0001");
        Assert.Equal(12, d.Start.Column);
    }

    // ---------------------------------------------------------------- ERB / EEx

    [Fact]
    public void Erb_outputs_code_comments_branches_and_each_loops()
    {
        var text = "<%# mailer view %>Hi <%= @user.first_name %>,\n<% if @order.gift? %>A gift!\n<% else %>Your order.\n<% end %>\n" +
                   "<% @order.line_items.each do |item| %>- <%= item.name %>\n<% end %>";
        var m = S.Model(text, TemplateSyntax.Erb);
        Assert.False(m.HasSyntaxErrors);
        Assert.Contains(m.Variables, v => v.Path == "user.first_name" && v.IsOutput);
        Assert.Contains(m.Variables, v => v.Path == "order.line_items[].name" && v.InLoop);
        Assert.Contains(m.Runs, r => r.Text.Contains("A gift!") && r.InBranch);
        Assert.DoesNotContain("mailer", m.Prose.Text);
    }

    [Fact]
    public void Eex_block_outputs_open_a_block_not_a_hole()
    {
        var m = S.Model("<%= if @plan == :enterprise do %>Reply for a quote.<% else %>Upgrade now.<% end %>", TemplateSyntax.Erb);
        Assert.Empty(m.Holes);
        Assert.All(m.Runs, r => Assert.True(r.InBranch));
    }

    [Fact]
    public void Php_blocks_are_code_and_short_echo_is_output()
    {
        var m = S.Model("<?php if ($x) { ?>Hi <?= $customer->first_name ?>, thanks.<?php } ?>", TemplateSyntax.Php);
        Assert.Equal(new[] { "customer.first_name" }, S.Paths(m, output: true));
        Assert.Equal("hi §, thanks.", m.Prose.Text.Replace(Cx.Templates.Text.ProseText.HoleChar, '§'));
    }

    // ---------------------------------------------------------------- Go templates

    [Fact]
    public void Go_templates_fields_range_with_and_comments()
    {
        var text = "{{/* listmonk */}}Hi {{ .Subscriber.FirstName }},\n{{ range .Tx.Data.Items }}- {{ .Name }}\n{{ end }}{{ template \"footer\" . }}";
        var m = S.Model(text, TemplateSyntax.GoTemplate);
        Assert.False(m.HasSyntaxErrors);
        Assert.Equal(new[] { "Subscriber.FirstName", "Tx.Data.Items[].Name" }, S.Paths(m, output: true));
        Assert.DoesNotContain("listmonk", m.Prose.Text);
    }

    [Fact]
    public void Go_end_without_block_is_an_error()
    {
        var d = Assert.Single(S.Lint("Hi {{ .Name }}{{ end }}", TemplateSyntax.GoTemplate).Diagnostics, x => x.Id == "CX0001");
        Assert.Equal(15, d.Start.Column);
    }

    // ---------------------------------------------------------------- placeholders

    [Theory]
    [InlineData("Dear %{recipient.name.first},", "recipient.name.first")]
    [InlineData("Your request #{ticket.number} is open.", "ticket.number")]
    [InlineData("Hello {%customer.name%},", "customer.name")]
    [InlineData("Hi ${first_name},", "first_name")]
    [InlineData("Your appointment is at {0}.", "0")]
    [InlineData("Your order {OrderNumber} shipped.", "OrderNumber")]
    [InlineData("Your ticket {$Ticket->Subject} was updated.", "Ticket.Subject")]
    [InlineData("Hi *|FNAME|*,", "FNAME")]
    [InlineData("Hi [[first_name]],", "first_name")]
    [InlineData("Hi {{ name }},", "name")]
    public void Each_placeholder_style_is_one_hole_with_its_path(string text, string path)
    {
        var m = S.Model(text, TemplateSyntax.Placeholders);
        var hole = Assert.Single(m.Holes);
        Assert.Equal(path, Assert.Single(hole.Variables).Path);
        Assert.Single(m.Prose.Text, Cx.Templates.Text.ProseText.HoleChar);
    }

    [Fact]
    public void Placeholders_in_html_keep_exact_positions()
    {
        var text = "<p>Dear %{recipient.name.first},</p>\n<p>A representative will follow-up with you as soon as possible.</p>";
        var result = S.Lint(text, TemplateSyntax.Placeholders);
        var d = Assert.Single(result.Diagnostics, x => x.Id == "CX2001");
        Assert.Equal(2, d.Start.Line);
        Assert.DoesNotContain(result.Diagnostics, x => x.Id == "CX1002");
    }

    // ---------------------------------------------------------------- Liquid of real platforms

    [Fact]
    public void Liquid_tags_spanning_lines_parse()
    {
        var m = S.Model("{% if fulfillment.tracking_company\n   and fulfillment.tracking_url %}Track it{% endif %}", TemplateSyntax.Liquid);
        Assert.False(m.HasSyntaxErrors);
        Assert.Contains(m.Variables, v => v.Path == "fulfillment.tracking_url");
    }

    [Fact]
    public void Unknown_platform_tags_are_opaque_not_errors_nor_variables()
    {
        var text = "{% layout none %}{% form 'customer' %}Hi {{ customer.first_name }}{% endform %}{% render 'footer', shop: shop %}" +
                   "{% connected_content https://api.example.com/x :save r %}{% abort_message('no') %}{% schema %}{\"name\": \"we will call you soon\"}{% endschema %}";
        var m = S.Model(text, TemplateSyntax.Liquid);
        Assert.False(m.HasSyntaxErrors);
        Assert.Equal(new[] { "customer.first_name" }, S.Paths(m));
        Assert.Equal("hi §", m.Prose.Text.Replace(Cx.Templates.Text.ProseText.HoleChar, '§'));
    }

    [Fact]
    public void Unknown_filters_and_braze_attributes_are_read()
    {
        var m = S.Model("Hi {{${first_name} | default: 'there'}}, you paid {{ order.total | money_with_currency }}.", TemplateSyntax.Liquid);
        Assert.False(m.HasSyntaxErrors);
        Assert.Contains(m.Variables, v => v.Path == "first_name" && v.HasDefault);
        Assert.Contains(m.Variables, v => v.Path == "order.total" && v.Filters.Contains("money_with_currency"));
    }

    [Fact]
    public void Standard_liquid_errors_are_still_errors()
    {
        var d = Assert.Single(S.Lint("Hi {% if customer %}there", TemplateSyntax.Liquid).Diagnostics, x => x.Id == "CX0001");
        Assert.Contains("endif", d.Message);
    }
}

public class HeexTests
{
    [Fact]
    public void Heex_braces_are_variables_and_components_are_markup()
    {
        var text = "Thanks for being a {Plausible.product_name()} subscriber, {@user.name}!\n" +
                   "<.link href={plausible_url() <> \"?team=#{@team.id}\"}>See your stats</.link>\n" +
                   "<%= if @trial do %>Your trial ends on {@trial_end}.<% end %>";
        var m = S.Model(text, TemplateSyntax.Heex);
        Assert.False(m.HasSyntaxErrors);
        Assert.Equal("thanks for being a § subscriber, §!\nsee your stats your trial ends on §.", S.Prose(text, TemplateSyntax.Heex));
        Assert.Contains(m.Variables, v => v.Path == "user.name" && v.IsOutput);
        Assert.Contains(m.Variables, v => v.Path == "trial_end" && v.InBranch);
    }
}

/// <summary>Messages stored in YAML records, in program code, and behind e-mail header lines.</summary>
public class StoredMessageTests
{
    [Fact]
    public void Yaml_records_are_read_by_their_message_values_only()
    {
        var text = "#\n# Email template: ticket.autoresp.yaml\n#\n---\nnotes: |\n    Sent to a user when a new ticket is created\n\n" +
                   "subject: |\n    Support Ticket Opened [#%{ticket.number}]\nbody: |\n    <p>Dear %{recipient.name.first},</p>\n    <p>A representative will follow-up with you as soon as possible.</p>\n";
        var model = MessageModelBuilder_Build(text, "osticket/ticket.autoresp.yaml");
        Assert.Equal("dear §,\na representative will follow-up with you as soon as possible.", model.Prose.Text.Replace(Cx.Templates.Text.ProseText.HoleChar, '§'));
        Assert.Equal("Support Ticket Opened [#%{ticket.number}]", model.FrontMatter.Subject);
        var result = Linter.Default.Lint(new TemplateSource("osticket/ticket.autoresp.yaml", text, TemplateSyntax.Placeholders));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CX1002");
        var d = Assert.Single(result.Diagnostics, x => x.Id == "CX2001");
        Assert.Equal(12, d.Start.Line);
    }

    [Fact]
    public void Strings_in_program_code_are_the_message_and_code_is_not()
    {
        var py = "# send the reminder\ndef send(appt):\n    body = 'Hello {0}. We will call you back shortly about your appointment at {1}!'.format(appt.name, time)\n    client.messages.create(to=appt.phone, from_=TWILIO_NUMBER, body=body)\n";
        var model = MessageModelBuilder_Build(py, "tasks.py");
        Assert.Equal("hello §. we will call you back shortly about your appointment at §!", model.Prose.Text.Replace(Cx.Templates.Text.ProseText.HoleChar, '§'));
        var result = Linter.Default.Lint(new TemplateSource("tasks.py", py, TemplateSyntax.Placeholders));
        var d = Assert.Single(result.Diagnostics, x => x.Id == "CX2001");
        Assert.Equal(3, d.Start.Line);
    }

    [Fact]
    public void Php_echo_strings_are_the_message_with_printf_placeholders_as_variables()
    {
        var php = "<?php\n/* Customer note email */\necho sprintf( esc_html__( 'Hi %s,', 'woocommerce' ), esc_html( $order->get_billing_first_name() ) ) . \"\\n\\n\";\n" +
                  "echo esc_html__( 'We\\'d love to hear what you thought.', 'woocommerce' ) . \"\\n\\n\";\n";
        var model = S.Model(php, TemplateSyntax.Php);
        Assert.Equal("hi §,\nwe'd love to hear what you thought.", model.Prose.Text.Replace(Cx.Templates.Text.ProseText.HoleChar, '§'));
        Assert.Contains(model.Variables, v => v.Path == "arg" && v.IsOutput);
    }

    [Fact]
    public void Mail_header_lines_are_the_subject_not_the_opening_line()
    {
        var text = "Subject: AutoReply: {$Ticket->Subject}\n\nGreetings,\n\nThis message has been automatically generated.\n";
        var model = S.Model(text, TemplateSyntax.Placeholders);
        Assert.StartsWith("greetings,", model.Prose.Text);
        Assert.Equal("AutoReply: {$Ticket->Subject}", model.FrontMatter.Subject);
    }

    private static Cx.Templates.Model.MessageModel MessageModelBuilder_Build(string text, string path) =>
        Cx.Templates.Parsing.MessageModelBuilder.Build(new TemplateSource(path, text, TemplateSyntax.Placeholders));
}

public class SuppressionInEveryLanguageTests
{
    [Theory]
    [InlineData(TemplateSyntax.Handlebars, "{{!-- cx-disable-next-line CX2001 --}}")]
    [InlineData(TemplateSyntax.Jinja, "{# cx-disable-next-line CX2001 #}")]
    [InlineData(TemplateSyntax.Erb, "<%# cx-disable-next-line CX2001 %>")]
    [InlineData(TemplateSyntax.GoTemplate, "{{/* cx-disable-next-line CX2001 */}}")]
    [InlineData(TemplateSyntax.Html, "<!-- cx-disable-next-line CX2001 -->")]
    public void A_suppression_comment_in_the_languages_own_comment_syntax_works(TemplateSyntax syntax, string comment)
    {
        var text = "Hi there,\n" + comment + "\nWe will get back to you as soon as possible.\n";
        var result = S.Lint(text, syntax);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CX2001");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CX0003");
    }
}
