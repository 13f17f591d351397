using System;
using System.Collections.Generic;
using System.Linq;
using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Parsing;
using Cx.Templates.Rules;

namespace Cx.Templates
{
    /// <summary>The outcome of linting one template: its findings and its level in each dimension.</summary>
    public sealed class LintResult
    {
        internal LintResult(MessageModel model, MessageMetadata metadata, IReadOnlyList<Diagnostic> diagnostics)
        {
            Model = model;
            Metadata = metadata;
            Diagnostics = diagnostics;
            var levels = new Dictionary<Dimension, Level>();
            foreach (var d in EnumText.ScoredDimensions) levels[d] = Level.Helpful;
            foreach (var d in diagnostics)
            {
                if (d.Dimension == Dimension.Tool || d.Severity == Severity.Off) continue;
                if (d.Level > levels[d.Dimension]) levels[d.Dimension] = d.Level;
            }
            Levels = levels;
        }

        public MessageModel Model { get; }
        public TemplateSource Source => Model.Source;
        public MessageMetadata Metadata { get; }
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>Per dimension: the worst level among its findings, else Helpful Expertise.</summary>
        public IReadOnlyDictionary<Dimension, Level> Levels { get; }
    }

    /// <summary>
    /// The engine's entry point: source → message model → rules → diagnostics. Holds no per-file
    /// state, so one instance serves every thread.
    /// </summary>
    public sealed class Linter
    {
        private readonly IReadOnlyList<Rule> _rules;

        public Linter(IEnumerable<Rule>? rules = null)
        {
            _rules = (rules ?? RuleCatalog.Rules).ToArray();
        }

        public static Linter Default { get; } = new Linter();

        /// <summary>
        /// Does the once-per-process start-up work (building every rule's phrase list) now. Call it on a spare
        /// thread before a large run: the first templates then do not wait for it all on one thread.
        /// </summary>
        public static void Prepare() => Text.PhraseSet.PreloadAll();

        public IReadOnlyList<Rule> Rules => _rules;

        public LintResult Lint(TemplateSource source, CxConfiguration? configuration = null, MessageMetadata? metadata = null)
        {
            configuration ??= CxConfiguration.Default;
            var model = MessageModelBuilder.Build(source);
            // Front matter wins, then what the host says (a C# attribute), then the configuration's metadata globs.
            var effective = model.FrontMatter.WithFallback(metadata).WithFallback(configuration.MetadataFor(source.Path));
            var diagnostics = new List<Diagnostic>();

            foreach (var p in model.Problems)
            {
                var descriptor = ToolRules.Find(p.RuleId) ?? ToolRules.TemplateSyntaxError;
                var severity = configuration.SeverityFor(descriptor, effective, source.Path);
                if (descriptor == ToolRules.TemplateSyntaxError) severity = Severity.Error; // a template that does not parse is never optional
                if (severity == Severity.Off) continue;
                diagnostics.Add(Create(model, descriptor, severity, p.Span, p.Message, null));
            }

            if (!model.HasSyntaxErrors)
            {
                var context = new RuleContext(model, effective, configuration);
                var rules = configuration.HouseRules.Count == 0 ? _rules : _rules.Concat(configuration.HouseRuleInstances);
                foreach (var rule in rules)
                {
                    var severity = configuration.SeverityFor(rule.Descriptor, effective, source.Path);
                    if (severity == Severity.Off) continue;
                    context.Clear();
                    try
                    {
                        if (!rule.AppliesTo(context)) continue;
                        rule.Analyze(context);
                    }
                    catch (Exception ex) when (!(ex is OutOfMemoryException || ex is StackOverflowException))
                    {
                        diagnostics.Add(Create(model, ToolRules.AnalysisFailure, Severity.Info, model.OpeningSpan,
                            $"{rule.Descriptor.Id} could not analyse this template ({ex.GetType().Name}: {ex.Message}); the other rules still ran.", null));
                        continue;
                    }
                    foreach (var (span, message, fix) in context.Reports)
                        diagnostics.Add(Create(model, rule.Descriptor, severity, span, message, fix));
                    foreach (var (span, message) in context.Incomplete)
                        diagnostics.Add(Create(model, ToolRules.AnalysisFailure, Severity.Info, span, $"{rule.Descriptor.Id} could not check this template: {message}.", null));
                }
            }

            var suppressions = Suppressions.Parse(source.Text, model.Lines);
            if (!suppressions.IsEmpty)
            {
                diagnostics.RemoveAll(d => d.Dimension != Dimension.Tool && suppressions.Suppresses(d.Id, d.Start.Line));
                var unusedSeverity = configuration.SeverityFor(ToolRules.UnusedSuppression, effective, source.Path);
                if (unusedSeverity != Severity.Off)
                {
                    foreach (var (span, text) in suppressions.Unused())
                        diagnostics.Add(Create(model, ToolRules.UnusedSuppression, unusedSeverity, span,
                            $"'{text}' suppresses nothing here; remove it so it does not hide a future finding.", null));
                }
            }

            diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
            return new LintResult(model, effective, diagnostics);
        }

        private static Diagnostic Create(MessageModel model, RuleDescriptor rule, Severity severity, SourceSpan span, string message, TextEdit? fix) =>
            new Diagnostic(rule, severity, message, span, model.Lines.GetPosition(span.Start), model.Lines.GetPosition(span.End), fix);
    }
}
