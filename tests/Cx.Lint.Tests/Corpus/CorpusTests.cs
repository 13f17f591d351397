using System.Text;

namespace Cx.Lint.Tests.Corpus;

/// <summary>
/// cx-lint over the public template corpus (../shared/corpus/real, 132 templates from 24 projects) with
/// the per-folder syntax mapping of Corpus/corpus.cxlint.yml: every template is linted, none crashes,
/// none gives CX0001 (each file is valid in its own language), locale data and SOURCES.md are left out.
/// </summary>
public sealed class CorpusTests
{
    private static string RealCorpus
    {
        get
        {
            var path = Path.Combine(Repo.Shared, "corpus", "real");
            Assert.True(Directory.Exists(path), $"the shared corpus {path} is missing: these tests need ../shared beside the repository");
            return path;
        }
    }

    private static string CorpusConfig => Path.Combine(Repo.Root, "tests", "Cx.Lint.Tests", "Corpus", "corpus.cxlint.yml");

    private static readonly Lazy<CliResult> Run = new(() => Cli.Run("--config", CorpusConfig, "--format", "json", RealCorpus));

    [Fact]
    public void Every_template_of_the_corpus_is_linted_without_a_crash_or_a_CX0001()
    {
        var r = Run.Value;
        Assert.True(r.ExitCode is 0 or 1, r.ToString());
        Assert.Equal("", r.Stderr.Trim());
        using var doc = r.Json();
        var files = doc.Files().ToList();
        var expected = Directory.EnumerateFiles(RealCorpus, "*", SearchOption.AllDirectories)
            .Where(f => !f.Replace('\\', '/').Contains("/_i18n/") && Path.GetFileName(f) != "SOURCES.md").Count();
        Assert.Equal(132, expected);
        Assert.Equal(expected, files.Count);
        var problems = files
            .SelectMany(f => f.Diagnostics().Select(d => (Path: f.Str("path"), Id: d.Str("id"), Line: d.Int("line"), Message: d.Str("message"))))
            .Where(d => d.Id == "CX0001" || (d.Id == "CX0004" && !d.Message.Contains("rendering with sample customers")))
            .Select(d => $"{d.Path}:{d.Line}: {d.Id} {d.Message}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Each_file_is_read_in_the_syntax_its_folder_is_configured_for()
    {
        using var doc = Run.Value.Json();
        string SyntaxOf(string suffix) => doc.FileNamed(suffix).Str("syntax");
        Assert.Equal("handlebars", SyntaxOf("postmark-templates/welcome.txt"));
        Assert.Equal("placeholders", SyntaxOf("osticket/ticket.autoresp.yaml"));
        Assert.Equal("jinja", SyntaxOf("indico/event_reminder.txt"));
        Assert.Equal("go-template", SyntaxOf("listmonk/subscriber-optin.html"));
        Assert.Equal("erb", SyntaxOf("solidus/order_mailer.confirm_email.text.erb"));
        Assert.Equal("liquid", SyntaxOf("shopify-default-notifications/order-confirmation.liquid"));
        Assert.Equal("markdown", SyntaxOf("vscode-issue-bot/question.md"));
        Assert.Equal("php", SyntaxOf("woocommerce/customer-note.php"));
        Assert.Equal("scriban", SyntaxOf("abp-framework/PasswordResetLink.tpl"));
    }

    [Fact]
    public void Without_the_syntax_mapping_the_other_languages_are_reported_as_CX0001_one_clear_line_each()
    {
        // The same Jinja and Go files read as Scriban (their default by extension) do not parse: the message says where.
        var r = Cli.Run("--format", "json", Path.Combine(RealCorpus, "indico", "event_reminder.txt"), Path.Combine(RealCorpus, "listmonk", "sample-tx.tpl"));
        using var doc = r.Json();
        var d = Assert.Single(doc.FileNamed("event_reminder.txt").Diagnostics());
        Assert.Equal("CX0001", d.Str("id"));
        Assert.True(d.Int("line") > 1);
        Assert.Equal("CX0001", Assert.Single(doc.FileNamed("sample-tx.tpl").Diagnostics()).Str("id"));
    }

    [Fact]
    public void Files_of_any_extension_are_walked_when_a_syntax_glob_claims_them()
    {
        using var dir = new TempDir();
        dir.Write(".cxlint.yml", "metadata:\n  - files: \"helpdesk/*.yaml\"\n    syntax: placeholders\n    kind: support-reply\n    channel: email\n");
        dir.Write("helpdesk/autoresp.yaml", "Dear %{recipient.name.first},\n\nA representative will follow up with you as soon as possible.\n");
        dir.Write("helpdesk/notes.json", "{\"not\": \"a template\"}");
        var r = Cli.Run("--format", "json", dir.Path);
        using var doc = r.Json();
        var f = Assert.Single(doc.Files());
        Assert.Equal("placeholders", f.Str("syntax"));
        Assert.Contains("CX2001", f.Ids());
        Assert.DoesNotContain("CX1002", f.Ids());
    }

    [Fact]
    public void A_bad_syntax_name_is_a_configuration_error_with_exit_2()
    {
        using var dir = new TempDir();
        dir.Write(".cxlint.yml", "metadata:\n  - files: \"*.hbs\"\n    syntax: handlebar\n");
        dir.Write("a.hbs", "Hi {{name}}, thanks for your order.\n");
        var r = Cli.Run(dir.Path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'handlebar' is not a template syntax", r.Stdout);
        Assert.Contains("did you mean 'handlebars'", r.Stdout.ToLowerInvariant());
    }

    [Fact]
    public void A_50_MB_file_is_refused_before_it_is_read()
    {
        using var dir = new TempDir();
        var path = dir["huge.txt"];
        using (var f = File.Create(path)) f.SetLength(50L * 1024 * 1024);
        File.WriteAllText(dir["ok.txt"], "Hi {{ customer.first_name }}, your order shipped today.\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = Cli.Run("--format", "json", dir.Path);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
        using var doc = r.Json();
        var d = Assert.Single(doc.FileNamed("huge.txt").Diagnostics());
        Assert.Equal("CX0001", d.Str("id"));
        Assert.Contains("50.0 MB", d.Str("message"));
        Assert.DoesNotContain(doc.FileNamed("ok.txt").Diagnostics(), x => x.Str("id") == "CX0001");
    }

    [Fact]
    public void Oversized_binary_and_invalid_utf8_files_give_one_line_each_and_the_run_goes_on()
    {
        using var dir = new TempDir();
        var big = new StringBuilder();
        var line = "Your order is on its way. We will let you know when it arrives.\n";
        while (big.Length < 3 * 1024 * 1024) big.Append(line);
        dir.Write("big.txt", big.ToString());
        dir.WriteBytes("nul.txt", Encoding.UTF8.GetBytes("Hi\0there"));
        dir.WriteBytes("bad.txt", Encoding.UTF8.GetBytes("Hi there,\nline two \u00e9").Concat(new byte[] { 0xC3, 0x28 }).ToArray());
        dir.Write("good.txt", "Hi {{ customer.first_name }}, we will get back to you as soon as possible.\n");
        var r = Cli.Run("--format", "json", dir.Path);
        using var doc = r.Json();
        var bigDiag = Assert.Single(doc.FileNamed("big.txt").Diagnostics());
        Assert.Equal("CX0001", bigDiag.Str("id"));
        Assert.Contains("2 MiB", bigDiag.Str("message"));
        Assert.Equal("CX0001", Assert.Single(doc.FileNamed("nul.txt").Diagnostics()).Str("id"));
        var bad = Assert.Single(doc.FileNamed("bad.txt").Diagnostics());
        Assert.Equal("CX0001", bad.Str("id"));
        Assert.Equal(2, bad.Int("line"));
        Assert.Contains("CX2001", doc.FileNamed("good.txt").Ids());
    }
}
