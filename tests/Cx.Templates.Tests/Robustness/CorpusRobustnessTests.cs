using System.Text.RegularExpressions;
using Cx.Templates.Model;

namespace Cx.Templates.Tests.Robustness;

/// <summary>
/// Every input of the shared corpora is read without an exception, a hang or a span outside the file:
/// the public templates of corpus/real in every syntax Cx knows, Scriban's own test inputs (with the
/// "-error" ones giving CX0001 where Scriban says the error is), and every example of the CommonMark spec.
/// </summary>
public class CorpusRobustnessTests
{
    private static readonly TemplateSyntax[] AllSyntaxes = (TemplateSyntax[])Enum.GetValues(typeof(TemplateSyntax));

    public static TheoryData<string> RealFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in SharedCorpus.RealTemplates()) data.Add(Path.GetRelativePath(SharedCorpus.Folder("real"), f).Replace('\\', '/'));
        return data;
    }

    [Fact]
    public void The_real_corpus_is_there_with_its_132_templates()
    {
        Assert.Equal(132, SharedCorpus.RealTemplates().Count());
    }

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Every_real_template_is_read_in_every_syntax_without_a_crash(string relative)
    {
        var text = File.ReadAllText(Path.Combine(SharedCorpus.Folder("real"), relative));
        foreach (var syntax in AllSyntaxes)
        {
            var result = SafeLint.Lint(text, syntax, relative);
            SafeLint.AssertNoRuleCrash(result, $"{relative} as {syntax}");
        }
    }

    public static TheoryData<string> ScribanInputs()
    {
        var data = new TheoryData<string>();
        var root = SharedCorpus.Folder("scriban-tests");
        foreach (var f in Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Where(f => !f.EndsWith(".out.txt", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(root, f).Replace('\\', '/'));
        return data;
    }

    [Fact]
    public void Scriban_tests_are_there()
    {
        Assert.True(ScribanInputs().Count > 150, "corpus/scriban-tests has fewer inputs than expected");
    }

    private static readonly Regex ScribanError = new(@"^\w+\((\d+),(\d+)\) : error : (.*)$", RegexOptions.Multiline);

    /// <summary>
    /// Each Scriban test input is linted as Scriban (Liquid for the 500-liquid folder). An "-error" input
    /// whose expected output is a parse error must give one CX0001 at the line and column of the first
    /// error Scriban's own test expects; an "-error" input that Scriban itself parses without error fails
    /// only when run (a runtime error such as a read-only variable), and Cx, which does not run templates
    /// to lint them, must not invent a CX0001 for it.
    /// </summary>
    [Theory]
    [MemberData(nameof(ScribanInputs))]
    public void Scriban_test_inputs_never_crash_and_errors_land_where_scriban_says(string relative)
    {
        var root = SharedCorpus.Folder("scriban-tests");
        var path = Path.Combine(root, relative);
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var liquid = relative.StartsWith("500-liquid/", StringComparison.Ordinal);
        var syntax = liquid ? TemplateSyntax.Liquid : TemplateSyntax.Scriban;
        var result = SafeLint.Lint(text, syntax, relative);
        SafeLint.AssertNoRuleCrash(result, relative);

        var name = Path.GetFileNameWithoutExtension(relative);
        if (!name.Contains("-error") || name.Contains("no-error")) return;
        var expectedOut = File.ReadAllText(Path.ChangeExtension(path, null) + ".out.txt").Replace("\r\n", "\n");
        var first = ScribanError.Match(expectedOut);
        if (!first.Success)
        {
            // Named "-error" but its expected output is a normal result (108-variable-error1: "if" as a variable works).
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CX0001");
            return;
        }
        var scribanParse = liquid ? Scriban.Template.ParseLiquid(text) : Scriban.Template.Parse(text);
        var cx0001 = result.Diagnostics.Where(d => d.Id == "CX0001").ToList();
        if (!scribanParse.HasErrors)
        {
            Assert.True(cx0001.Count == 0, $"{relative}: a runtime-only error must not be a CX0001, got {string.Join("; ", cx0001)}");
            return;
        }
        var d = Assert.Single(cx0001);
        var line = int.Parse(first.Groups[1].Value);
        var column = int.Parse(first.Groups[2].Value);
        Assert.True(d.Start.Line == line && d.Start.Column == column,
            $"{relative}: CX0001 at {d.Start} ({d.Message}); Scriban's test expects {line}:{column} ({first.Groups[3].Value})");
    }

    public static TheoryData<int> CommonMarkExamples()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < CommonMark.Examples.Value.Count; i++) data.Add(i + 1);
        return data;
    }

    [Fact]
    public void CommonMark_spec_has_its_examples()
    {
        Assert.True(CommonMark.Examples.Value.Count >= 600, $"found {CommonMark.Examples.Value.Count} examples in CommonMark.md");
    }

    /// <summary>All examples of the CommonMark spec, as Markdown and (for the HTML they hold) as HTML and plain text.</summary>
    [Fact]
    public void Every_CommonMark_example_is_read_without_a_crash()
    {
        var examples = CommonMark.Examples.Value;
        for (var i = 0; i < examples.Count; i++)
        {
            foreach (var syntax in new[] { TemplateSyntax.Markdown, TemplateSyntax.Html, TemplateSyntax.Text })
            {
                var result = SafeLint.Lint(examples[i], syntax, $"commonmark example {i + 1}");
                SafeLint.AssertNoRuleCrash(result, $"CommonMark example {i + 1} as {syntax}");
            }
        }
    }

    internal static class CommonMark
    {
        /// <summary>The Markdown of each "```````````````````````````````` example" block (→ stands for a tab in the spec).</summary>
        public static readonly Lazy<List<string>> Examples = new(() =>
        {
            var spec = File.ReadAllText(Path.Combine(SharedCorpus.Folder("commonmark"), "CommonMark.md")).Replace("\r\n", "\n");
            var list = new List<string>();
            foreach (Match m in Regex.Matches(spec, @"^`{32} example[^\n]*\n(.*?)^\.\n(.*?)^`{32}$", RegexOptions.Multiline | RegexOptions.Singleline))
                list.Add(m.Groups[1].Value.Replace('→', '\t'));
            return list;
        });
    }
}
