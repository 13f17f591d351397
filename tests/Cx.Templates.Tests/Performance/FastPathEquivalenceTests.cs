using System.Text.RegularExpressions;
using CsCheck;
using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Parsing;
using Cx.Templates.Rendering;
using Cx.Templates.Rules.Insights;
using Cx.Templates.Rules.Personalization;
using Cx.Templates.Tests.Robustness;
using Cx.Templates.Text;

namespace Cx.Templates.Tests.Performance;

/// <summary>
/// The fast paths the engine takes for speed give the same answers as the plain code they replace: the
/// indexed phrase matcher and the single regular expression of each phrase list, hand-written scans and
/// the regexes they stand for, renders that share builtins and renders that do not.
/// </summary>
public class FastPathEquivalenceTests
{
    private static readonly Regex SpaceBeforePunctuation = new(@"[^\s][ \t]+[,.;:!?](?=\s|$)", RegexOptions.CultureInvariant);
    private static readonly Regex DoubledSpace = new(@"[^\s] {2,}[^\s]", RegexOptions.CultureInvariant);

    /// <summary>Texts made of what rendered messages are made of: words, spaces, tabs, punctuation, line breaks.</summary>
    private static readonly Gen<string> RenderedText =
        Gen.OneOf<string>("Hi", "Dear", "there", "a", " ", "  ", "   ", "\t", ",", ".", "!", "?", ";", ":", "\n", "\r\n", "\u00A0", "()", "\"", "null", "é")
            .Array[0, 40].Select(parts => string.Concat(parts));

    [Fact]
    public void The_space_before_punctuation_scan_finds_what_its_regex_finds()
    {
        RenderedText.Sample(text =>
            Assert.Equal(Regexed(SpaceBeforePunctuation, text), UnguardedOptionalFieldRule.SpaceBeforePunctuation(text)), iter: 3000);
    }

    [Fact]
    public void The_doubled_space_scan_finds_what_its_regex_finds()
    {
        RenderedText.Sample(text =>
            Assert.Equal(Regexed(DoubledSpace, text), UnguardedOptionalFieldRule.DoubledSpace(text)), iter: 3000);
    }

    [Fact]
    public void Whitespace_collapses_as_the_regex_and_trim_did()
    {
        RenderedText.Sample(text =>
            Assert.Equal(Regex.Replace(text, @"\s+", " ").Trim(), PlainText.Collapse(text)), iter: 3000);
    }

    [Theory]
    [InlineData("Hi ,", 1)]
    [InlineData("Hi Ana, see you .\nBye", 1)]
    [InlineData("a , b ,", 2)]
    [InlineData("a ,b ,", 1)]
    [InlineData("a , ,", 1)]
    [InlineData("Hi,", 0)]
    [InlineData("Hi ,x", 0)]
    public void The_space_before_punctuation_scan_on_known_texts(string text, int count) =>
        Assert.Equal(count, UnguardedOptionalFieldRule.SpaceBeforePunctuation(text).Count);

    [Fact]
    public void Counting_words_agrees_with_listing_them()
    {
        Gen.OneOf<string>("word", "42", " ", "\n", "-", "—", "\uE000", "é", "'", ".").Array[0, 30].Select(p => string.Concat(p)).Sample(text =>
        {
            var prose = MessageModelBuilder.Build(new TemplateSource("t", "Hello. " + text, TemplateSyntax.Text)).Prose;
            var all = new ProseRange(0, prose.Text.Length);
            Assert.Equal(InformationOverloadRule.Words(prose, all).Count, InformationOverloadRule.WordCount(prose, all));
        }, iter: 500);
    }

    [Fact]
    public void Ascii_case_insensitive_search_agrees_with_ordinal_ignore_case()
    {
        Gen.Select(Gen.OneOf<string>("c", "C", "x", "X", "-", "w", "W", ".", "é", "İ", "ı", " ").Array[0, 12].Select(p => string.Concat(p)),
                   Gen.OneOf<string>("cx-", "www.")).Sample((text, needle) =>
            Assert.Equal(text.IndexOf(needle, StringComparison.OrdinalIgnoreCase) >= 0, AsciiText.ContainsIgnoreCase(text, needle)), iter: 3000);
    }

