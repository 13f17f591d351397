using Cx.Analyzers;
using Cx.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Cx.Analyzers.Tests;

/// <summary>
/// Analyzer and code fix tests with markup spans. References come from Basic.Reference.Assemblies
/// and the Scriban assembly the tests run with: nothing is downloaded at test time.
/// </summary>
internal static class Verifier
{
    public static readonly MetadataReference[] References =
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Scriban.Template).Assembly.Location))
            .ToArray();

    public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> Analyzer<TAnalyzer>(string code, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = code,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(References);
        test.ExpectedDiagnostics.AddRange(expected);
        Focus(test.DisabledDiagnostics, code, expected);
        return test;
    }

    /// <summary>
    /// A test is about the rules its markup and expectations name: the other content rules are
    /// disabled, so a rule the engine gains later does not break a test about another one. A test
    /// that names no rule (a negative test) keeps every rule on.
    /// </summary>
    public static void Focus(List<string> disabled, string code, IEnumerable<DiagnosticResult> expected)
    {
        var named = new HashSet<string>(System.Text.RegularExpressions.Regex.Matches(code, @"(?:\{\||⟦)(CX\d{4}):").Select(m => m.Groups[1].Value));
        foreach (var e in expected) named.Add(e.Id);
        if (named.Count == 0) return;
        foreach (var rule in Cx.Templates.Rules.RuleCatalog.Descriptors)
            if (rule.Dimension != Cx.Templates.Model.Dimension.Tool && !named.Contains(rule.Id)) disabled.Add(rule.Id);
    }

    public static CSharpAnalyzerTest<CxAnalyzer, DefaultVerifier> Analyzer(string code, params DiagnosticResult[] expected) =>
        Analyzer<CxAnalyzer>(code, expected);

    public static Task VerifyAsync(string code, params DiagnosticResult[] expected) => Analyzer(code, expected).RunAsync();

    public static CSharpCodeFixTest<CxAnalyzer, CxCodeFixProvider, DefaultVerifier> CodeFix(string code, string fixedCode)
    {
        var test = new CSharpCodeFixTest<CxAnalyzer, CxCodeFixProvider, DefaultVerifier>
        {
            TestCode = code,
            FixedCode = fixedCode,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(References);
        test.FixedState.AdditionalReferences.AddRange(References);
        Focus(test.DisabledDiagnostics, code, Array.Empty<DiagnosticResult>());
        return test;
    }

    /// <summary>A diagnostic as markup gives it; the fix's additional location is checked by the code fix tests.</summary>
    public static DiagnosticResult Diagnostic(string id) => Diagnostic(id, CxDiagnostics.Find(id)!.DefaultSeverity);

    public static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity) =>
        new DiagnosticResult(id, severity).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);
}

/// <summary>Markup that survives <c>$$</c> (which the test framework reads as a caret): ⟦id: … ⟧ around the expected span.</summary>
internal static class Brackets
{
    public static (string Code, DiagnosticResult[] Expected) Parse(string marked)
    {
        var code = new System.Text.StringBuilder();
        var expected = new List<DiagnosticResult>();
        var open = new Stack<(string Id, int Line, int Column)>();
        int line = 1, column = 1;
        for (var i = 0; i < marked.Length; i++)
        {
            var c = marked[i];
            if (c == '⟦')
            {
                var colon = marked.IndexOf(':', i);
                open.Push((marked.Substring(i + 1, colon - i - 1), line, column));
                i = colon;
                continue;
            }
            if (c == '⟧')
            {
                var (id, l, col) = open.Pop();
                expected.Add(Verifier.Diagnostic(id).WithSpan(l, col, line, column).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
                continue;
            }
            code.Append(c);
            if (c == '\n') { line++; column = 1; } else column++;
        }
        return (code.ToString(), expected.ToArray());
    }

    public static Task VerifyAsync(string marked, params DiagnosticResult[] more)
    {
        var (code, expected) = Parse(marked);
        var test = Verifier.Analyzer(code, expected.Concat(more).ToArray());
        test.TestState.MarkupHandling = MarkupMode.None;
        return test.RunAsync();
    }
}
