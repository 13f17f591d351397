using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Cx.Analyzers.LiteralMap;
using Cx.Templates;
using Cx.Templates.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Cx.Analyzers
{
    /// <summary>
    /// Runs the engine on one literal and reports each finding on the characters of C# that produced
    /// it. Everything happens inside one guard: a template the engine cannot handle becomes one CX0004
    /// (Info) on the literal, never an AD0001 that would switch the analyzer off for the compilation.
    /// </summary>
    internal static class TemplateChecker
    {
        public static void Check(CompilationAnalyzer state, ExpressionSyntax literal, TemplateSyntax syntax, MessageMetadata? metadata,
            Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            var tree = literal.SyntaxTree;
            try
            {
                var map = TemplateTextBuilder.TryBuild(literal, syntax);
                var exact = map != null;
                if (map == null)
                {
                    // Not readable character by character (an unusual literal): findings underline the whole literal.
                    if (!(literal is LiteralExpressionSyntax plain)) return;
                    map = TemplateTextBuilder.Whole(plain.Token.ValueText, plain.Span, LiteralKind.Regular);
                }

                var path = tree.FilePath ?? "";
                var config = state.Configs.For(path).Configuration;
                var result = state.Analyzer.LintCached(new TemplateSource(path, map.Text, syntax), config, metadata);

                SourceText? source = null;
                foreach (var d in result.Diagnostics)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var descriptor = CxDiagnostics.Find(d.Id);
                    if (descriptor == null || d.Severity == Severity.Off) continue;
                    var location = Location.Create(tree, map.ToSource(d.Span.Start, d.Span.End));

                    IEnumerable<Location>? additional = null;
                    ImmutableDictionary<string, string?>? properties = null;
                    if (exact && (d.Id == FixProperties.GenericGreetingId || d.Id == FixProperties.PassiveOfferId))
                    {
                        source ??= tree.GetText(cancellationToken);
                        var fix = FixBuilder.For(d, result, map, syntax, source, state.Options, tree, config);
                        if (fix is FixBuilder.Fix f)
                        {
                            additional = new[] { Location.Create(tree, f.Span) };
                            properties = ImmutableDictionary<string, string?>.Empty
                                .Add(FixProperties.Replacement, f.Replacement)
                                .Add(FixProperties.Title, f.Title);
                        }
                    }
                    report(Diagnostic.Create(descriptor, location, CxDiagnostics.ToRoslyn(d.Severity), additional, properties, d.Message));
                }
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                ReportFailure(Location.Create(tree, literal.Span), "the template in this literal", ex, report);
            }
        }

        public static void ReportFailure(Location location, string what, Exception ex, Action<Diagnostic> report)
        {
            try
            {
                report(Diagnostic.Create(CxDiagnostics.AnalysisFailure, location,
                    $"Cx could not analyse {what} ({ex.GetType().Name}: {FirstLine(ex.Message)}); the rest of the code was still analysed."));
            }
            catch (ArgumentException)
            {
                // A location outside the compilation: nothing sensible to report on.
            }
        }

        private static string FirstLine(string s)
        {
            var i = s.IndexOfAny(new[] { '\r', '\n' });
            return i < 0 ? s : s.Substring(0, i);
        }
    }
}
