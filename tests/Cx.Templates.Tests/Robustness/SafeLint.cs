using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Templates.Tests.Robustness;

/// <summary>Where the repository and ../shared are; the tests fail (never skip) when shared/ is missing.</summary>
internal static class SharedCorpus
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Cx.sln"))) dir = dir.Parent;
        Assert.True(dir != null, $"no folder with Cx.sln above {AppContext.BaseDirectory}");
        return dir!.FullName;
    });

    public static string RepoRoot => RootPath.Value;

    /// <summary>../shared/corpus/&lt;name&gt; beside the repository; asserts it exists.</summary>
    public static string Folder(string name)
    {
        var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus", name));
        Assert.True(Directory.Exists(path), $"the shared corpus folder {path} is missing: these tests need ../shared beside the repository");
        return path;
    }

    /// <summary>Every template of corpus/real: not the _i18n locale data, not SOURCES.md.</summary>
    public static IEnumerable<string> RealTemplates() =>
        Directory.EnumerateFiles(Folder("real"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Replace('\\', '/').Contains("/_i18n/") && Path.GetFileName(f) != "SOURCES.md")
            .OrderBy(f => f, StringComparer.Ordinal);
}

/// <summary>
/// Lints on a thread with a 1 MB stack, like an IDE or compiler host gives an analyzer: a stack overflow
/// there cannot be caught and kills the process, so the engine must bound every recursion itself.
/// </summary>
internal static class SafeLint
{
    public const int HostStack = 1024 * 1024;

    public static LintResult Lint(string text, TemplateSyntax syntax, string path = "t", TimeSpan? timeout = null)
    {
        LintResult? result = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = Linter.Default.Lint(new TemplateSource(path, text, syntax)); }
            catch (Exception ex) { error = ex; }
        }, HostStack);
        thread.Start();
        var limit = timeout ?? TimeSpan.FromSeconds(60);
        Assert.True(thread.Join(limit), $"linting {path} ({syntax}, {text.Length} chars) did not finish in {limit.TotalSeconds:0} s");
        if (error != null) throw new Xunit.Sdk.XunitException($"linting {path} ({syntax}) threw {error}");
        AssertWellFormed(result!, text);
        return result!;
    }

    /// <summary>Every span inside the file, positions consistent with the spans, messages present.</summary>
    public static void AssertWellFormed(LintResult result, string text)
    {
        var lines = new LineMap(text);
        foreach (var d in result.Diagnostics)
        {
            Assert.True(d.Span.Start >= 0 && d.Span.End <= text.Length && d.Span.Start <= d.Span.End, $"{d.Id} span {d.Span} outside the file of {text.Length} chars");
            Assert.Equal(lines.GetPosition(d.Span.Start), d.Start);
            Assert.Equal(lines.GetPosition(d.Span.End), d.End);
            Assert.False(string.IsNullOrWhiteSpace(d.Message), $"{d.Id} has no message");
        }
        foreach (var v in result.Model.Variables)
            Assert.True(v.Span.Start >= 0 && v.Span.End <= text.Length, $"variable {v.Path} span {v.Span} outside the file");
        foreach (var r in result.Model.Runs)
            Assert.True(r.Span.Start >= 0 && r.Span.End <= text.Length, $"run span {r.Span} outside the file");
        var prose = result.Model.Prose;
        for (var i = 0; i < prose.Text.Length; i++)
        {
            var s = prose.ToSource(i, i + 1);
            Assert.True(s.Start >= 0 && s.End <= text.Length, $"prose char {i} maps to {s} outside the file");
        }
    }

    /// <summary>Analysis failures (a rule that threw) are bugs, not findings.</summary>
    public static void AssertNoRuleCrash(LintResult result, string what)
    {
        var crash = result.Diagnostics.FirstOrDefault(d => d.Id == ToolRules.AnalysisFailure.Id && d.Message.Contains("could not analyse"));
        Assert.True(crash == null, $"{what}: {crash?.Message}");
    }
}
