using Cx.Templates.Model;

namespace Cx.Templates.Rules
{
    /// <summary>A replacement of a source span: how a safe fix is expressed.</summary>
    public sealed class TextEdit
    {
        public TextEdit(SourceSpan span, string newText)
        {
            Span = span;
            NewText = newText;
        }

        public SourceSpan Span { get; }
        public string NewText { get; }
    }

    /// <summary>One finding: which rule, how severe, where (offsets and 1-based line/column), and what to do instead.</summary>
    public sealed class Diagnostic
    {
        public Diagnostic(RuleDescriptor rule, Severity severity, string message, SourceSpan span, LinePosition start, LinePosition end, TextEdit? fix = null)
        {
            Rule = rule;
            Severity = severity;
            Message = message;
            Span = span;
            Start = start;
            End = end;
            Fix = fix;
        }

        public RuleDescriptor Rule { get; }
        public string Id => Rule.Id;
        public Severity Severity { get; }
        public Dimension Dimension => Rule.Dimension;
        public Level Level => Rule.Level;
        public string Message { get; }
        public SourceSpan Span { get; }
        public LinePosition Start { get; }

        /// <summary>Exclusive end: the column just after the last underlined character.</summary>
        public LinePosition End { get; }

        public string HelpUri => Rule.HelpUri;
        public TextEdit? Fix { get; }

        public override string ToString() => $"{Start}: {Severity.ToText()} {Id}: {Message}";
    }
}
