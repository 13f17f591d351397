using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Cx.Analyzers.Configuration;
using Cx.Analyzers.Detection;
using Cx.Templates.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Cx.Analyzers
{
    /// <summary>
    /// The per-compilation context: symbols resolved once, the configuration files, and the set of
    /// literals already analysed (a literal reached two ways, say a <c>const</c> with <c>// lang=scriban</c>
    /// also passed to <c>Template.Parse</c>, is reported once).
    /// </summary>
    internal sealed class CompilationAnalyzer
    {
        private readonly CxAnalyzer _analyzer;
        private readonly AnalyzerOptions _options;
        private readonly INamedTypeSymbol? _template;
        private readonly ConcurrentDictionary<(SyntaxTree Tree, TextSpan Span), byte> _seen = new ConcurrentDictionary<(SyntaxTree, TextSpan), byte>();

        public CompilationAnalyzer(CxAnalyzer analyzer, Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            _analyzer = analyzer;
            _options = options;
            _template = compilation.GetTypeByMetadataName("Scriban.Template");
            Configs = ConfigSet.From(options.AdditionalFiles, cancellationToken);
        }

        public ConfigSet Configs { get; }

        /// <summary>Whether the compilation references Scriban, so <c>Template.Parse</c> calls exist to look at.</summary>
        public bool HasTemplateApi => _template != null;

        public AnalyzerOptions Options => _options;

        public CxAnalyzer Analyzer => _analyzer;

        // (a) Template.Parse / ParseLiquid, and (f) configured message sinks.
        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (_template != null && (method.Name == "Parse" || method.Name == "ParseLiquid") &&
                SymbolEqualityComparer.Default.Equals(method.ContainingType, _template))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Ordinal != 0) continue;
                    if (ValueResolver.TryResolve(argument.Value, out var resolved))
                    {
                        var syntax = method.Name == "ParseLiquid" ? TemplateSyntax.Liquid : TemplateSyntax.Scriban;
                        Check(resolved, syntax, null, context.ContainingSymbol, context.ReportDiagnostic, context.CancellationToken);
                    }
                }
                return;
            }

            if (!Configs.HasSinks) return;
            var sinks = Configs.For(invocation.Syntax.SyntaxTree.FilePath).Sinks;
            foreach (var sink in sinks)
            {
                if (!sink.Matches(method)) continue;
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name != sink.Parameter) continue;
                    if (ValueResolver.TryResolve(argument.Value, out var resolved))
                        Check(resolved, TemplateSyntax.Text, argument.Parameter, context.ContainingSymbol, context.ReportDiagnostic, context.CancellationToken);
                }
                return;
            }
        }

        // (b) and (d): an argument passed to a parameter marked [StringSyntax("scriban")] or [CustomerMessage].
        public void AnalyzeArgument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            var parameter = argument.Parameter;
            if (parameter == null || parameter.Type.SpecialType != SpecialType.System_String && !IsByteSpan(parameter.Type)) return;
            // The marker first: resolving a local scans its whole block, and most arguments are not templates.
            if (MarkerAttributes.SyntaxOf(parameter) is TemplateSyntax syntax && ValueResolver.TryResolve(argument.Value, out var resolved))
                Check(resolved, syntax, parameter, context.ContainingSymbol, context.ReportDiagnostic, context.CancellationToken);
        }

        // (b) and (d): a literal assigned to a marked field or property, also in an object initializer.
        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            ISymbol? member = assignment.Target switch
            {
                IFieldReferenceOperation f => f.Field,
                IPropertyReferenceOperation p => p.Property,
                _ => null,
            };
            if (member == null) return;
            if (MarkerAttributes.SyntaxOf(member) is TemplateSyntax syntax && ValueResolver.TryResolve(assignment.Value, out var resolved))
                Check(resolved, syntax, member, context.ContainingSymbol, context.ReportDiagnostic, context.CancellationToken);
        }

        // (b) and (d): a marked field's or property's initializer.
        public void AnalyzeInitializer(OperationAnalysisContext context)
        {
            IEnumerable<ISymbol> members;
            IOperation value;
            switch (context.Operation)
            {
                case IFieldInitializerOperation f: members = f.InitializedFields; value = f.Value; break;
                case IPropertyInitializerOperation p: members = p.InitializedProperties; value = p.Value; break;
                default: return;
            }
            foreach (var member in members)
            {
                if (MarkerAttributes.SyntaxOf(member) is TemplateSyntax syntax)
                {
                    if (ValueResolver.TryResolve(value, out var resolved))
                        Check(resolved, syntax, member, member, context.ReportDiagnostic, context.CancellationToken);
                    return;
                }
            }
        }

        // (d): what a marked method or property returns, expression bodies included.
        public void AnalyzeReturn(OperationAnalysisContext context)
        {
            var ret = (IReturnOperation)context.Operation;
            if (!(context.ContainingSymbol is IMethodSymbol method)) return;
            if (ret.ReturnedValue == null) return;
            // A return inside a lambda or local function belongs to that function, not the marked member.
            for (var node = ret.Syntax.Parent; node != null && !(node is MemberDeclarationSyntax); node = node.Parent)
            {
                if (node is AnonymousFunctionExpressionSyntax || node is LocalFunctionStatementSyntax) return;
            }
            var marked = (ISymbol?)method;
            var syntax = MarkerAttributes.SyntaxOf(method);
            if (syntax == null && method.AssociatedSymbol != null)
            {
                marked = method.AssociatedSymbol;
                syntax = MarkerAttributes.SyntaxOf(marked);
            }
            if (syntax is TemplateSyntax s && ValueResolver.TryResolve(ret.ReturnedValue, out var resolved))
                Check(resolved, s, marked, method, context.ReportDiagnostic, context.CancellationToken);
        }

        // (c): a literal after a // lang=scriban comment.
        public void AnalyzeCommentedLiteral(SyntaxNodeAnalysisContext context)
        {
            var literal = (ExpressionSyntax)context.Node;
            if (literal.Parent is InterpolationSyntax) return;
            if (ValueResolver.IsConcatenationOperand(literal)) return;
            if (!(LanguageComment.Find(literal) is TemplateSyntax syntax)) return;
            Check(new ValueResolver.Resolved(literal, null), syntax, null, context.ContainingSymbol, context.ReportDiagnostic, context.CancellationToken, fromComment: true);
        }

        // (e): template files passed as AdditionalFiles, reported on the file itself; and .cxlint.yml problems.
        public void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context)
        {
            AdditionalTemplateFiles.Analyze(this, context);
        }

        private void Check(ValueResolver.Resolved resolved, TemplateSyntax detected, ISymbol? marked, ISymbol? container,
            Action<Diagnostic> report, CancellationToken cancellationToken, bool fromComment = false)
        {
            var literal = resolved.Literal;
            if (!_seen.TryAdd((literal.SyntaxTree, literal.Span), 0)) return;
            // An explicit // lang= comment on the literal says what it is, whatever found it (already read when it found it).
            var syntax = fromComment ? detected : LanguageComment.Find(literal) ?? detected;
            var (metadata, attributes) = MarkerAttributes.MetadataFor(marked ?? resolved.Owner, container);
            foreach (var attribute in attributes) ReportInvalidAttribute(attribute, report, cancellationToken);
            TemplateChecker.Check(this, literal, syntax, metadata, report, cancellationToken);
        }

        /// <summary>A <c>[CustomerMessage]</c> whose kind, channel or phase the engine does not know: CX0002, once per attribute.</summary>
        private void ReportInvalidAttribute(AttributeData attribute, Action<Diagnostic> report, CancellationToken cancellationToken)
        {
            var invalid = MarkerAttributes.InvalidArguments(attribute).ToList();
            if (invalid.Count == 0) return;
            if (!(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax)) return;
            if (!_seen.TryAdd((syntax.SyntaxTree, syntax.Span), 0)) return;
            foreach (var (name, value, allowed) in invalid)
            {
                var argument = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
                var location = (argument?.Expression ?? (SyntaxNode)syntax).GetLocation();
                report(Diagnostic.Create(CxDiagnostics.InvalidConfiguration, location,
                    $"'{value}' is not a {name.ToLowerInvariant()} the rules know. Allowed: {string.Join(", ", allowed)}."));
            }
        }

        private static bool IsByteSpan(ITypeSymbol type) =>
            type is INamedTypeSymbol named && named.Name == "ReadOnlySpan" && named.TypeArguments.Length == 1 && named.TypeArguments[0].SpecialType == SpecialType.System_Byte;
    }
}
