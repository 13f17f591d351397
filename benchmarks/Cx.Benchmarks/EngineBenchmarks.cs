using System.Reflection;
using BenchmarkDotNet.Attributes;
using Cx.Templates;
using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Parsing;
using Cx.Templates.Rules;
using Cx.Templates.Text;

namespace Cx.Benchmarks;

/// <summary>Reaches the engine's internals that a benchmark needs (a fresh rule context, no cached phrase matches).</summary>
internal static class Engine
{
    private static readonly ConstructorInfo ContextConstructor =
        typeof(RuleContext).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, null,
            new[] { typeof(MessageModel), typeof(MessageMetadata), typeof(CxConfiguration) }, null)
        ?? throw new InvalidOperationException("RuleContext(MessageModel, MessageMetadata, CxConfiguration) not found");

    private static readonly FieldInfo? MatchCache = typeof(ProseText).GetField("_matches", BindingFlags.NonPublic | BindingFlags.Instance);

    /// <summary>A context as the linter makes one per template: nothing rendered or matched yet.</summary>
    public static RuleContext Context(MessageModel model)
    {
        MatchCache?.SetValue(model.Prose, null);
        return (RuleContext)ContextConstructor.Invoke(new object[] { model, model.FrontMatter, CxConfiguration.Default });
    }

    /// <summary>Every phrase list the engine embeds (Rules/Phrases/*.yml).</summary>
    public static IReadOnlyList<PhraseSet> AllPhraseSets() =>
        typeof(PhraseSet).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Cx.Phrases.", StringComparison.Ordinal) && n.EndsWith(".yml", StringComparison.Ordinal))
            .Select(n => PhraseSet.Load(n.Substring("Cx.Phrases.".Length, n.Length - "Cx.Phrases.".Length - ".yml".Length)))
            .ToArray();
}

/// <summary>Source → message model (front matter, template parse, markup mask, prose) and the whole lint.</summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private TemplateSource _source = null!;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = Templates.Medium;

    public static IEnumerable<string> Sizes => Templates.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        _source = Templates.Get(Size);
        Linter.Default.Lint(_source); // load phrase lists and rules once
    }

    [Benchmark(Description = "parse + message model")]
    public MessageModel Model() => MessageModelBuilder.Build(_source);

    [Benchmark(Description = "whole lint (model + every rule)")]
    public LintResult Lint() => Linter.Default.Lint(_source);
}

/// <summary>Each rule family (the rules of one dimension) on a built model, and the render-based checks alone.</summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private MessageModel _model = null!;
    private Rule[] _rules = Array.Empty<Rule>();

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = Templates.Medium;

    public static IEnumerable<string> Sizes => Templates.Sizes;

    /// <summary>A dimension's rules, or "render" for the rules that render the template with sample customers (CX3002, CX3004).</summary>
    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = "render";

    public static IEnumerable<string> Families =>
        RuleCatalog.Rules.Select(r => r.Descriptor.Dimension.ToString()).Distinct().OrderBy(d => d, StringComparer.Ordinal).Append("render");

    [GlobalSetup]
    public void Setup()
    {
        var source = Templates.Get(Size);
        Linter.Default.Lint(source);
        _model = MessageModelBuilder.Build(source);
        _rules = Family == "render"
            ? RuleCatalog.Rules.Where(r => r.Descriptor.Id is "CX3002" or "CX3004").ToArray()
            : RuleCatalog.Rules.Where(r => r.Descriptor.Dimension.ToString() == Family).ToArray();
    }

    [Benchmark(Description = "rule family")]
    public int Rules()
    {
        var context = Engine.Context(_model);
        var n = 0;
        foreach (var rule in _rules)
        {
            if (!rule.AppliesTo(context)) continue;
            rule.Analyze(context);
            n++;
        }
        return n;
    }
}

/// <summary>Every embedded phrase list matched over the prose of one template (the core of the phrase rules).</summary>
[MemoryDiagnoser]
public class PhraseBenchmarks
{
    private ProseText _prose = null!;
    private MessageModel _model = null!;
    private IReadOnlyList<PhraseSet> _sets = Array.Empty<PhraseSet>();

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = Templates.Medium;

    public static IEnumerable<string> Sizes => Templates.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        _model = MessageModelBuilder.Build(Templates.Get(Size));
        _prose = _model.Prose;
        _sets = Engine.AllPhraseSets();
    }

    [Benchmark(Description = "all phrase lists")]
    public int AllPhraseLists()
    {
        Engine.Context(_model); // clears the per-message match cache
        var n = 0;
        foreach (var set in _sets) n += set.Matches(_prose).Count;
        return n;
    }
}