    public static TheoryData<string> PhraseLists()
    {
        var data = new TheoryData<string>();
        foreach (var name in PhraseSet.EmbeddedNames().OrderBy(n => n, StringComparer.Ordinal)) data.Add(name);
        return data;
    }

    [Fact]
    public void Every_phrase_file_is_embedded_and_checked_below()
    {
        var files = Directory.EnumerateFiles(Path.Combine(SharedCorpus.RepoRoot, "src", "Cx.Templates", "Rules", "Phrases"), "*.yml")
            .Select(f => Path.GetFileNameWithoutExtension(f)).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(files, PhraseSet.EmbeddedNames().OrderBy(n => n, StringComparer.Ordinal));
    }

    /// <summary>
    /// The matcher looks only where a phrase can start and tries only the phrases that can start there; on
    /// the prose of the bundled samples and the labelled messages it must find exactly the matches, in order,
    /// of the one regular expression it stands for.
    /// </summary>
    [Theory]
    [MemberData(nameof(PhraseLists))]
    public void The_indexed_matcher_finds_exactly_the_single_regex_matches(string list)
    {
        var set = PhraseSet.Load(list);
        foreach (var matcher in new[] { set.Matcher, set.ExceptionMatcher })
        {
            if (matcher == null) continue;
            var single = new Regex(matcher.Pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline);
            foreach (var text in ProseTexts.Value)
            {
                var fast = new List<ProseRange>();
                matcher.Scan(text, null, fast);
                var expected = new List<ProseRange>();
                for (var m = single.Match(text); m.Success; m = m.NextMatch()) expected.Add(new ProseRange(m.Index, m.Index + m.Length));
                Assert.True(expected.Select(r => (r.Start, r.End)).SequenceEqual(fast.Select(r => (r.Start, r.End))),
                    $"{list}: expected [{string.Join(", ", expected)}], found [{string.Join(", ", fast)}] in \"{text}\"");
            }
        }
    }

