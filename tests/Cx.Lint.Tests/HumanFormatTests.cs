using System.Text.RegularExpressions;

namespace Cx.Lint.Tests;

/// <summary>The default output: compiler-style lines, the source line underlined, totals and the scorecard.</summary>
public sealed class HumanFormatTests : IDisposable
{
    private static readonly Regex Finding = new("^(?<path>.+):(?<line>[0-9]+):(?<col>[0-9]+): (?<sev>error|warning|info) (?<id>CX[0-9]{4}): (?<msg>.+)$");

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string[] Lines(string s) => s.Replace("\r\n", "\n").Split('\n');

    [Fact]
    public void FindingLineExcerptAndUnderline()
    {
        var file = _dir.Write("warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run(file);
        Assert.Equal(0, r.ExitCode);
        var lines = Lines(r.Stdout);
        var i = Array.FindIndex(lines, l => l.StartsWith($"{file}:7:43: warning CX5001: ", StringComparison.Ordinal));
        Assert.True(i >= 0, r.ToString());
        Assert.Matches(Finding, lines[i]);
        // The source line, then carets under the span starting at column 43.
        Assert.Equal(" 7 | Your order {{ order.number }} is delayed. I can check if you want me to.", lines[i + 1]);
        var caret = Regex.Match(lines[i + 2], @"^   \| (?<pad> *)(?<marks>\^+)$");
        Assert.True(caret.Success, lines[i + 2]);
        Assert.Equal(42, caret.Groups["pad"].Length);
        Assert.StartsWith("I can check if you want", lines[i + 1].Substring(" 7 | ".Length + 42, caret.Groups["marks"].Length));
        Assert.Contains("PassiveOffer (insights, Middle of the Road); see https://github.com/cx-lint/cx/blob/main/docs/rules/CX5001.md", lines[i + 3]);
    }

    [Fact]
    public void EveryFindingMatchesTheJsonOutput()
    {
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/err.liquid", TestTemplates.WithErrors);
        var human = Cli.Run("--no-color", _dir["lib"]);
        using var json = Cli.Run("--format", "json", _dir["lib"]).Json();
        var expected = json.Files()
            .SelectMany(f => f.Diagnostics().Select(d => $"{f.Str("path")}:{d.Int("line")}:{d.Int("column")}: {d.Str("severity")} {d.Str("id")}: {d.Str("message")}"))
            .ToArray();
        var found = Lines(human.Stdout).Where(l => Finding.IsMatch(l)).ToArray();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void SummaryCountsAndScorecard()
    {
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/clean.txt", TestTemplates.Clean);
        _dir.Write("lib/err.liquid", TestTemplates.WithErrors);
        var r = Cli.Run(_dir["lib"]);
        using var json = Cli.Run("--format", "json", _dir["lib"]).Json();
        var summary = json.RootElement.GetProperty("summary");
        var lines = Lines(r.Stdout);

        Assert.Contains($"3 files linted: {summary.Int("errors")} errors, {summary.Int("warnings")} warnings, {summary.Int("infos")} infos", lines);
        var header = Array.FindIndex(lines, l => l.StartsWith("Scorecard: 3 templates", StringComparison.Ordinal));
        Assert.True(header >= 0, r.Stdout);
        Assert.Matches(@"Bad Service\s+Middle of the Road\s+Helpful Expertise", lines[header + 1]);

        string[] dims = { "attitude", "responsiveness", "personalization", "knowledge", "insights", "friction" };
        for (var k = 0; k < dims.Length; k++)
        {
            var row = Regex.Match(lines[header + 2 + k], @"^  (?<name>[A-Za-z]+)\s+(?<bad>[0-9]+)\s+(?<mid>[0-9]+)\s+(?<good>[0-9]+)$");
            Assert.True(row.Success, lines[header + 2 + k]);
            Assert.Equal(dims[k], row.Groups["name"].Value.ToLowerInvariant());
            var levels = json.Files().Select(f => f.GetProperty("levels").Str(dims[k])).ToList();
            Assert.Equal(levels.Count(l => l == "bad").ToString(), row.Groups["bad"].Value);
            Assert.Equal(levels.Count(l => l == "middle-of-the-road").ToString(), row.Groups["mid"].Value);
            Assert.Equal(levels.Count(l => l == "helpful").ToString(), row.Groups["good"].Value);
        }
    }

    [Fact]
    public void SingularCounts()
    {
        var file = _dir.Write("clean.txt", TestTemplates.Clean);
        var r = Cli.Run(file);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("1 file linted: 0 errors, 0 warnings, 0 infos", r.Stdout);
        Assert.Contains("Scorecard: 1 template by their level", r.Stdout);
    }

    [Fact]
    public void RedirectedOutputHasNoEscapes()
    {
        // A StringWriter is not a terminal: no colour whatever the environment says.
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/err.liquid", TestTemplates.WithErrors);
        _dir.Write("lib/parse.sbn", TestTemplates.ParseError);
        var r = Cli.Run(_dir["lib"]);
        Assert.False(Ansi.HasEscape(r.Stdout), r.Stdout);
        Assert.False(Ansi.HasEscape(r.Stderr), r.Stderr);
        var noColor = Cli.Run("--no-color", _dir["lib"]);
        Assert.Equal(r.Stdout, noColor.Stdout);
    }

    [Fact]
    public void LongLinesAreCutAroundTheFinding()
    {
        var filler = string.Concat(Enumerable.Repeat("Our team is here for you. ", 20));
        var text = TestTemplates.WarningsOnly.Replace("Your order {{ order.number }} is delayed. ", "Your order {{ order.number }} is delayed. " + filler);
        var file = _dir.Write("long.sbn", text);
        var r = Cli.Run(file);
        var lines = Lines(r.Stdout);
        var i = Array.FindIndex(lines, l => l.Contains(" CX5001: ", StringComparison.Ordinal));
        Assert.True(i >= 0, r.Stdout);
        var excerpt = lines[i + 1].Substring(" 7 | ".Length);
        Assert.True(excerpt.Length <= 160, $"{excerpt.Length} characters");
        var marks = lines[i + 2].Substring(" 7 | ".Length).Replace(" ", "");
        var at = lines[i + 2].IndexOf('^') - " 7 | ".Length;
        Assert.StartsWith("I can check if you want", excerpt.Substring(at, marks.Length));
    }
}
