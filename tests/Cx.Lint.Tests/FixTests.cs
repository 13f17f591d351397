using Cx.Lint.Commands;
using Cx.Templates.Model;

namespace Cx.Lint.Tests;

public class FixTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cx-fix-").FullName;

    private const string Config = """
        house_rules:
          - id: ACME001
            type: substitution
            dimension: attitude
            level: middle-of-the-road
            message: "Write '%s'."
            swap:
              utilise: use
              in order to: to
        """;

    public void Dispose() => Directory.Delete(_dir, true);

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(_dir, ".cxlint.yml"), Config);
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Without_the_flag_nothing_is_written()
    {
        var path = Write("a.sbn", "Hi {{ customer.first_name ?? 'there' }},\nUtilise the app.\n");
        var before = File.ReadAllBytes(path);
        Run(path);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Fix_rewrites_the_substitutions_and_reports_what_remains()
    {
        var path = Write("a.sbn", "Hi {{ customer.first_name ?? 'there' }},\r\nUtilise the app in order to book.\r\n");
        var (_, output, _) = Run(path, "--fix");
        Assert.Equal("Hi {{ customer.first_name ?? 'there' }},\r\nUse the app to book.\r\n", File.ReadAllText(path));
        Assert.DoesNotContain("ACME001", output);
    }

    [Fact]
    public void Fix_twice_changes_nothing_the_second_time()
    {
        var path = Write("a.liquid", "Hi {{ customer.first_name | default: 'there' }}, utilise {% if x %}the app{% endif %} in order to book.\n");
        Run(path, "--fix");
        var once = File.ReadAllBytes(path);
        Run(path, "--fix");
        Assert.Equal(once, File.ReadAllBytes(path));
    }

    [Fact]
    public void Dry_run_prints_a_diff_and_writes_nothing()
    {
        var path = Write("a.md", "Hi {{ customer.first_name ?? 'there' }},\n\nPlease utilise the app.\n");
        var before = File.ReadAllBytes(path);
        var (_, output, _) = Run(path, "--fix", "--dry-run");
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Contains("-Please utilise the app.", output);
        Assert.Contains("+Please use the app.", output);
    }

    [Fact]
    public void Dry_run_without_fix_is_a_usage_error() =>
        Assert.Equal(2, Run(Write("a.sbn", "x"), "--dry-run").Code);

    [Fact]
    public void A_byte_order_mark_is_kept()
    {
        var path = Write("a.txt", "");
        File.WriteAllText(path, "Hi {{ customer.first_name ?? 'there' }}, utilise the app.\n", new System.Text.UTF8Encoding(true));
        Run(path, "--fix");
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray());
        Assert.Contains("use the app", File.ReadAllText(path));
    }

    [Fact]
    public void Every_sample_still_parses_after_fix_and_a_second_fix_changes_nothing()
    {
        var root = Repo.Root;
        var samples = Directory.GetFiles(Path.Combine(root, "samples", "templates"), "*.*", SearchOption.AllDirectories)
            .Where(f => TemplateSource.SyntaxFromPath(f) != null && !f.EndsWith("README.md", StringComparison.Ordinal));
        var config = Cx.Templates.Configuration.ConfigurationParser.Parse(
            "house_rules:\n  - { id: ACME001, type: substitution, dimension: attitude, level: bad, message: m, swap: { 'your order': 'the order', thanks: thank you } }\n",
            null, Cx.Templates.Rules.RuleCatalog.Ids, new List<Cx.Templates.Configuration.ConfigurationProblem>());
        var fixedCount = 0;
        foreach (var file in samples)
        {
            var source = new TemplateSource(file, File.ReadAllText(file), TemplateSource.SyntaxFromPath(file)!.Value);
            var first = Cx.Templates.Linter.Default.Lint(source, config);
            var (text, applied) = FixCommand.Apply(source.Text, first.Diagnostics);
            if (applied > 0) fixedCount++;
            var again = Cx.Templates.Linter.Default.Lint(new TemplateSource(file, text, source.Syntax), config);
            Assert.False(again.Model.HasSyntaxErrors, file + " no longer parses after --fix");
            Assert.Equal(0, FixCommand.Apply(text, again.Diagnostics).Applied);
        }
        Assert.True(fixedCount > 5, "the substitutions should apply to several samples");
    }
}