    private static readonly Lazy<List<string>> ProseTexts = new(() =>
    {
        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SharedCorpus.RepoRoot, "samples", "templates"), "*.*", SearchOption.AllDirectories))
        {
            if (TemplateSource.SyntaxFromPath(file) is not TemplateSyntax syntax) continue;
            texts.Add(MessageModelBuilder.Build(new TemplateSource(file, File.ReadAllText(file), syntax)).Prose.Text);
        }
        var labelled = File.ReadAllText(Path.Combine(SharedCorpus.RepoRoot, "tests", "Cx.Templates.Tests", "Accuracy", "labelled-messages.txt"));
        foreach (var block in labelled.Split("\n\n"))
            texts.Add(MessageModelBuilder.Build(new TemplateSource("labelled", block, TemplateSyntax.Text)).Prose.Text);
        return texts;
    });

    // --- renders that share builtins ---------------------------------------------------------------------

    [Theory]
    [InlineData("{{ date.format = \"%F\" }}Hi {{ name }}", TemplateSyntax.Scriban, true)]
    [InlineData("{{ with date }}{{ format = \"%F\" }}{{ end }}Hi {{ name }}", TemplateSyntax.Scriban, true)]
    [InlineData("{{ this.x = 1 }}Hi {{ name }}", TemplateSyntax.Scriban, true)]
    [InlineData("{{ x = 1 }}{{ func f }}{{ ret 2 }}{{ end }}Hi {{ name }}", TemplateSyntax.Scriban, false)]
    [InlineData("{% assign greeting = 'Hi' %}{{ greeting }} {{ name | upcase }}", TemplateSyntax.Liquid, false)]
    public void A_template_that_could_change_builtins_is_rendered_with_its_own(string text, TemplateSyntax syntax, bool mayChange)
    {
        var model = MessageModelBuilder.Build(new TemplateSource("t", text, syntax));
        Assert.NotNull(model.Template);
        Assert.Equal(mayChange, RenderSandbox.MayChangeBuiltins(model.Template!));
    }

    [Fact]
    public void A_change_to_a_builtin_does_not_reach_the_next_render()
    {
        var changing = MessageModelBuilder.Build(new TemplateSource("a", "{{ date.format = \"%F\" }}{{ name }}", TemplateSyntax.Scriban));
        var reading = MessageModelBuilder.Build(new TemplateSource("b", "{{ date.format }} {{ name }}", TemplateSyntax.Scriban));
        var globals = new Scriban.Runtime.ScriptObject { ["name"] = "Ana" };
        var first = RenderSandbox.Render(changing.Template!, TemplateSyntax.Scriban, globals, !RenderSandbox.MayChangeBuiltins(changing.Template!));
        Assert.Equal("Ana", first.Output);
        var second = RenderSandbox.Render(reading.Template!, TemplateSyntax.Scriban, globals, shareBuiltins: true);
        Assert.Equal("%d %b %Y Ana", second.Output);
    }

    [Theory]
    [InlineData("{% for i in (1..3) %}{{ i }}{% endfor %} {{ 'a' | upcase }} {{ name | default: 'there' }}", "123 A Ana")]
    [InlineData("{% if name %}Hi {{ name }}{% break %}{% endif %}never", "Hi Ana")]
    [InlineData("{{ name | append: '!' | size }}", "4")]
    public void Liquid_renders_the_same_with_shared_builtins(string text, string expected)
    {
        var model = MessageModelBuilder.Build(new TemplateSource("t", text, TemplateSyntax.Liquid));
        var globals = new Scriban.Runtime.ScriptObject { ["name"] = "Ana" };
        var fresh = RenderSandbox.Render(model.Template!, TemplateSyntax.Liquid, globals, shareBuiltins: false);
        var shared = RenderSandbox.Render(model.Template!, TemplateSyntax.Liquid, new Scriban.Runtime.ScriptObject { ["name"] = "Ana" }, shareBuiltins: true);
        Assert.Equal(expected, fresh.Output);
        Assert.Equal(fresh.Output, shared.Output);
    }

    /// <summary>Every bundled sample, rendered for each sample customer, reads the same with shared and with fresh builtins.</summary>
    [Fact]
    public void Every_sample_renders_the_same_with_shared_and_fresh_builtins()
    {
        var rendered = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SharedCorpus.RepoRoot, "samples", "templates"), "*.*", SearchOption.AllDirectories))
        {
            if (TemplateSource.SyntaxFromPath(file) is not TemplateSyntax syntax || (syntax != TemplateSyntax.Scriban && syntax != TemplateSyntax.Liquid)) continue;
            var model = MessageModelBuilder.Build(new TemplateSource(file, File.ReadAllText(file), syntax));
            if (model.Template == null || model.Variables.Count == 0) continue;
            var samples = new SampleCustomers(model, CxConfiguration.Default);
            for (var i = 0; i < 3; i++)
            {
                var fresh = RenderSandbox.Render(model.Template, syntax, samples.Globals(i), shareBuiltins: false);
                var shared = RenderSandbox.Render(model.Template, syntax, samples.Globals(i), shareBuiltins: true);
                Assert.Equal(fresh.Output, shared.Output);
                Assert.Equal(fresh.Failed, shared.Failed);
                rendered++;
            }
        }
        Assert.True(rendered >= 30, $"only {rendered} renders compared");
    }

    private static List<(int Index, int Length)> Regexed(Regex regex, string text)
    {
        var found = new List<(int, int)>();
        for (var m = regex.Match(text); m.Success; m = m.NextMatch()) found.Add((m.Index, m.Length));
        return found;
    }
}
