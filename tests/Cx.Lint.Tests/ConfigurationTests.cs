namespace Cx.Lint.Tests;

/// <summary>.cxlint.yml: nearest above each template wins; unknown keys and bad values are CX0002 with file and line, exit 2.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static System.Text.Json.JsonElement ConfigEntry(System.Text.Json.JsonDocument doc) =>
        doc.Files().Single(f => f.Str("path").EndsWith(".cxlint.yml", StringComparison.Ordinal));

    [Fact]
    public void UnknownKeyIsCx0002WithLineAndExitTwo()
    {
        var config = _dir.Write("lib/.cxlint.yml", "rules:\n  CX5001: off\nfoo: 1\n");
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "json", _dir["lib"]);
        Assert.Equal(2, r.ExitCode);
        using var doc = r.Json();
        var entry = ConfigEntry(doc);
        Assert.Equal(config, entry.Str("path"));
        var d = Assert.Single(entry.Diagnostics());
        Assert.Equal("CX0002", d.Str("id"));
        Assert.Equal("error", d.Str("severity"));
        Assert.Equal((3, 1), (d.Int("line"), d.Int("column")));
        Assert.Contains("'foo'", d.Str("message"));
        Assert.Contains("CX0002", r.Stderr);
        // The valid part of the file still applies.
        Assert.DoesNotContain("CX5001", doc.FileNamed("warn.sbn").Ids());
    }

    [Fact]
    public void BadValueIsCx0002AtTheValue()
    {
        _dir.Write("lib/.cxlint.yml", "rules:\n  CX5001: loud\n");
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "json", _dir["lib"]);
        Assert.Equal(2, r.ExitCode);
        using var doc = r.Json();
        var d = Assert.Single(ConfigEntry(doc).Diagnostics());
        Assert.Equal("CX0002", d.Str("id"));
        Assert.Equal((2, 11), (d.Int("line"), d.Int("column")));
        Assert.Contains("'loud'", d.Str("message"));
    }

    [Theory]
    [InlineData("rules:\n  CX9999: off\n", 2, 3)]
    [InlineData("overrides:\n  - channel: fax\n    rules: { CX5001: off }\n", 2, 14)]
    [InlineData("advise_kinds: [newsletter]\n", 1, 16)]
    [InlineData("rules: [CX5001]\n", 1, 8)]
    [InlineData("rules:\n  CX5001: warning\n  bad indent: [\n", 4, 1)] // not valid YAML: reported where the parser gives up, at the end
    public void EachConfigurationProblemIsCx0002AtItsLine(string yaml, int line, int column)
    {
        _dir.Write("lib/.cxlint.yml", yaml);
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "json", _dir["lib"]);
        Assert.True(r.ExitCode == 2, r.ToString());
        using var doc = r.Json();
        var d = ConfigEntry(doc).Diagnostics().First();
        Assert.Equal("CX0002", d.Str("id"));
        Assert.Equal(line, d.Int("line"));
        Assert.Equal(column, d.Int("column"));
    }

    [Fact]
    public void HumanOutputNamesTheConfigFileAndLine()
    {
        var config = _dir.Write("lib/.cxlint.yml", "rules:\n  CX5001: off\nfoo: 1\n");
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run(_dir["lib"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"{config}:3:1: error CX0002: Unknown key 'foo'", r.Stdout);
        Assert.Contains(" 3 | foo: 1", r.Stdout);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void ConfigErrorExitsTwoEvenWhenTemplatesHaveErrors()
    {
        _dir.Write("lib/.cxlint.yml", "nope: true\n");
        _dir.Write("lib/err.txt", TestTemplates.WithErrors);
        Assert.Equal(2, Cli.Run(_dir["lib"]).ExitCode);
    }

    [Fact]
    public void ConfigGivenWithConfigOptionIsCheckedToo()
    {
        var config = _dir.Write("elsewhere/strict.yml", "rulez: {}\n");
        var file = _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "json", "--config", config, file);
        Assert.Equal(2, r.ExitCode);
        using var doc = r.Json();
        var entry = doc.Files().Single(f => f.Str("path").EndsWith("strict.yml", StringComparison.Ordinal));
        Assert.Equal(1, Assert.Single(entry.Diagnostics()).Int("line"));
    }

    [Fact]
    public void NearestConfigurationWins()
    {
        _dir.Write("lib/.cxlint.yml", "rules:\n  CX5001: off\n");
        _dir.Write("lib/team/.cxlint.yml", "rules:\n  CX5001: error\n");
        _dir.Write("lib/top.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/team/inner.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/other/deeper.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "json", _dir["lib"]);
        Assert.Equal(1, r.ExitCode);
        using var doc = r.Json();
        Assert.DoesNotContain("CX5001", doc.FileNamed("top.sbn").Ids());
        Assert.DoesNotContain("CX5001", doc.FileNamed("deeper.sbn").Ids());
        var inner = doc.FileNamed("inner.sbn").Diagnostics().Single(d => d.Str("id") == "CX5001");
        Assert.Equal("error", inner.Str("severity"));
    }

    [Fact]
    public void NearestConfigurationAppliesToAFileGivenDirectly()
    {
        _dir.Write("lib/.cxlint.yml", "rules:\n  CX5001: off\n");
        var file = _dir.Write("lib/a/b/warn.sbn", TestTemplates.WarningsOnly);
        using var doc = Cli.Run("--format", "json", file).Json();
        Assert.DoesNotContain("CX5001", doc.Files().Single().Ids());
    }

    [Fact]
    public void ConfigOptionOverridesTheNearestFile()
    {
        _dir.Write("lib/.cxlint.yml", "rules:\n  CX5001: off\n");
        var explicitConfig = _dir.Write("strict.yml", "rules:\n  CX5001: error\n");
        var file = _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "json", "--config", explicitConfig, file);
        Assert.Equal(1, r.ExitCode);
        using var doc = r.Json();
        Assert.Equal("error", doc.Files().Single().Diagnostics().Single(d => d.Str("id") == "CX5001").Str("severity"));
    }

    [Fact]
    public void OverridesApplyByFileGlob()
    {
        _dir.Write("lib/.cxlint.yml", "overrides:\n  - files: \"chat/**\"\n    rules: { CX5001: off }\n");
        _dir.Write("lib/chat/a.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/email/a.sbn", TestTemplates.WarningsOnly);
        using var doc = Cli.Run("--format", "json", _dir["lib"]).Json();
        Assert.DoesNotContain("CX5001", doc.FileNamed("chat/a.sbn").Ids());
        Assert.Contains("CX5001", doc.FileNamed("email/a.sbn").Ids());
    }

    [Fact]
    public void ExcludeSkipsMatchingTemplatesInAWalk()
    {
        _dir.Write("lib/.cxlint.yml", "exclude:\n  - drafts/**\n  - README.md\n");
        _dir.Write("lib/README.md", "# Notes\n");
        _dir.Write("lib/live/a.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/drafts/b.sbn", TestTemplates.WithErrors);
        var r = Cli.Run("--format", "json", _dir["lib"]);
        Assert.Equal(0, r.ExitCode);
        using var doc = r.Json();
        Assert.Equal(new[] { "a.sbn" }, doc.Files().Select(f => Path.GetFileName(f.Str("path"))).ToArray());
    }

    [Fact]
    public void IncludeLimitsAWalkToMatchingTemplates()
    {
        _dir.Write("lib/.cxlint.yml", "include:\n  - \"emails/**\"\n  - \"*.liquid\"\nexclude:\n  - \"emails/old/**\"\n");
        _dir.Write("lib/emails/a.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/emails/old/b.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/sms/c.liquid", TestTemplates.WarningsOnly);
        _dir.Write("lib/sms/d.txt", TestTemplates.WarningsOnly);
        using var doc = Cli.Run("--format", "json", _dir["lib"]).Json();
        Assert.Equal(new[] { "a.sbn", "c.liquid" }, doc.Files().Select(f => Path.GetFileName(f.Str("path"))).OrderBy(n => n, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void IncludeAndExcludeApplyToGlobArguments()
    {
        _dir.Write("lib/.cxlint.yml", "exclude:\n  - drafts/**\n");
        _dir.Write("lib/live/a.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/drafts/b.sbn", TestTemplates.WarningsOnly);
        using var doc = Cli.Run("--format", "json", _dir["lib"] + "/**/*.sbn").Json();
        Assert.Equal(new[] { "a.sbn" }, doc.Files().Select(f => Path.GetFileName(f.Str("path"))).ToArray());
    }

    [Fact]
    public void EverythingExcludedSaysNoTemplates()
    {
        _dir.Write("lib/.cxlint.yml", "exclude:\n  - \"**\"\n");
        _dir.Write("lib/a.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run(_dir["lib"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no templates", r.Stderr);
    }

    [Fact]
    public void FrontMatterProblemsAreCx0002AtTheirLine()
    {
        var file = _dir.Write("fm.sbn", "---\nkind: newsletter\nchanel: email\n---\n" + TestTemplates.Clean.Split("---\n")[2]);
        var r = Cli.Run("--format", "json", file);
        Assert.NotEqual(0, r.ExitCode);
        using var doc = r.Json();
        var problems = doc.Files().Single().Diagnostics().Where(d => d.Str("id") == "CX0002").ToList();
        Assert.Equal(new[] { (2, 7), (3, 1) }, problems.Select(d => (d.Int("line"), d.Int("column"))).ToArray());
        Assert.All(problems, d => Assert.Equal("error", d.Str("severity")));
    }

    [Fact]
    public void EmptyConfigurationIsFine()
    {
        _dir.Write("lib/.cxlint.yml", "");
        _dir.Write("lib/clean.txt", TestTemplates.Clean);
        Assert.Equal(0, Cli.Run(_dir["lib"]).ExitCode);
    }
}
