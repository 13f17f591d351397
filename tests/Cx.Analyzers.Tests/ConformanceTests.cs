using System.Collections.Immutable;
using System.Text;
using Cx.Templates;
using Cx.Templates.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Cx.Analyzers.Tests;

/// <summary>
/// The analyzer and the CLI engine agree: every template in samples/templates, embedded in a C#
/// raw string literal passed to Template.Parse (ParseLiquid for .liquid, a <c>// lang=markdown</c>
/// comment for .md), gives the same (id, line, column) relative to the template as the engine gives
/// for the file. One compilation holds all of them, analysed once.
/// </summary>
public class ConformanceTests
{
    private const int Indent = 12;

    public static IEnumerable<object[]> Templates() =>
        Directory.EnumerateFiles(SamplesRoot, "*", SearchOption.AllDirectories)
            .Where(f => TemplateSource.SyntaxFromPath(f) != null && !f.EndsWith("README.md", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(SamplesRoot, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { f });

    private static string SamplesRoot => Path.Combine(AppContext.BaseDirectory, "samples");

    private static readonly Lazy<Task<ImmutableArray<Diagnostic>>> Analyzed = new(() =>
        Direct.RunAsync(Templates().Select(t => (SourcePath((string)t[0]), Embed((string)t[0]).Code))));

    private static string SourcePath(string template) => "/src/" + template.Replace('/', '_').Replace('.', '_') + ".cs";

    /// <summary>The C# file for one template, and the line its text starts on (1-based).</summary>
    private static (string Code, int FirstLine) Embed(string template)
    {
        var text = File.ReadAllText(Path.Combine(SamplesRoot, template));
        var syntax = TemplateSource.SyntaxFromPath(template)!.Value;
        var quotes = new string('"', Math.Max(3, LongestQuoteRun(text) + 1));
        var pad = new string(' ', Indent);
        var sb = new StringBuilder();
        sb.Append("using Scriban;\nstatic class Message\n{\n    public static Template Create()\n    {\n");
        if (syntax == TemplateSyntax.Markdown) sb.Append("        // lang=markdown\n");
        sb.Append(syntax == TemplateSyntax.Liquid ? "        return Template.ParseLiquid(" : "        return Template.Parse(").Append(quotes).Append('\n');
        var firstLine = sb.ToString().Count(c => c == '\n') + 1;
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
            sb.Append(line.Length == 0 ? "" : pad + line).Append('\n');
        sb.Append(pad).Append(quotes).Append(");\n    }\n}\n");
        return (sb.ToString(), firstLine);
    }

    private static int LongestQuoteRun(string text)
    {
        int best = 0, run = 0;
        foreach (var c in text) { run = c == '"' ? run + 1 : 0; best = Math.Max(best, run); }
        return best;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Analyzer_reports_what_the_engine_reports_for_the_file(string template)
    {
        var path = Path.Combine(SamplesRoot, template);
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.DoesNotContain(text.Split('\n'), l => l.Length > 0 && l.Trim().Length == 0); // whitespace-only lines would not survive a raw literal

        var engine = Linter.Default.Lint(new TemplateSource(path, text, TemplateSource.SyntaxFromPath(path)!.Value));
        var expected = engine.Diagnostics.Select(d => $"{d.Id} {d.Start.Line}:{d.Start.Column}").OrderBy(s => s, StringComparer.Ordinal).ToList();

        var (_, firstLine) = Embed(template);
        var all = await Analyzed.Value;
        var actual = all
            .Where(d => d.Location.SourceTree?.FilePath == SourcePath(template))
            .Select(d =>
            {
                var p = d.Location.GetLineSpan().StartLinePosition;
                var line = p.Line + 1 - firstLine + 1;
                var column = p.Character + 1 - (text.Split('\n')[line - 1].Length == 0 ? 0 : Indent);
                return $"{d.Id} {line}:{column}";
            })
            .OrderBy(s => s, StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Bad_samples_do_have_findings_so_the_comparison_means_something()
    {
        var all = await Analyzed.Value;
        Assert.Contains(all, d => d.Location.SourceTree?.FilePath == SourcePath("support-reply/bad.sbn") && d.Id == "CX1004");
        Assert.Contains(all, d => d.Location.SourceTree?.FilePath == SourcePath("proposal/middle.md") && d.Id == "CX5001");
        Assert.Contains(all, d => d.Location.SourceTree?.FilePath == SourcePath("marketing/bad.liquid") && d.Id == "CX6002");
        Assert.DoesNotContain(all, d => d.Id == "AD0001");
    }

    [Fact]
    public void Every_sample_template_is_covered()
    {
        Assert.True(Templates().Count() >= 30, "samples/templates was not copied to the test output");
        Assert.Contains(Templates(), t => ((string)t[0]).EndsWith(".md", StringComparison.Ordinal));
        Assert.Contains(Templates(), t => ((string)t[0]).EndsWith(".liquid", StringComparison.Ordinal));
        Assert.Contains(Templates(), t => ((string)t[0]).EndsWith(".txt", StringComparison.Ordinal));
    }
}
