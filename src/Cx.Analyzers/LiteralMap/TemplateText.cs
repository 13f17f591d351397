using System;
using Microsoft.CodeAnalysis.Text;

namespace Cx.Analyzers.LiteralMap
{
    /// <summary>The C# form a template was written in: decides how a fix's text must be escaped.</summary>
    internal enum LiteralKind
    {
        Regular,
        Verbatim,
        Raw,
        Interpolated,
        InterpolatedVerbatim,
        InterpolatedRaw,
    }

    /// <summary>
    /// The text a literal holds, as the engine reads it, and for every character of it the exact
    /// characters of C# source that produced it: <c>\n</c> is one character from two, <c>\U0001F600</c>
    /// two UTF-16 characters from ten, an interpolation hole <c>{customer.FirstName}</c> becomes
    /// <c>{{ customer.first_name }}</c> whose every character maps to the whole hole. Our own small
    /// version of Roslyn's internal VirtualChar.
    /// </summary>
    internal sealed class TemplateText
    {
        private readonly int[] _start;
        private readonly int[] _end;

        public TemplateText(string text, int[] start, int[] end, TextSpan literalSpan, LiteralKind kind, int rawQuotes, bool isUtf8)
        {
            if (start.Length != text.Length || end.Length != text.Length) throw new ArgumentException("A source position is needed for every character.");
            Text = text;
            _start = start;
            _end = end;
            LiteralSpan = literalSpan;
            Kind = kind;
            RawQuotes = rawQuotes;
            IsUtf8 = isUtf8;
        }

        /// <summary>The template text handed to the engine.</summary>
        public string Text { get; }

        /// <summary>The whole literal expression in the C# source.</summary>
        public TextSpan LiteralSpan { get; }

        public LiteralKind Kind { get; }

        /// <summary>Length of the quote run that delimits a raw literal (3 for <c>"""</c>), else 0.</summary>
        public int RawQuotes { get; }

        public bool IsUtf8 { get; }

        public bool IsInterpolated => Kind == LiteralKind.Interpolated || Kind == LiteralKind.InterpolatedVerbatim || Kind == LiteralKind.InterpolatedRaw;

        /// <summary>Source offset where template character <paramref name="index"/> starts.</summary>
        public int SourceStart(int index) => _start[index];

        /// <summary>Source offset just after template character <paramref name="index"/>.</summary>
        public int SourceEnd(int index) => _end[index];

        /// <summary>The source span of template offsets [start, end): exactly the characters that produced them.</summary>
        public TextSpan ToSource(int start, int end)
        {
            if (Text.Length == 0) return new TextSpan(LiteralSpan.Start, 0);
            if (start < 0) start = 0;
            if (end > Text.Length) end = Text.Length;
            if (start >= Text.Length) return new TextSpan(_end[Text.Length - 1], 0);
            if (end <= start) return new TextSpan(_start[start], 0);
            var s = _start[start];
            var e = Math.Max(s, _end[end - 1]);
            return TextSpan.FromBounds(s, e);
        }
    }
}
