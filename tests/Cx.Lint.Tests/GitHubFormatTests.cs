using System.Text.RegularExpressions;

namespace Cx.Lint.Tests;

/// <summary>--format github: one workflow-command annotation per finding, escaped as the Actions toolkit does.</summary>
public sealed class GitHubFormatTests : IDisposable
{
    private static readonly Regex Annotation = new(
        "^::(?<cmd>error|warning|notice) file=(?<file>[^,:]+),line=(?<line>[0-9]+),col=(?<col>[0-9]+),endLine=(?<endLine>[0-9]+),endColumn=(?<endColumn>[0-9]+),title=(?<title>CX[0-9]{4} [A-Za-z]+)::(?<message>.+)$");

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string[] Lines(string s) => s.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');

    [Fact]
    public void EveryFindingIsOneAnnotationLineThenASummary()
    {
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/err.txt", TestTemplates.WithErrors);
        _dir.Write("lib/clean.txt", TestTemplates.Clean);
        var r = Cli.Run("--format", "github", _dir["lib"]);
        Assert.Equal(1, r.ExitCode);
        using var json = Cli.Run("--format", "json", _dir["lib"]).Json();
        var expected = json.Files().SelectMany(f => f.Diagnostics().Select(d => (f.Str("path"), d))).ToList();

        var lines = Lines(r.Stdout);
        Assert.Equal(expected.Count + 1, lines.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            var m = Annotation.Match(lines[i]);
            Assert.True(m.Success, "not an annotation: " + lines[i]);
            var (path, d) = expected[i];
            Assert.Equal(path.Replace(":", "%3A").Replace(",", "%2C"), m.Groups["file"].Value);
            Assert.Equal(d.Str("severity") switch { "error" => "error", "warning" => "warning", _ => "notice" }, m.Groups["cmd"].Value);
            Assert.Equal(d.Int("line").ToString(), m.Groups["line"].Value);
            Assert.Equal(d.Int("column").ToString(), m.Groups["col"].Value);
            Assert.Equal(d.Int("endLine").ToString(), m.Groups["endLine"].Value);
            Assert.Equal(d.Int("endColumn").ToString(), m.Groups["endColumn"].Value);
            Assert.StartsWith(d.Str("id") + " ", m.Groups["title"].Value);
            Assert.Contains(d.Str("helpUri"), m.Groups["message"].Value);
        }
        Assert.Matches("^cx-lint: 3 files, [0-9]+ errors, [0-9]+ warnings, [0-9]+ infos$", lines[^1]);
    }

    [Fact]
    public void ExactAnnotationForAKnownFinding()
    {
        var file = _dir.Write("warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "github", file);
        Assert.Equal(0, r.ExitCode);
        var line = Lines(r.Stdout).Single(l => l.Contains("title=CX5001 ", StringComparison.Ordinal));
        Assert.StartsWith($"::warning file={file},line=7,col=43,endLine=7,endColumn=", line);
        Assert.Contains(",title=CX5001 PassiveOffer::", line);
        Assert.EndsWith("(https://github.com/cx-lint/cx/blob/main/docs/rules/CX5001.md)", line);
    }

    [Fact]
    public void InfoBecomesNotice()
    {
        _dir.Write("lib/.cxlint.yml", "rules:\n  CX5001: info\n");
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "github", _dir["lib"]);
        Assert.Contains(Lines(r.Stdout), l => l.StartsWith("::notice ", StringComparison.Ordinal) && l.Contains("title=CX5001 "));
    }

    [Fact]
    public void PropertyValuesAreEscaped()
    {
        // ',' and ':' end a property in a workflow command; the toolkit escapes them as %2C and %3A.
        var file = _dir.Write("a,b:c%.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "github", file);
        var first = Lines(r.Stdout)[0];
        var escaped = file.Replace("%", "%25").Replace(":", "%3A").Replace(",", "%2C");
        Assert.StartsWith($"::warning file={escaped},line=", first);
        Assert.Matches(Annotation, first);
    }

    [Fact]
    public void ConfigurationErrorsAreAnnotatedAtTheirLine()
    {
        _dir.Write("lib/.cxlint.yml", "rules:\n  CX5001: loud\n");
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "github", _dir["lib"]);
        Assert.Equal(2, r.ExitCode);
        var line = Lines(r.Stdout).Single(l => l.Contains("CX0002", StringComparison.Ordinal));
        Assert.Matches(Annotation, line);
        Assert.StartsWith("::error file=", line);
        Assert.Contains(".cxlint.yml,line=2,col=11,", line);
    }
}
