using System;
using System.Collections.Generic;
using System.Text;
using Cx.Templates.Model;
using Cx.Templates.Parsing;

namespace Cx.Templates.Text
{
    /// <summary>Builds <see cref="ProseText"/> from the text runs and holes of a template, honouring the markup mask.</summary>
    internal sealed class ProseBuilder
    {
        private readonly string _source;
        private readonly bool[] _skip;
        // Where blocks start, by source offset (the end included): asked at every character, so an array, not a set.
        private readonly bool[] _blockStarts;
        private readonly StringBuilder _text = new StringBuilder();
        private readonly List<int> _starts = new List<int>();
        private readonly List<int> _ends = new List<int>();
        private readonly Dictionary<int, IReadOnlyList<Variable>> _holes = new Dictionary<int, IReadOnlyList<Variable>>();

        /// <summary>Character references (<c>&amp;rsquo;</c>): at a source offset, how many characters stand for which one.</summary>
        private readonly IReadOnlyDictionary<int, (int Length, char Char)>? _replacements;

        public ProseBuilder(string source, bool[] skip, IEnumerable<int> blockStarts, IReadOnlyDictionary<int, (int Length, char Char)>? replacements = null)
        {
            _source = source;
            _skip = skip;
            _blockStarts = new bool[source.Length + 1];
            foreach (var b in blockStarts)
                if (b >= 0 && b <= source.Length) _blockStarts[b] = true;
            _replacements = replacements != null && replacements.Count > 0 ? replacements : null;
        }

        private bool IsBlockStart(int i) => i >= 0 && i < _blockStarts.Length && _blockStarts[i];

        /// <summary>The character the reader sees at <paramref name="i"/> and how many source characters it takes.</summary>
        private char At(int i, out int length)
        {
            if (_replacements != null && _replacements.TryGetValue(i, out var r))
            {
                length = Math.Max(1, r.Length);
                return r.Char;
            }
            length = 1;
            return _source[i];
        }

        public ProseText Build(IReadOnlyList<TextRun> runs, IReadOnlyList<Hole> holes)
        {
            // Runs and holes interleave in source order; merge them.
            var items = new List<(int Start, int End, Hole? Hole)>(runs.Count + holes.Count);
            foreach (var r in runs) items.Add((r.Span.Start, r.Span.End, null));
            foreach (var h in holes) items.Add((h.Span.Start, h.Span.End, h));
            items.Sort((a, b) => a.Start.CompareTo(b.Start));

            var last = -1;
            foreach (var item in items)
            {
                if (last >= 0 && item.Start > last) Gap(last, item.Start);
                if (item.Hole != null)
                {
                    if (item.Start < _skip.Length && _skip[item.Start]) { last = item.End; continue; }
                    if (IsBlockStart(item.Start)) Break(item.Start);
                    Emit(ProseText.HoleChar, item.Start, item.End);
                    _holes[_text.Length - 1] = item.Hole.Variables;
                }
                else
                {
                    Run(item.Start, item.End);
                }
                last = item.End;
            }
            while (_text.Length > 0 && (_text[_text.Length - 1] == ' ' || _text[_text.Length - 1] == '\n')) Pop();
            return new ProseText(_text.ToString(), _starts.ToArray(), _ends.ToArray(), _holes);
        }

        private void Gap(int from, int to)
        {
            var space = false;
            for (var i = from; i < to; i++)
            {
                if (IsBlockStart(i)) { Break(i); return; }
                if (char.IsWhiteSpace(_source[i])) space = true;
            }
            if (space) Space(from);
        }

        private void Run(int start, int end)
        {
            var i = start;
            var skippedSpace = false;
            while (i < end)
            {
                if (IsBlockStart(i)) Break(i);
                if (_skip[i])
                {
                    if (char.IsWhiteSpace(_source[i])) skippedSpace = true;
                    i++;
                    continue;
                }
                var c = At(i, out var length);
                if (char.IsWhiteSpace(c))
                {
                    var j = i;
                    var newlines = 0;
                    while (j < end && !_skip[j] && !(j > i && IsBlockStart(j)))
                    {
                        var w = At(j, out var wl);
                        if (!char.IsWhiteSpace(w)) break;
                        if (w == '\n' || (w == '\r' && (j + 1 >= _source.Length || _source[j + 1] != '\n'))) newlines++;
                        j += wl;
                    }
                    if (newlines >= 2 || (newlines == 1 && (EndsClause() || StartsListItem(j, end)))) Break(i);
                    else Space(i);
                    i = Math.Min(j, end);
                    skippedSpace = false;
                    continue;
                }
                if (skippedSpace) { Space(i); skippedSpace = false; }
                var n = Normalize(c);
                var stop = Math.Min(end, i + length);
                if (n != '\0') Emit(n, i, stop);
                i = stop;
            }
        }

        /// <summary>A line ending in punctuation ("Hi Ana," / "Next steps:") ends its block; a plain line break inside a sentence does not.</summary>
        private bool EndsClause()
        {
            if (_text.Length == 0) return false;
            var c = _text[_text.Length - 1];
            return c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || c == '.';
        }

        private bool StartsListItem(int i, int end)
        {
            if (i >= end) return false;
            var c = _source[i];
            if ((c == '-' || c == '*' || c == '•' || c == '+') && i + 1 < end && _source[i + 1] == ' ') return true;
            var j = i;
            while (j < end && j - i < 3 && char.IsDigit(_source[j])) j++;
            return j > i && j + 1 < end && (_source[j] == '.' || _source[j] == ')') && _source[j + 1] == ' ';
        }

        internal static char Normalize(char c)
        {
            switch (c)
            {
                case '\u2019': case '\u2018': case '\u02BC': case '\u0060': case '\u00B4': case '\u2032': return '\'';
                case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB': case '\u2033': return '"';
                case '\u2013': case '\u2014': case '\u2212': return '-';
                case '\u200B': case '\u200C': case '\u200D': case '\uFEFF': case '\u00AD': case '\0': return '\0';
                case ProseText.HoleChar: return '\uFFFD';
                default: return char.ToLowerInvariant(c);
            }
        }

        private void Emit(char c, int start, int end)
        {
            _text.Append(c);
            _starts.Add(start);
            _ends.Add(end);
        }

        private void Space(int at)
        {
            if (_text.Length == 0) return;
            var last = _text[_text.Length - 1];
            if (last == ' ' || last == '\n') return;
            Emit(' ', at, at + 1);
        }

        private void Break(int at)
        {
            if (_text.Length == 0) return;
            if (_text[_text.Length - 1] == '\n') return;
            if (_text[_text.Length - 1] == ' ') Pop();
            Emit('\n', at, at + 1);
        }

        private void Pop()
        {
            _text.Length--;
            _starts.RemoveAt(_starts.Count - 1);
            _ends.RemoveAt(_ends.Count - 1);
        }
    }
}
