using System.Collections.Generic;
using Cx.Templates.Model;

namespace Cx.Templates.Parsing
{
    /// <summary>A problem found while reading a template or its front matter, before any rule runs.</summary>
    public sealed class ParseProblem
    {
        public ParseProblem(string ruleId, SourceSpan span, string message)
        {
            RuleId = ruleId;
            Span = span;
            Message = message;
        }

        public string RuleId { get; }
        public SourceSpan Span { get; }
        public string Message { get; }
    }

    /// <summary>An output hole: the whole <c>{{ … }}</c> and the variables it writes.</summary>
    public sealed class Hole
    {
        public Hole(SourceSpan span, IReadOnlyList<Variable> variables)
        {
            Span = span;
            Variables = variables;
        }

        public SourceSpan Span { get; }
        public IReadOnlyList<Variable> Variables { get; }
    }

    /// <summary>What the template parser gives the model builder.</summary>
    internal sealed class ParsedTemplate
    {
        public List<TextRun> Runs { get; } = new List<TextRun>();
        public List<Hole> Holes { get; } = new List<Hole>();
        public List<Variable> Variables { get; } = new List<Variable>();
        public List<ParseProblem> Problems { get; } = new List<ParseProblem>();

        /// <summary>Where a multi-line if/else/case branch starts or ends: each branch is read as its own text.</summary>
        public List<int> BranchBoundaries { get; } = new List<int>();

        /// <summary>Template code that is read but not understood (a platform's own Liquid tags): never prose.</summary>
        public List<SourceSpan> Opaque { get; } = new List<SourceSpan>();

        /// <summary>Scriban's own tree, kept for rendering with sample customers.</summary>
        public Scriban.Template? Template { get; set; }
    }
}
