using System;

namespace Cx.Templates.Model
{
    /// <summary>A range of UTF-16 offsets in the original template text; <see cref="End"/> is exclusive.</summary>
    public readonly struct SourceSpan : IEquatable<SourceSpan>
    {
        public SourceSpan(int start, int end)
        {
            if (end < start) throw new ArgumentOutOfRangeException(nameof(end));
            Start = start;
            End = end;
        }

        public int Start { get; }
        public int End { get; }
        public int Length => End - Start;
        public bool Contains(int offset) => offset >= Start && offset < End;
        public bool Overlaps(SourceSpan other) => Start < other.End && other.Start < End;
        public bool Equals(SourceSpan other) => Start == other.Start && End == other.End;
        public override bool Equals(object? obj) => obj is SourceSpan s && Equals(s);
        public override int GetHashCode() => (Start * 397) ^ End;
        public override string ToString() => $"[{Start}..{End})";
    }

    /// <summary>A 1-based line and column, the way editors and compilers print them.</summary>
    public readonly struct LinePosition
    {
        public LinePosition(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }
        public int Column { get; }
        public override string ToString() => $"{Line}:{Column}";
    }
}
