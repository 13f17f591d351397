using System;
using Cx.Analyzers.Configuration;
using Cx.Templates.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using LinePosition = Microsoft.CodeAnalysis.Text.LinePosition;

namespace Cx.Analyzers.Detection
{
    /// <summary>
    /// (e) Template files in the project's AdditionalFiles (<c>.sbn .scriban .sbnhtml .sbntxt .liquid .md</c>)
    /// are linted as the CLI lints them and reported on the file itself; a <c>.cxlint.yml</c> gets its
    /// CX0002 problems reported on its own lines.
    /// </summary>
    internal static class AdditionalTemplateFiles
    {
        public static void Analyze(CompilationAnalyzer state, AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            var path = file.Path;
            try
            {
                if (ConfigurationCache.IsConfigurationFile(path))
                {
                    ReportConfigurationProblems(state, context);
                    return;
                }
                var syntax = SyntaxOf(path);
                if (syntax == null) return;
                var config = state.Configs.For(path).Configuration;
                if (!config.IsIncluded(ConfigFile.Normalize(path))) return;
                var text = file.GetText(context.CancellationToken);
                if (text == null) return;
                var result = state.Analyzer.LintCached(new TemplateSource(path, text.ToString(), syntax.Value), config, null);
                foreach (var d in result.Diagnostics)
                {
                    var descriptor = CxDiagnostics.Find(d.Id);
                    if (descriptor == null || d.Severity == Severity.Off) continue;
                    var span = TextSpan.FromBounds(Clamp(d.Span.Start, text.Length), Clamp(d.Span.End, text.Length));
                    var location = Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
                    context.ReportDiagnostic(Diagnostic.Create(descriptor, location, CxDiagnostics.ToRoslyn(d.Severity), null, null, d.Message));
                }
            }
            catch (Exception ex) when (!(ex is OperationCanceledException))
            {
                var location = Location.Create(path, default, default);
                TemplateChecker.ReportFailure(location, "this file", ex, context.ReportDiagnostic);
            }
        }

        /// <summary>The syntax of a template file by extension; null for anything else (.txt AdditionalFiles are too often not templates).</summary>
        public static TemplateSyntax? SyntaxOf(string path)
        {
            var syntax = TemplateSource.SyntaxFromPath(path);
            return syntax == TemplateSyntax.Scriban || syntax == TemplateSyntax.Liquid || syntax == TemplateSyntax.Markdown ? syntax : null;
        }

        private static void ReportConfigurationProblems(CompilationAnalyzer state, AdditionalFileAnalysisContext context)
        {
            var path = ConfigFile.Normalize(context.AdditionalFile.Path);
            ConfigFile? config = null;
            foreach (var f in state.Configs.Files)
                if (f.Path == path) { config = f; break; }
            if (config == null || config.Problems.Count == 0) return;
            var text = context.AdditionalFile.GetText(context.CancellationToken);
            if (text == null) return;
            foreach (var p in config.Problems)
            {
                var start = Position(text, p.Start);
                var end = Position(text, p.End);
                if (end < start) end = start;
                var span = TextSpan.FromBounds(start, end);
                var location = Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
                context.ReportDiagnostic(Diagnostic.Create(CxDiagnostics.InvalidConfiguration, location, p.Message));
            }
        }

        private static int Position(SourceText text, Cx.Templates.Model.LinePosition p)
        {
            var line = Math.Max(0, Math.Min(p.Line - 1, text.Lines.Count - 1));
            var l = text.Lines[line];
            return Math.Min(l.Start + Math.Max(0, p.Column - 1), l.End);
        }

        private static int Clamp(int v, int length) => v < 0 ? 0 : v > length ? length : v;
    }
}
