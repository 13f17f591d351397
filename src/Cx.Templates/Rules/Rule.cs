using System.Collections.Generic;
using Cx.Templates.Configuration;
using Cx.Templates.Model;

namespace Cx.Templates.Rules
{
    /// <summary>
    /// One rule: data about itself (<see cref="Descriptor"/>) and a small function over the message
    /// model. A rule never reads files, consoles or Roslyn types; positions come from the model.
    /// </summary>
    public abstract class Rule
    {
        public abstract RuleDescriptor Descriptor { get; }

        /// <summary>Whether the rule applies to this message at all (kind, channel, configuration).</summary>
        public virtual bool AppliesTo(RuleContext context) => true;

        public abstract void Analyze(RuleContext context);

        /// <summary>The words as the writer wrote them (case and apostrophes kept), on one line, for a message.</summary>
        protected static string Quote(string text, SourceSpan span) => Text.PlainText.Collapse(text.Substring(span.Start, span.Length));
    }

    /// <summary>What a rule sees of one message, and where it reports.</summary>
    public sealed class RuleContext
    {
        private readonly List<(SourceSpan Span, string Message, TextEdit? Fix)> _reports = new List<(SourceSpan, string, TextEdit?)>();

        internal RuleContext(MessageModel model, MessageMetadata metadata, CxConfiguration configuration)
        {
            Model = model;
            Metadata = metadata;
            Configuration = configuration;
        }

        public MessageModel Model { get; }

        /// <summary>Front matter merged with what the configuration says of this file.</summary>
        public MessageMetadata Metadata { get; }

        public CxConfiguration Configuration { get; }

        public void Report(SourceSpan span, string message, TextEdit? fix = null) => _reports.Add((span, message, fix));

        /// <summary>Whether <paramref name="rule"/> is on for this message (its configured severity is not off).</summary>
        public bool IsOn(RuleDescriptor rule) => Configuration.SeverityFor(rule, Metadata, Model.Source.Path) != Severity.Off;

        /// <summary>The rule could not finish (a render limit, an input it cannot read): one CX0004 instead of a guess.</summary>
        public void ReportIncomplete(SourceSpan span, string message) => _incomplete.Add((span, message));

        private readonly List<(SourceSpan Span, string Message)> _incomplete = new List<(SourceSpan, string)>();
        internal IReadOnlyList<(SourceSpan Span, string Message)> Incomplete => _incomplete;

        private Rendering.RenderedSamples? _rendered;

        /// <summary>The template rendered for sample customers, computed once per message for every render-based rule.</summary>
        internal Rendering.RenderedSamples Rendered => _rendered ??= new Rendering.RenderedSamples(Model, Configuration);

        internal IReadOnlyList<(SourceSpan Span, string Message, TextEdit? Fix)> Reports => _reports;
        internal void Clear()
        {
            _reports.Clear();
            _incomplete.Clear();
        }
    }
}
