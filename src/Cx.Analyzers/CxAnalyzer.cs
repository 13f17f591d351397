using System.Collections.Concurrent;
using System.Collections.Immutable;
using Cx.Templates;
using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Cx.Analyzers
{
    /// <summary>
    /// Finds customer-message templates in C# and reports the engine's findings on the exact
    /// characters of each literal. Detection: <c>Template.Parse</c>/<c>ParseLiquid</c> arguments,
    /// <c>[StringSyntax("scriban")]</c>, <c>// lang=scriban</c>, <c>[CustomerMessage]</c>, configured
    /// message sinks, and template files passed as AdditionalFiles.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public class CxAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => CxDiagnostics.All;

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var state = new CompilationAnalyzer(this, context.Compilation, context.Options, context.CancellationToken);

            context.RegisterAdditionalFileAction(state.AnalyzeAdditionalFile);
            context.RegisterSyntaxNodeAction(state.AnalyzeCommentedLiteral,
                SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression, SyntaxKind.InterpolatedStringExpression);

            // Projects without Scriban and without configured sinks pay nothing for invocations.
            if (state.HasTemplateApi || state.Configs.HasSinks)
                context.RegisterOperationAction(state.AnalyzeInvocation, OperationKind.Invocation);
            context.RegisterOperationAction(state.AnalyzeArgument, OperationKind.Argument);
            context.RegisterOperationAction(state.AnalyzeAssignment, OperationKind.SimpleAssignment);
            context.RegisterOperationAction(state.AnalyzeInitializer, OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
            context.RegisterOperationAction(state.AnalyzeReturn, OperationKind.Return);
        }

        private const int CacheCapacity = 1024;

        /// <summary>
        /// Results by everything that decides them. The IDE re-runs the analyzer on every edit of a
        /// document; its templates rarely change, so each is linted once until it does.
        /// </summary>
        private readonly ConcurrentDictionary<(CxConfiguration, string, TemplateSyntax, string, string), LintResult> _results =
            new ConcurrentDictionary<(CxConfiguration, string, TemplateSyntax, string, string), LintResult>();

        internal LintResult LintCached(TemplateSource source, CxConfiguration configuration, MessageMetadata? metadata)
        {
            var meta = metadata == null ? "" : metadata.Kind + "|" + metadata.Channel + "|" + metadata.Phase + "|" + metadata.Locale + "|" + metadata.Subject;
            var key = (configuration, source.Path, source.Syntax, meta, source.Text);
            if (_results.TryGetValue(key, out var cached)) return cached;
            var result = Lint(source, configuration, metadata);
            if (_results.Count >= CacheCapacity) _results.Clear();
            _results.TryAdd(key, result);
            return result;
        }

        /// <summary>Runs the engine on one template. Virtual so tests can make it fail.</summary>
        internal virtual LintResult Lint(TemplateSource source, CxConfiguration configuration, MessageMetadata? metadata) =>
            Linter.Default.Lint(source, configuration, metadata);
    }
}
