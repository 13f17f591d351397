using System.Collections.Generic;

namespace Cx.Templates.Model
{
    /// <summary>A variable the template reads: <c>customer.first_name</c> with its filters and where it sits.</summary>
    public sealed class Variable
    {
        public Variable(string path, SourceSpan span, bool isOutput, bool hasDefault, bool inBranch, bool inLoop, IReadOnlyList<string> filters)
        {
            Path = path;
            Span = span;
            IsOutput = isOutput;
            HasDefault = hasDefault;
            InBranch = inBranch;
            InLoop = inLoop;
            Filters = filters;
            var dot = path.IndexOfAny(new[] { '.', '[' });
            Root = dot < 0 ? path : path.Substring(0, dot);
        }

        /// <summary>Member path with loop and assignment aliases resolved, e.g. <c>order.items[].name</c>.</summary>
        public string Path { get; }

        /// <summary>First segment of <see cref="Path"/>: <c>customer</c>, <c>order</c>.</summary>
        public string Root { get; }

        public SourceSpan Span { get; }

        /// <summary>True when the value is written into the message (an output hole), false for conditions and arguments.</summary>
        public bool IsOutput { get; }

        public bool HasDefault { get; }
        public bool InBranch { get; }
        public bool InLoop { get; }
        public IReadOnlyList<string> Filters { get; }

        public override string ToString() => Path;
    }

    /// <summary>Static text the customer reads, exactly as it stands in the file.</summary>
    public sealed class TextRun
    {
        public TextRun(SourceSpan span, string text, bool inBranch, bool inLoop)
        {
            Span = span;
            Text = text;
            InBranch = inBranch;
            InLoop = inLoop;
        }

        public SourceSpan Span { get; }
        public string Text { get; }
        public bool InBranch { get; }
        public bool InLoop { get; }
    }
}
