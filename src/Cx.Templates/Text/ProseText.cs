using System;
using System.Collections.Generic;
using Cx.Templates.Model;

namespace Cx.Templates.Text
{
    /// <summary>A range of the normalized prose text.</summary>
    public readonly struct ProseRange
    {
        public ProseRange(int start, int end)
        {
            Start = start;
            End = end;
        }

        public int Start { get; }
        public int End { get; }
        public int Length => End - Start;
        public bool Contains(int index) => index >= Start && index < End;
        public override string ToString() => $"[{Start}..{End})";
    }

    /// <summary>
    /// What the customer reads, as one normalized string for matching: lower case, straight
    /// apostrophes and quotes, whitespace collapsed to one space, a block boundary as '\n', and each
    /// variable hole as <see cref="HoleChar"/>. Every character maps back to its span in the
    /// original file, so a match anywhere in it has an exact source position.
    /// </summary>
    public sealed class ProseText
    {
        /// <summary>Stands for one output variable in <see cref="Text"/>. A private-use character, so no prose matches it by accident.</summary>
        public const char HoleChar = '\uE000';

        private readonly int[] _sourceStart;
        private readonly int[] _sourceEnd;
        private readonly bool[] _quoted;
        private readonly Dictionary<int, IReadOnlyList<Variable>> _holes;

        internal ProseText(string text, int[] sourceStart, int[] sourceEnd, Dictionary<int, IReadOnlyList<Variable>> holes)
        {
            Text = text;
            _sourceStart = sourceStart;
            _sourceEnd = sourceEnd;
            _holes = holes;
            Blocks = SplitBlocks(text);
            Sentences = SplitSentences(text, Blocks);
            _quoted = FindQuoted(text);
        }

        public static readonly ProseText Empty = new ProseText(string.Empty, Array.Empty<int>(), Array.Empty<int>(), new Dictionary<int, IReadOnlyList<Variable>>());

        public string Text { get; }

        /// <summary>Paragraphs, headings, list items, greeting lines: separated by '\n' in <see cref="Text"/>.</summary>
        public IReadOnlyList<ProseRange> Blocks { get; }

        public IReadOnlyList<ProseRange> Sentences { get; }

        public bool IsEmpty => Text.Length == 0;

        /// <summary>The variables written at a hole character, or an empty list.</summary>
        public IReadOnlyList<Variable> VariablesAt(int index) =>
            _holes.TryGetValue(index, out var v) ? v : Array.Empty<Variable>();

        public IEnumerable<Variable> VariablesIn(ProseRange range)
        {
            for (var i = range.Start; i < range.End; i++)
            {
                if (Text[i] != HoleChar) continue;
                foreach (var v in VariablesAt(i)) yield return v;
            }
        }

        /// <summary>The original-file span of a normalized range.</summary>
        public SourceSpan ToSource(int start, int end)
        {
            if (Text.Length == 0) return new SourceSpan(0, 0);
            start = Math.Max(0, Math.Min(start, Text.Length - 1));
            end = Math.Max(start + 1, Math.Min(end, Text.Length));
            // Trim boundary whitespace so the underline starts and ends on a visible character.
            while (end - 1 > start && (Text[end - 1] == ' ' || Text[end - 1] == '\n')) end--;
            while (start < end - 1 && (Text[start] == ' ' || Text[start] == '\n')) start++;
            return new SourceSpan(_sourceStart[start], Math.Max(_sourceStart[start], _sourceEnd[end - 1]));
        }

        public SourceSpan ToSource(ProseRange range) => ToSource(range.Start, range.End);

        /// <summary>Where the character at <paramref name="index"/> starts in the original file.</summary>
        internal int SourceStartOf(int index) => _sourceStart[index];

        /// <summary>True when the whole range sits inside double quotes: a phrase quoted, not said.</summary>
        public bool IsQuoted(int start, int end)
        {
            for (var i = start; i < end && i < _quoted.Length; i++)
                if (!_quoted[i]) return false;
            return end > start;
        }

