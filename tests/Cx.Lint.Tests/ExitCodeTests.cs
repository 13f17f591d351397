namespace Cx.Lint.Tests;

/// <summary>0 when nothing reaches the fail level, 1 when something does, 2 for usage or configuration errors.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void CleanTemplateExitsZeroAtEveryFailLevel()
    {
        var file = _dir.Write("clean.txt", TestTemplates.Clean);
        Assert.Equal(0, Cli.Run(file).ExitCode);
        foreach (var level in new[] { "error", "warning", "info" })
            Assert.Equal(0, Cli.Run("--fail-level", level, file).ExitCode);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    public void WarningsFailFromWarningDown(string? failLevel, int expected)
    {
        var file = _dir.Write("warn.sbn", TestTemplates.WarningsOnly);
        var args = failLevel == null ? new[] { file } : new[] { "--fail-level", failLevel, file };
        var r = Cli.Run(args);
        Assert.True(expected == r.ExitCode, r.ToString());
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData("error", 1)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    public void ErrorsFailAtEveryLevel(string? failLevel, int expected)
    {
        var file = _dir.Write("err.txt", TestTemplates.WithErrors);
        var args = failLevel == null ? new[] { file } : new[] { "--fail-level", failLevel, file };
        Assert.Equal(expected, Cli.Run(args).ExitCode);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 0)]
    [InlineData("info", 1)]
    public void InfosFailOnlyAtInfo(string failLevel, int expected)
    {
        // Every finding of this template turned into an info by the configuration.
        _dir.Write("lib/.cxlint.yml", "rules:\n  CX5001: info\n  CX5002: info\n  CX5004: info\n");
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        using (var doc = Cli.Run("--format", "json", _dir["lib"]).Json())
        {
            Assert.NotEmpty(doc.Files().Single().Diagnostics());
            Assert.All(doc.Files().Single().Diagnostics(), d => Assert.Equal("info", d.Str("severity")));
        }
        Assert.Equal(expected, Cli.Run("--fail-level", failLevel, _dir["lib"]).ExitCode);
    }

    [Fact]
    public void FailLevelAppliesToEveryFormat()
    {
        var file = _dir.Write("warn.sbn", TestTemplates.WarningsOnly);
        foreach (var format in new[] { "human", "json", "sarif", "github" })
        {
            Assert.Equal(0, Cli.Run("--format", format, file).ExitCode);
            Assert.Equal(1, Cli.Run("--format", format, "--fail-level", "warning", file).ExitCode);
        }
    }

    [Fact]
    public void SeverityTurnedOffNeverFails()
    {
        _dir.Write("lib/.cxlint.yml", "rules:\n  CX5001: off\n  CX5002: off\n  CX5004: off\n");
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--fail-level", "info", "--format", "json", _dir["lib"]);
        Assert.Equal(0, r.ExitCode);
        using var doc = r.Json();
        Assert.Empty(doc.Files().Single().Diagnostics());
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("-x")]
    [InlineData("--format", "xml")]
    [InlineData("--fail-level", "fatal")]
    [InlineData("--fail-level")]
    [InlineData("explain")]
    [InlineData("rules", "extra")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        var file = _dir.Write("warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run(args.Append(file).ToArray());
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.DoesNotContain("CX5001", r.Stdout); // nothing was linted
        Assert.Contains("cx-lint", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void UnknownOptionIsNamedAndNotLintedAsAPath()
    {
        var r = Cli.Run("--bogus");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--bogus", r.Stderr);
        Assert.DoesNotContain("does not exist", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void DoubleDashLetsAPathStartWithADash()
    {
        var file = _dir.Write("-odd.sbn", TestTemplates.WarningsOnly);
        // Relative "-odd.sbn" cannot be used in-process (the current directory is not the temp dir),
        // so this checks that a dashed value after "--" is taken as a path, not an option.
        var r = Cli.Run("--format", "json", "--", file);
        Assert.Equal(0, r.ExitCode);
        using var doc = r.Json();
        Assert.Equal(file, doc.Files().Single().Str("path"));
    }

    [Fact]
    public void MissingConfigFileGivenWithConfigExitsTwo()
    {
        var file = _dir.Write("warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--config", _dir["nope.yml"], file);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nope.yml", r.Stderr);
    }

    [Fact]
    public void HelpAndVersionExitZero()
    {
        var help = Cli.Run("--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var word in new[] { "--format", "--fail-level", "--config", "--no-color", "rules", "explain", "human", "json", "sarif", "github" })
            Assert.Contains(word, help.Stdout);

        var version = Cli.Run("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Equal(Program.Version, version.Stdout.Trim());
        Assert.Matches(@"^[0-9]+\.[0-9]+\.[0-9]+", Program.Version);
    }
}
