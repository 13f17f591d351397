using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Cx.Analyzers.Tests;

/// <summary>Runs the analyzer on a compilation directly: many files at once, and every diagnostic, AD0001 included.</summary>
internal static class Direct
{
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(IEnumerable<(string Path, string Code)> sources, IEnumerable<(string Path, string Text)>? additionalFiles = null,
        IReadOnlyDictionary<string, string>? editorconfig = null, IReadOnlyDictionary<string, ReportDiagnostic>? specific = null)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Code, new CSharpParseOptions(LanguageVersion.Preview), s.Path)).ToList();
        var compilation = CSharpCompilation.Create("Test", trees, Verifier.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: specific));
        var additional = (additionalFiles ?? Array.Empty<(string, string)>()).Select(f => (AdditionalText)new InMemoryText(f.Item1, f.Item2)).ToImmutableArray();
        var options = new AnalyzerOptions(additional, new OptionsProvider(editorconfig ?? new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CxAnalyzer()), options);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>What an .editorconfig section gives every file, as the compiler passes it to analyzers.</summary>
    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options;
        public OptionsProvider(IReadOnlyDictionary<string, string> values) => _options = new Options(values);
        public override AnalyzerConfigOptions GlobalOptions => _options;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> _values;
            public Options(IReadOnlyDictionary<string, string> values) => _values = values;
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;
        public InMemoryText(string path, string text) { Path = path; _text = SourceText.From(text); }
        public override string Path { get; }
        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