        /// <summary>Index of the sentence that contains (or follows) <paramref name="index"/>; -1 when there are none.</summary>
        public int SentenceIndexAt(int index) => IndexAt(Sentences, index);

        public int BlockIndexAt(int index) => IndexAt(Blocks, index);

        // Binary search: a 1 MB single-line template has tens of thousands of sentences.
        private static int IndexAt(IReadOnlyList<ProseRange> ranges, int index)
        {
            if (ranges.Count == 0) return -1;
            int lo = 0, hi = ranges.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (index < ranges[mid].End) hi = mid; else lo = mid + 1;
            }
            return lo;
        }

        public string Slice(ProseRange r) => Text.Substring(r.Start, r.Length);

        private int[]? _matchStarts;
        private Dictionary<PhraseSet, ProseRange[]>? _matches;

        /// <summary>Where a phrase may start (after a non-word character), computed once for every phrase set.</summary>
        internal int[] MatchStarts => _matchStarts ??= PhraseMatcher.Starts(Text);

        /// <summary>A phrase set's matches in this text, once computed (several rules ask for the same set).</summary>
        internal ProseRange[]? CachedMatches(PhraseSet set)
        {
            lock (this) return _matches != null && _matches.TryGetValue(set, out var m) ? m : null;
        }

        internal void CacheMatches(PhraseSet set, ProseRange[] matches)
        {
            lock (this) (_matches ??= new Dictionary<PhraseSet, ProseRange[]>())[set] = matches;
        }

        private static List<ProseRange> SplitBlocks(string text)
        {
            var blocks = new List<ProseRange>();
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != '\n') continue;
                var s = start;
                var e = i;
                while (s < e && text[s] == ' ') s++;
                while (e > s && text[e - 1] == ' ') e--;
                if (e > s) blocks.Add(new ProseRange(s, e));
                start = i + 1;
            }
            return blocks;
        }

        private static readonly HashSet<string> Abbreviations = new HashSet<string>(StringComparer.Ordinal)
        {
            "e.g", "i.e", "etc", "mr", "mrs", "ms", "dr", "no", "st", "approx", "vs", "inc", "ltd", "co", "jr", "sr", "p.s", "ps",
        };

        private static List<ProseRange> SplitSentences(string text, IReadOnlyList<ProseRange> blocks)
        {
            var sentences = new List<ProseRange>();
            foreach (var b in blocks)
            {
                var s = b.Start;
                for (var i = b.Start; i < b.End; i++)
                {
                    var c = text[i];
                    if (c != '.' && c != '!' && c != '?') continue;
                    var j = i + 1;
                    while (j < b.End && (text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '"' || text[j] == ')')) j++;
                    if (j < b.End && text[j] != ' ') { i = j - 1; continue; }
                    if (c == '.' && IsAbbreviation(text, s, i)) continue;
                    sentences.Add(new ProseRange(s, j));
                    s = j;
                    while (s < b.End && text[s] == ' ') s++;
                    i = s - 1;
                }
                if (s < b.End) sentences.Add(new ProseRange(s, b.End));
            }
            return sentences;
        }

        private static bool IsAbbreviation(string text, int sentenceStart, int dot)
        {
            var w = dot;
            while (w > sentenceStart && text[w - 1] != ' ') w--;
            if (w == dot) return false;
            var word = text.Substring(w, dot - w).Trim('(', '"');
            return Abbreviations.Contains(word) || (word.Length == 1 && char.IsLetter(word[0]));
        }

        private static bool[] FindQuoted(string text)
        {
            var quoted = new bool[text.Length];
            var open = -1;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n') { open = -1; continue; }
                if (c != '"') continue;
                if (open < 0) { open = i; continue; }
                for (var k = open; k <= i; k++) quoted[k] = true;
                open = -1;
            }
            return quoted;
        }
    }
}
