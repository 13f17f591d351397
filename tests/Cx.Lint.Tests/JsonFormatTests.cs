using System.Text.Json;
using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Lint.Tests;

/// <summary>The --format json contract: field names, types and values, as the issue spells them.</summary>
public sealed class JsonFormatTests : IDisposable
{
    private static readonly string[] Dimensions = { "attitude", "responsiveness", "personalization", "knowledge", "insights", "friction" };
    private static readonly string[] LevelNames = { "bad", "middle-of-the-road", "helpful" };
    private static readonly string[] Severities = { "error", "warning", "info" };

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private CliResult LintMixedLibrary()
    {
        _dir.Write("lib/a-clean.txt", TestTemplates.Clean);
        _dir.Write("lib/b-warn.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/c-errors.liquid", TestTemplates.WithErrors);
        _dir.Write("lib/d-notes.md", "# Your order\n\nHi,\n\nThanks for your order. We will be in touch shortly.\n");
        return Cli.Run("--format", "json", _dir["lib"]);
    }

    [Fact]
    public void TopLevelHasVersionFilesAndSummary()
    {
        var r = LintMixedLibrary();
        using var doc = r.Json();
        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("version").ValueKind);
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("files").ValueKind);
        var summary = root.GetProperty("summary");
        Assert.Equal(JsonValueKind.Object, summary.ValueKind);
        foreach (var key in new[] { "files", "errors", "warnings", "infos" })
        {
            Assert.Equal(JsonValueKind.Number, summary.GetProperty(key).ValueKind);
            Assert.True(summary.GetProperty(key).GetInt32() >= 0);
        }
        Assert.Equal(1, r.ExitCode); // c-errors.liquid has errors
    }

    [Fact]
    public void EveryFileAndDiagnosticHasTheContractFields()
    {
        var r = LintMixedLibrary();
        using var doc = r.Json();
        var files = doc.Files().ToList();
        Assert.Equal(4, files.Count);
        foreach (var f in files)
        {
            Assert.Equal(JsonValueKind.String, f.GetProperty("path").ValueKind);
            Assert.Contains(f.Str("syntax"), new[] { "scriban", "liquid", "markdown", "text" });

            var levels = f.GetProperty("levels");
            Assert.Equal(JsonValueKind.Object, levels.ValueKind);
            Assert.Equal(Dimensions, levels.EnumerateObject().Select(p => p.Name).ToArray());
            foreach (var p in levels.EnumerateObject()) Assert.Contains(p.Value.GetString(), LevelNames);

            Assert.Equal(JsonValueKind.Array, f.GetProperty("diagnostics").ValueKind);
            foreach (var d in f.Diagnostics())
            {
                Assert.Matches("^CX[0-9]{4}$", d.Str("id"));
                Assert.Contains(d.Str("severity"), Severities);
                var dimension = d.Str("dimension");
                if (dimension != "tool")
                {
                    Assert.Contains(dimension, Dimensions);
                    Assert.Contains(d.Str("level"), LevelNames);
                }
                Assert.False(string.IsNullOrWhiteSpace(d.Str("message")));
                foreach (var n in new[] { "line", "column", "endLine", "endColumn" })
                {
                    Assert.Equal(JsonValueKind.Number, d.GetProperty(n).ValueKind);
                    Assert.True(d.GetProperty(n).GetInt32() >= 1, $"{n} must be 1-based");
                }
                Assert.True(d.Int("endLine") > d.Int("line") || (d.Int("endLine") == d.Int("line") && d.Int("endColumn") >= d.Int("column")),
                    "the end is not before the start");
                var help = d.Str("helpUri");
                Assert.True(Uri.TryCreate(help, UriKind.Absolute, out _), help);
                Assert.EndsWith("/" + d.Str("id") + ".md", help);
            }
        }
    }

    [Fact]
    public void DiagnosticValuesMatchTheRuleCatalogue()
    {
        var r = LintMixedLibrary();
        using var doc = r.Json();
        foreach (var d in doc.Files().SelectMany(f => f.Diagnostics()))
        {
            var rule = RuleCatalog.Find(d.Str("id"));
            Assert.NotNull(rule);
            Assert.Equal(rule!.Dimension.ToText(), d.Str("dimension"));
            if (rule.Dimension != Dimension.Tool) Assert.Equal(rule.Level.ToText(), d.Str("level"));
            Assert.Equal(rule.HelpUri, d.Str("helpUri"));
        }
    }

    [Fact]
    public void SyntaxComesFromTheExtension()
    {
        using var doc = LintMixedLibrary().Json();
        Assert.Equal("text", doc.FileNamed("a-clean.txt").Str("syntax"));
        Assert.Equal("scriban", doc.FileNamed("b-warn.sbn").Str("syntax"));
        Assert.Equal("liquid", doc.FileNamed("c-errors.liquid").Str("syntax"));
        Assert.Equal("markdown", doc.FileNamed("d-notes.md").Str("syntax"));
    }

    [Fact]
    public void WarningsOnlyTemplateHasExactDiagnosticsAndLevels()
    {
        using var doc = LintMixedLibrary().Json();
        var f = doc.FileNamed("b-warn.sbn");
        var ds = f.Diagnostics().ToList();
        Assert.Equal(new[] { "CX5002", "CX5004", "CX5001" }, ds.Select(d => d.Str("id")).ToArray());
        var passive = ds.Single(d => d.Str("id") == "CX5001");
        Assert.Equal("warning", passive.Str("severity"));
        Assert.Equal("insights", passive.Str("dimension"));
        Assert.Equal("middle-of-the-road", passive.Str("level"));
        Assert.Equal((7, 43, 7), (passive.Int("line"), passive.Int("column"), passive.Int("endLine")));
        Assert.True(passive.Int("endColumn") > 43);
        Assert.Equal("https://github.com/cx-lint/cx/blob/main/docs/rules/CX5001.md", passive.Str("helpUri"));

        var levels = f.GetProperty("levels");
        Assert.Equal("middle-of-the-road", levels.Str("insights"));
        foreach (var dim in Dimensions.Where(d => d != "insights")) Assert.Equal("helpful", levels.Str(dim));
    }

    [Fact]
    public void CleanTemplateIsHelpfulEverywhereWithNoDiagnostics()
    {
        using var doc = LintMixedLibrary().Json();
        var f = doc.FileNamed("a-clean.txt");
        Assert.Empty(f.Diagnostics());
        foreach (var dim in Dimensions) Assert.Equal("helpful", f.GetProperty("levels").Str(dim));
    }

    [Fact]
    public void LevelsAreTheWorstFindingPerDimension()
    {
        using var doc = LintMixedLibrary().Json();
        foreach (var f in doc.Files())
        {
            foreach (var dim in Dimensions)
            {
                var found = f.Diagnostics().Where(d => d.Str("dimension") == dim).Select(d => d.Str("level")).ToList();
                var expected = found.Contains("bad") ? "bad" : found.Contains("middle-of-the-road") ? "middle-of-the-road" : "helpful";
                Assert.Equal(expected, f.GetProperty("levels").Str(dim));
            }
        }
    }

    [Fact]
    public void SummaryCountsMatchTheDiagnostics()
    {
        using var doc = LintMixedLibrary().Json();
        var all = doc.Files().SelectMany(f => f.Diagnostics()).ToList();
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(doc.Files().Count(), summary.Int("files"));
        Assert.Equal(all.Count(d => d.Str("severity") == "error"), summary.Int("errors"));
        Assert.Equal(all.Count(d => d.Str("severity") == "warning"), summary.Int("warnings"));
        Assert.Equal(all.Count(d => d.Str("severity") == "info"), summary.Int("infos"));
        Assert.True(summary.Int("errors") > 0);
        Assert.True(summary.Int("warnings") > 0);
    }

    [Fact]
    public void FilesComeInAStableSortedOrderAcrossParallelRuns()
    {
        for (var i = 0; i < 12; i++) _dir.Write($"lib/t{i:D2}.sbn", i % 2 == 0 ? TestTemplates.WarningsOnly : TestTemplates.Clean);
        var first = Cli.Run("--format", "json", _dir["lib"]).Stdout;
        using var doc = JsonDocument.Parse(first);
        var paths = doc.Files().Select(f => f.Str("path")).ToArray();
        Assert.Equal(paths.OrderBy(p => p, StringComparer.Ordinal).ToArray(), paths);
        Assert.Equal(first, Cli.Run("--format", "json", _dir["lib"]).Stdout);
    }

    [Fact]
    public void AbsolutePathStaysAsGiven()
    {
        var file = _dir.Write("x.sbn", TestTemplates.WarningsOnly);
        using var doc = Cli.Run("--format", "json", file).Json();
        Assert.Equal(file.Replace('\\', '/'), doc.Files().Single().Str("path"));
    }

    [Fact]
    public void OutputIsOnlyJson()
    {
        var r = LintMixedLibrary();
        Assert.StartsWith("{", r.Stdout.TrimStart());
        Assert.EndsWith("}", r.Stdout.TrimEnd());
        Assert.DoesNotMatch(new Regex("\u001b"), r.Stdout);
    }
}
