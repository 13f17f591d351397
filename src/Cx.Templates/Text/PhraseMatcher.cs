using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace Cx.Templates.Text
{
    /// <summary>
    /// Finds exactly the matches, in the same order, of the one regular expression
    /// <c>(?&lt;![\p{L}\p{N}_'])(?:(?:p1)|(?:p2)|…)(?![\p{L}\p{N}_])</c> scanned left to right, but fast.
    /// </summary>
    /// <remarks>
    /// The regex interpreter tries every phrase at every letter, which made phrase matching most of
    /// a lint run. Here the literal text each phrase can start with (up to eight characters: "we will ",
    /// "as s") is worked out from its pattern once. The scan looks only at word starts, and only where
    /// the text starts with one of those prefixes does it run a small regex anchored there (<c>\G</c>)
    /// holding the phrases that can start with that character, in their original order. A phrase that
    /// matches at a position starts with one of its prefixes, so nothing else can match there: the
    /// matches are the same. A phrase whose start is not certain (<c>\w</c>, <c>.</c>, inline options)
    /// is tried at every word start; phrase lists with backreferences or conditionals keep the single
    /// regex. Sub-regexes are built on first use and shared by all threads. Their tests hold the matches
    /// to the single regex's on real prose (tests/Cx.Templates.Tests/Performance).
    /// </remarks>
    internal sealed class PhraseMatcher
    {
        private const string Before = @"(?<![\p{L}\p{N}_'])";
        private const string After = @"(?![\p{L}\p{N}_])";
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Multiline;
        private const int PrefixLength = 8;
        private const int MaxPrefixes = 512;
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

        // Each regex call of a built-in list runs without a timeout of its own: a timeout makes the interpreter read
        // the clock at every step (a tenth of phrase matching's time), and the built-in phrases have no nested
        // ambiguous repetition to backtrack into. The whole scan still has its budget (checked between calls), and
        // phrases given at run time (house rules) keep a per-call limit too.
        private readonly TimeSpan _callTimeout;

        private readonly string[] _parts;
        private readonly Regex? _whole;
        private readonly string[]?[] _asciiPrefixes = new string[128][];
        // The same prefixes by their second character, so a word start compares only the few that can match.
        private readonly string[]?[]?[] _asciiBySecond = new string[128][][];
        private readonly bool[] _asciiAlone = new bool[128];
        private readonly Dictionary<char, string[]> _otherPrefixes = new Dictionary<char, string[]>();
        // Phrases that can start with one or two letters only ("[a-z]+'ll will ~6 soon") would send
        // almost every word to a regex. Each is tried only in texts that contain a word it needs ("soon").
        private readonly (string Prefix, int Slot)[]?[] _asciiWeak = new (string, int)[128][];
        private readonly Dictionary<char, (string Prefix, int Slot)[]> _otherWeak = new Dictionary<char, (string, int)[]>();
        private readonly List<string[]?> _weakNeeds = new List<string[]?>();
        // Prefixes that start with a run of a class ("[a-z]+'ll"): by the run's possible first characters.
        private readonly (bool[] Class, string Literal)[]?[] _asciiRuns = new (bool[], string)[128][];
        private readonly List<int> _anyWeakSlots = new List<int>();
        // Every distinct run prefix of the list, to find where runs end in literal text once per scan.
        private readonly List<(bool[] Class, string Literal)> _allRuns = new List<(bool[] Class, string Literal)>();
        private readonly HashSet<string> _runKeys = new HashSet<string>(StringComparer.Ordinal);
        private bool _emptyRunLiteral;
        private readonly int[] _asciiBucket = new int[128];
        private readonly Dictionary<char, int> _otherBucket = new Dictionary<char, int>();
        private readonly int _anyBucket = -1;
        private readonly List<int[]> _buckets = new List<int[]>();
        private readonly Regex?[] _bucketRegex;

        public PhraseMatcher(IReadOnlyList<string> parts, bool builtIn = false)
        {
            _callTimeout = builtIn ? Regex.InfiniteMatchTimeout : Timeout;
            _parts = new string[parts.Count];
            for (var i = 0; i < parts.Count; i++) _parts[i] = parts[i];
            Pattern = Before + "(?:" + Join(_parts, null) + ")" + After;
            // Built now so that a phrase that is not a valid pattern fails here (a house rule's CX0002), not mid-run.
            var whole = new Regex(Pattern, Options, Timeout);

            var prefixes = new List<string>?[_parts.Length];
            for (var i = 0; i < _parts.Length; i++)
            {
                if (HasGroupReference(_parts[i]))
                {
                    _whole = whole;
                    _bucketRegex = Array.Empty<Regex?>();
                    return;
                }
                prefixes[i] = Prefixes(_parts[i]);
            }

            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            int BucketFor(List<int> members)
            {
                var key = string.Join(",", members);
                if (byKey.TryGetValue(key, out var b)) return b;
                byKey[key] = b = _buckets.Count;
                _buckets.Add(members.ToArray());
                return b;
            }

            var byFirst = new SortedDictionary<char, HashSet<string>>();
            var weakByFirst = new Dictionary<char, List<(string, int)>>();
            var runsByFirst = new Dictionary<char, List<(bool[], string)>>();
            var anyMembers = new List<int>();
            for (var i = 0; i < _parts.Length; i++)
            {
                var weak = -1;
                if (prefixes[i] == null || prefixes[i]!.Exists(x => x.Length <= 2 && x[0] != RunMark))
                {
                    var needs = _weakNeeds.Count < 64 ? Needs(_parts[i]) : null;
                    if (needs != null)
                    {
                        weak = _weakNeeds.Count;
                        _weakNeeds.Add(needs);
                    }
                }
                if (prefixes[i] == null)
                {
                    anyMembers.Add(i);
                    if (weak >= 0) _anyWeakSlots.Add(weak);
                    else _anyWeakSlots.Add(-1);
                    continue;
                }
                foreach (var prefix in prefixes[i]!)
                {
                    if (IsRun(prefix, out var runChars, out var runLiteral))
                    {
                        var cls = new bool[128];
                        foreach (var ch in runChars) cls[ch] = true;
                        foreach (var ch in runChars)
                        {
                            if (!byFirst.ContainsKey(ch)) byFirst[ch] = new HashSet<string>(StringComparer.Ordinal);
                            if (!runsByFirst.TryGetValue(ch, out var r)) runsByFirst[ch] = r = new List<(bool[], string)>();
                            r.Add((cls, runLiteral));
                        }
                        if (_runKeys.Add(runChars + "\u0001" + runLiteral)) _allRuns.Add((cls, runLiteral));
                        if (runLiteral.Length == 0) _emptyRunLiteral = true;
                        continue;
                    }
                    if (weak >= 0)
                    {
                        if (!weakByFirst.TryGetValue(prefix[0], out var w)) weakByFirst[prefix[0]] = w = new List<(string, int)>();
                        w.Add((prefix, weak));
                        if (!byFirst.ContainsKey(prefix[0])) byFirst[prefix[0]] = new HashSet<string>(StringComparer.Ordinal);
                        continue;
                    }
                    if (!byFirst.TryGetValue(prefix[0], out var list)) byFirst[prefix[0]] = list = new HashSet<string>(StringComparer.Ordinal);
                    list.Add(prefix);
                }
            }
            if (anyMembers.Count > 0) _anyBucket = BucketFor(anyMembers);
            for (var c = 0; c < _asciiBucket.Length; c++) _asciiBucket[c] = _anyBucket;
            foreach (var pair in byFirst)
            {
                var c = pair.Key;
                var members = new List<int>();
                for (var i = 0; i < _parts.Length; i++)
                {
                    if (prefixes[i] == null) { members.Add(i); continue; }
                    foreach (var prefix in prefixes[i]!)
                    {
                        if (prefix[0] == c || (IsRun(prefix, out var runChars, out _) && runChars.IndexOf(c) >= 0)) { members.Add(i); break; }
                    }
                }
                var b = BucketFor(members);
                var strings = new List<string>(pair.Value);
                strings.Sort(StringComparer.Ordinal);
                // A prefix that another one starts with adds nothing ("we" covers "we w").
                var kept = new List<string>();
                foreach (var candidate in strings)
                    if (kept.Count == 0 || !candidate.StartsWith(kept[kept.Count - 1], StringComparison.Ordinal)) kept.Add(candidate);
                weakByFirst.TryGetValue(c, out var weakHere);
                if (c < 128)
                {
                    _asciiBucket[c] = b;
                    _asciiPrefixes[c] = kept.ToArray();
                    var bySecond = new List<string>?[129];
                    foreach (var k in kept)
                    {
                        if (k.Length == 1) { _asciiAlone[c] = true; continue; }
                        var slot = k[1] < 128 ? k[1] : 128;
                        (bySecond[slot] ??= new List<string>()).Add(k);
                    }
                    var index = new string[]?[129];
                    for (var n = 0; n < index.Length; n++) index[n] = bySecond[n]?.ToArray();
                    _asciiBySecond[c] = index;
                    _asciiWeak[c] = weakHere?.ToArray();
                    if (runsByFirst.TryGetValue(c, out var runsHere)) _asciiRuns[c] = runsHere.ToArray();
                }
                else
                {
                    _otherBucket[c] = b;
                    _otherPrefixes[c] = kept.ToArray();
                    if (weakHere != null) _otherWeak[c] = weakHere.ToArray();
                }
            }
            _bucketRegex = new Regex?[_buckets.Count];
        }

        /// <summary>The single regular expression whose matches these are.</summary>
        public string Pattern { get; }

        /// <summary>
        /// Every match, in order, as the single regex's <c>Match</c>/<c>NextMatch</c> would find them (empty
        /// ones included), added to <paramref name="into"/>. <paramref name="starts"/>: <see cref="Starts"/> of
        /// the text, when the caller has it.
        /// </summary>
        public void Scan(string text, int[]? starts, List<ProseRange> into)
        {
            if (_whole != null)
            {
                for (var m = _whole.Match(text); m.Success; m = m.NextMatch())
                    into.Add(new ProseRange(m.Index, m.Index + m.Length));
                return;
            }
            starts ??= Starts(text);
            // Which of the phrases that need a word have it in this text.
            ulong live = 0;
            for (var k = 0; k < _weakNeeds.Count; k++)
            {
                foreach (var need in _weakNeeds[k]!)
                {
                    if (text.IndexOf(need, StringComparison.Ordinal) < 0) continue;
                    live |= 1UL << k;
                    break;
                }
            }
            var anyLive = false;
            foreach (var slot in _anyWeakSlots)
                if (slot < 0 || (live & (1UL << slot)) != 0) { anyLive = true; break; }
            var anyBucket = anyLive ? _anyBucket : -1;

            // A run prefix ("[a-z]+ will") ends in literal text: where the literal occurs, the run before it is where
            // such a phrase can start. Found once per scan instead of walking every word (a run with no literal is walked).
            var runAt = _allRuns.Count > 0 && !_emptyRunLiteral ? RunStarts(text) : null;
            var walkRuns = _emptyRunLiteral;
            var deadline = Environment.TickCount + (int)Timeout.TotalMilliseconds;
            var calls = 0;
            var position = 0;
            for (var si = 0; si < starts.Length; si++)
            {
                var p = starts[si];
                if (p < position) continue;
                int b;
                if (p == text.Length) b = anyBucket;
                else
                {
                    var c = text[p];
                    string[]? candidates;
                    (string Prefix, int Slot)[]? weak;
                    (bool[] Class, string Literal)[]? runs = null;
                    if (c < 128)
                    {
                        candidates = _asciiPrefixes[c];
                        weak = _asciiWeak[c];
                        runs = _asciiRuns[c];
                        b = _asciiBucket[c];
                    }
                    else if (_otherPrefixes.TryGetValue(c, out candidates))
                    {
                        _otherWeak.TryGetValue(c, out weak);
                        b = _otherBucket[c];
                    }
                    else
                    {
                        weak = null;
                        b = anyBucket;
                    }
                    if (candidates == null) b = anyBucket;
                    else if (!(c < 128 ? StartsWithAnyIndexed(text, p, c) : StartsWithAny(text, p, candidates))
                        && !StartsWithAnyLive(text, p, weak, live)
                        && !(walkRuns ? AnyRun(text, p, runs) : runs != null && runAt != null && runAt[p])) b = anyBucket;
                }
                if (b < 0) continue;
                // One time budget for each search, as the single regex had.
                if ((++calls & 63) == 0 && Environment.TickCount - deadline > 0)
                    throw new RegexMatchTimeoutException(text, Pattern, Timeout);
                var m = RegexFor(b).Match(text, p);
                if (!m.Success) continue;
                into.Add(new ProseRange(m.Index, m.Index + m.Length));
                position = m.Length > 0 ? m.Index + m.Length : m.Index + 1;
                deadline = Environment.TickCount + (int)Timeout.TotalMilliseconds;
            }
        }

        /// <summary>The positions where a phrase may start: where the look-behind <c>(?&lt;![\p{L}\p{N}_'])</c> holds (the end included).</summary>
        internal static int[] Starts(string text)
        {
            var starts = new List<int>(text.Length / 4 + 2);
            for (var p = 0; p <= text.Length; p++)
                if (p == 0 || !IsWordBefore(text[p - 1])) starts.Add(p);
            return starts.ToArray();
        }

        /// <summary>
        /// The positions from which a run prefix matches: each position of a run of its class that ends where its
        /// literal occurs (the literal starts outside the class, so the run from any of them stops there). Null: none.
        /// </summary>
        private bool[]? RunStarts(string text)
        {
            bool[]? marks = null;
            foreach (var (cls, literal) in _allRuns)
            {
                for (var j = text.IndexOf(literal, StringComparison.Ordinal); j >= 0; j = j + 1 < text.Length ? text.IndexOf(literal, j + 1, StringComparison.Ordinal) : -1)
                {
                    var start = j;
                    while (start > 0 && text[start - 1] < 128 && cls[text[start - 1]]) start--;
                    if (start == j) continue;
                    marks ??= new bool[text.Length + 1];
                    for (var k = start; k < j; k++) marks[k] = true;
                }
            }
            return marks;
        }

        private static bool AnyRun(string text, int p, (bool[] Class, string Literal)[]? runs)
        {
            if (runs == null) return false;
            foreach (var (cls, literal) in runs)
            {
                var j = p;
                while (j < text.Length && text[j] < 128 && cls[text[j]]) j++;
                if (literal.Length > text.Length - j) continue;
                var k = 0;
                while (k < literal.Length && text[j + k] == literal[k]) k++;
                if (k == literal.Length) return true;
            }
            return false;
        }

        private static bool StartsWithAnyLive(string text, int p, (string Prefix, int Slot)[]? weak, ulong live)
        {
            if (weak == null) return false;
            var room = text.Length - p;
            foreach (var (prefix, slot) in weak)
            {
                if ((live & (1UL << slot)) == 0 || prefix.Length > room) continue;
                var k = 1;
                while (k < prefix.Length && text[p + k] == prefix[k]) k++;
                if (k == prefix.Length) return true;
            }
            return false;
        }

        private bool StartsWithAnyIndexed(string text, int p, char c)
        {
            if (_asciiAlone[c]) return true;
            var index = _asciiBySecond[c];
            if (index == null || p + 1 >= text.Length) return false;
            var second = text[p + 1];
            var prefixes = index[second < 128 ? second : 128];
            return prefixes != null && StartsWithAny(text, p, prefixes);
        }

        private static bool StartsWithAny(string text, int p, string[] prefixes)
        {
            var room = text.Length - p;
            foreach (var prefix in prefixes)
            {
                if (prefix.Length > room) continue;
                var k = 1; // the first character is the one the prefixes were looked up by
                while (k < prefix.Length && text[p + k] == prefix[k]) k++;
                if (k == prefix.Length) return true;
            }
            return false;
        }

        private Regex RegexFor(int bucket)
        {
            var r = Volatile.Read(ref _bucketRegex[bucket]);
            if (r != null) return r;
            r = new Regex(@"\G" + Before + "(?:" + Join(_parts, _buckets[bucket]) + ")" + After, Options, _callTimeout);
            return Interlocked.CompareExchange(ref _bucketRegex[bucket], r, null) ?? r;
        }

        private static string Join(string[] parts, int[]? only)
        {
            var sb = new StringBuilder();
            var n = only?.Length ?? parts.Length;
            for (var k = 0; k < n; k++)
            {
                if (k > 0) sb.Append('|');
                sb.Append("(?:").Append(parts[only == null ? k : only[k]]).Append(')');
            }
            return sb.ToString();
        }

        /// <summary>Exactly the class <c>[\p{L}\p{N}_']</c> of the look-behind (the regex checks it again).</summary>
        private static bool IsWordBefore(char c)
        {
            if (c == '_' || c == '\'') return true;
            if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.OtherNumber:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Numbered or named backreferences and conditionals depend on the other phrases' groups.</summary>
        private static bool HasGroupReference(string part)
        {
            for (var i = 0; i + 1 < part.Length; i++)
            {
                if (part[i] == '\\')
                {
                    var n = part[i + 1];
                    if ((n >= '1' && n <= '9') || n == 'k') return true;
                    i++;
                }
                else if (part[i] == '(' && i + 2 < part.Length && part[i + 1] == '?' && part[i + 2] == '(') return true;
            }
            return false;
        }

        /// <summary>
        /// Literal texts (1–8 characters) that every match of <paramref name="part"/> starts with one of;
        /// null when a match can start anywhere (or the pattern uses syntax this does not follow).
        /// </summary>
        internal static List<string>? Prefixes(string part)
        {
            try
            {
                var i = 0;
                var set = Alternation(part, ref i);
                if (i != part.Length) return null;
                var result = new List<string>();
                foreach (var (prefix, _) in set)
                {
                    if (prefix.Length == 0) return null;
                    // After a run, the literal must start with a character outside the class, or the run could
                    // end earlier than where the scan stops it.
                    if (IsRun(prefix, out var chars, out var literal) && (literal.Length == 0 || chars.IndexOf(literal[0]) >= 0)) return null;
                    result.Add(prefix);
                }
                return result;
            }
            catch (NotSupportedException)
            {
                return null;
            }
        }

        // The analysis below follows the subset of .NET regex syntax that phrases use and gives up
        // (NotSupportedException, "can start anywhere") on anything else. Each result is a set of
        // (text, exact): every match starts with one of the texts; exact means the match is that text
        // and nothing more, so what follows in a sequence can extend it.

        private static HashSet<(string Text, bool Exact)> Alternation(string s, ref int i)
        {
            var result = new HashSet<(string, bool)>();
            while (true)
            {
                result.UnionWith(Sequence(s, ref i));
                if (result.Count > MaxPrefixes) throw new NotSupportedException();
                if (i < s.Length && s[i] == '|') { i++; continue; }
                return result;
            }
        }

        private static HashSet<(string Text, bool Exact)> Sequence(string s, ref int i)
        {
            var current = new HashSet<(string Text, bool Exact)> { ("", true) };
            var growing = true;
            while (i < s.Length && s[i] != '|' && s[i] != ')')
            {
                var atom = Atom(s, ref i);
                var (optional, repeated) = Quantifier(s, ref i);
                if (!growing) continue;
                if (repeated)
                {
                    // A leading run of one class ("[a-z]+'ll"): kept as a run, so the text after it still counts.
                    var run = !optional && current.Count == 1 && current.Contains(("", true)) ? RunOf(atom) : null;
                    atom = run != null ? new HashSet<(string, bool)> { (run, true) } : Inexact(atom);
                }
                if (optional) atom.Add(("", true));
                var next = new HashSet<(string Text, bool Exact)>();
                foreach (var (a, exact) in current)
                {
                    if (!exact) { next.Add((a, false)); continue; }
                    foreach (var (b, bExact) in atom)
                    {
                        if (a.Length > 0 && b.Length > 0 && b[0] == RunMark) { next.Add((a, false)); continue; } // a run only leads
                        var t = a + b;
                        var head = t.Length > 0 && t[0] == RunMark ? t.IndexOf(RunMark, 1) + 1 : 0;
                        if (t.Length - head >= PrefixLength) next.Add((t.Substring(0, head + PrefixLength), false));
                        else next.Add((t, bExact));
                    }
                }
                if (next.Count > MaxPrefixes)
                {
                    // Too many to be useful: keep what is known so far.
                    current = Inexact(current);
                    growing = false;
                    continue;
                }
                current = next;
                growing = false;
                foreach (var (_, exact) in current) if (exact) { growing = true; break; }
            }
            return current;
        }

        /// <summary>Starts a prefix that is a run of characters of one class: mark, the class's characters, mark, then literal text.</summary>
        private const char RunMark = '\uF8FF';

        private static string? RunOf(HashSet<(string Text, bool Exact)> atom)
        {
            var chars = new List<char>();
            foreach (var (t, exact) in atom)
            {
                if (!exact || t.Length != 1 || t[0] >= 128) return null;
                chars.Add(t[0]);
            }
            if (chars.Count == 0) return null;
            chars.Sort();
            return RunMark + new string(chars.ToArray()) + RunMark;
        }

        /// <summary>A run prefix's class and the literal text after the run; false for a plain prefix.</summary>
        internal static bool IsRun(string prefix, out string chars, out string literal)
        {
            chars = literal = "";
            if (prefix.Length == 0 || prefix[0] != RunMark) return false;
            var end = prefix.IndexOf(RunMark, 1);
            chars = prefix.Substring(1, end - 1);
            literal = prefix.Substring(end + 1);
            return true;
        }

        private static HashSet<(string Text, bool Exact)> Inexact(HashSet<(string Text, bool Exact)> set)
        {
            var result = new HashSet<(string, bool)>();
            foreach (var (t, _) in set) result.Add((t, false));
            return result;
        }

        private static HashSet<(string Text, bool Exact)> Unknown() => new HashSet<(string, bool)> { ("", false) };

        private static HashSet<(string Text, bool Exact)> ZeroWidth() => new HashSet<(string, bool)> { ("", true) };

        private static HashSet<(string Text, bool Exact)> Single(char c) => new HashSet<(string, bool)> { (c.ToString(), true) };

        /// <summary>
        /// Steps over a group's opening — "(", "(?:", a lookaround, a named group — and says whether the group
        /// matches no characters. Inline options, atomic groups, comments, conditionals and balancing groups
        /// are not followed (NotSupportedException), so the phrase falls back to being tried everywhere.
        /// </summary>
        private static bool OpenGroup(string s, ref int i)
        {
            if (i + 1 >= s.Length || s[i + 1] != '?') { i++; return false; }
            if (i + 2 >= s.Length) throw new NotSupportedException();
            var k = s[i + 2];
            if (k == ':') { i += 3; return false; }
            if (k == '=' || k == '!') { i += 3; return true; }
            if (k == '<' && i + 3 < s.Length && (s[i + 3] == '=' || s[i + 3] == '!')) { i += 4; return true; }
            if (k == '<' || k == '\'')
            {
                var close = s.IndexOf(k == '<' ? '>' : '\'', i + 3);
                if (close < 0) throw new NotSupportedException();
                for (var j = i + 3; j < close; j++)
                    if (!char.IsLetterOrDigit(s[j]) && s[j] != '_') throw new NotSupportedException(); // balancing groups
                i = close + 1;
                return false;
            }
            throw new NotSupportedException();
        }

        private static HashSet<(string Text, bool Exact)> Atom(string s, ref int i)
        {
            var c = s[i];
            switch (c)
            {
                case '(':
                {
                    var zeroWidth = OpenGroup(s, ref i);
                    var inner = Alternation(s, ref i);
                    if (i >= s.Length || s[i] != ')') throw new NotSupportedException();
                    i++;
                    return zeroWidth ? ZeroWidth() : inner;
                }
                case '[':
                    return CharClass(s, ref i);
                case '\\':
                {
                    if (i + 1 >= s.Length) throw new NotSupportedException();
                    var e = s[i + 1];
                    i += 2;
                    switch (e)
                    {
                        case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                            return ZeroWidth();
                        case 't': return Single('\t');
                        case 'n': return Single('\n');
                        case 'r': return Single('\r');
                        case 'f': return Single('\f');
                        case 'v': return Single('\v');
                        case 'e': return Single('\u001B');
                        case 'a': return Single('\u0007');
                        case 'u': return Single(Hex(s, ref i, 4));
                        case 'x': return Single(Hex(s, ref i, 2));
                        case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
                            return Unknown();
                        case 'p': case 'P':
                        {
                            if (i >= s.Length || s[i] != '{') throw new NotSupportedException();
                            var close = s.IndexOf('}', i);
                            if (close < 0) throw new NotSupportedException();
                            i = close + 1;
                            return Unknown();
                        }
                    }
                    if (char.IsLetterOrDigit(e) || e == '_') throw new NotSupportedException(); // \c, octal, \k …
                    return Single(e);
                }
                case '.':
                    i++;
                    return Unknown();
                case '^':
                case '$':
                    i++;
                    return ZeroWidth();
                case '*':
                case '+':
                case '?':
                case ')':
                case '|':
                    throw new NotSupportedException();
                case '{':
                    if (IsQuantifier(s, i, out _, out _, out _)) throw new NotSupportedException();
                    i++;
                    return Single('{');
                default:
                    i++;
                    return Single(c);
            }
        }

        /// <summary>Reads a quantifier after an atom, if any: whether it allows zero, and whether more than one.</summary>
        private static (bool Optional, bool Repeated) Quantifier(string s, ref int i)
        {
            if (i >= s.Length) return (false, false);
            bool optional, repeated;
            switch (s[i])
            {
                case '?':
                    optional = true;
                    repeated = false;
                    i++;
                    break;
                case '*':
                    optional = repeated = true;
                    i++;
                    break;
                case '+':
                    optional = false;
                    repeated = true;
                    i++;
                    break;
                case '{':
                    if (!IsQuantifier(s, i, out var min, out var max, out var end)) return (false, false);
                    optional = min == 0;
                    repeated = max != 1;
                    i = end;
                    break;
                default:
                    return (false, false);
            }
            if (i < s.Length && s[i] == '?') i++; // lazy
            if (i < s.Length && (s[i] == '*' || s[i] == '+' || s[i] == '?' || (s[i] == '{' && IsQuantifier(s, i, out _, out _, out _))))
                throw new NotSupportedException(); // a nested quantifier is an error in .NET: leave it to the regex
            return (optional, repeated);
        }

        /// <summary><c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> at <paramref name="i"/> (otherwise '{' is a literal); max -1 for none.</summary>
        private static bool IsQuantifier(string s, int i, out int min, out int max, out int end)
        {
            min = 0;
            max = 0;
            end = i;
            var j = i + 1;
            var digits = 0;
            while (j < s.Length && s[j] >= '0' && s[j] <= '9') { min = Math.Min(min * 10 + (s[j] - '0'), 1_000_000); j++; digits++; }
            if (digits == 0) return false;
            max = min;
            if (j < s.Length && s[j] == ',')
            {
                j++;
                max = -1;
                var maxDigits = 0;
                var m = 0;
                while (j < s.Length && s[j] >= '0' && s[j] <= '9') { m = Math.Min(m * 10 + (s[j] - '0'), 1_000_000); j++; maxDigits++; }
                if (maxDigits > 0) max = m;
            }
            if (j >= s.Length || s[j] != '}') return false;
            end = j + 1;
            return true;
        }

        private static HashSet<(string Text, bool Exact)> CharClass(string s, ref int i)
        {
            i++; // '['
            var negated = i < s.Length && s[i] == '^';
            if (negated) i++;
            var set = new HashSet<char>();
            var known = !negated;
            var firstInClass = true;
            while (true)
            {
                if (i >= s.Length) throw new NotSupportedException();
                var c = s[i];
                if (c == ']' && !firstInClass)
                {
                    i++;
                    break;
                }
                firstInClass = false;
                char from;
                if (c == '\\')
                {
                    if (i + 1 >= s.Length) throw new NotSupportedException();
                    var e = s[i + 1];
                    if (e == 'p' || e == 'P')
                    {
                        var close = s.IndexOf('}', i);
                        if (close < 0) throw new NotSupportedException();
                        i = close + 1;
                        known = false;
                        continue;
                    }
                    if (char.IsLetterOrDigit(e)) { i += 2; known = false; continue; } // \d, \w, \u… : not worth it
                    from = e;
                    i += 2;
                }
                else if (c == '[') throw new NotSupportedException(); // subtraction, [:name:]
                else
                {
                    from = c;
                    i++;
                }
                if (i + 1 < s.Length && s[i] == '-' && s[i + 1] != ']')
                {
                    var to = s[i + 1];
                    if (to == '\\' || to == '[') throw new NotSupportedException();
                    if (to < from) throw new NotSupportedException();
                    if (to - from > 64) known = false;
                    else for (var ch = from; ch <= to; ch++) set.Add(ch);
                    i += 2;
                }
                else set.Add(from);
            }
            if (!known) return Unknown();
            var result = new HashSet<(string, bool)>();
            foreach (var ch in set) result.Add((ch.ToString(), true));
            return result;
        }

        /// <summary>
        /// Texts of which every match of <paramref name="part"/> contains at least one ("soon", "shortly");
        /// null when there are none worth checking (shorter than three characters) or the pattern is not followed.
        /// </summary>
        internal static string[]? Needs(string part)
        {
            try
            {
                var i = 0;
                var info = NeedsAlternation(part, ref i);
                if (i != part.Length || info.Needs == null || Score(info.Needs) < 3) return null;
                var result = new string[info.Needs.Count];
                info.Needs.CopyTo(result);
                return result;
            }
            catch (NotSupportedException)
            {
                return null;
            }
        }

        private const int MaxNeeds = 64;

        // Exact: every string the node can match (null: too many or unknown). Needs: each match contains one of these (null: none known).
        private struct NeedInfo
        {
            public HashSet<string>? Exact;
            public HashSet<string>? Needs;
        }

        private static int Score(HashSet<string>? set)
        {
            if (set == null || set.Count == 0) return 0;
            var min = int.MaxValue;
            foreach (var t in set) min = Math.Min(min, t.Length);
            return min;
        }

        private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
        {
            var sa = Score(a);
            var sb = Score(b);
            if (sb > sa || (sb == sa && sb > 0 && b!.Count < a!.Count)) return b;
            return sa > 0 ? a : null;
        }

        private static NeedInfo NeedsAlternation(string s, ref int i)
        {
            HashSet<string>? exact = new HashSet<string>(StringComparer.Ordinal);
            HashSet<string>? needs = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                var alt = NeedsSequence(s, ref i);
                if (exact != null && alt.Exact != null) exact.UnionWith(alt.Exact); else exact = null;
                if (exact != null && exact.Count > MaxNeeds) exact = null;
                var altNeeds = Better(alt.Needs, alt.Exact != null && !alt.Exact.Contains("") ? alt.Exact : null);
                if (needs != null && altNeeds != null) needs.UnionWith(altNeeds); else needs = null;
                if (needs != null && needs.Count > MaxNeeds) needs = null;
                if (i < s.Length && s[i] == '|') { i++; continue; }
                return new NeedInfo { Exact = exact, Needs = needs };
            }
        }

        private static NeedInfo NeedsSequence(string s, ref int i)
        {
            HashSet<string>? best = null;
            HashSet<string>? run = new HashSet<string>(StringComparer.Ordinal) { "" };
            var allExact = true;
            while (i < s.Length && s[i] != '|' && s[i] != ')')
            {
                var atom = NeedsAtom(s, ref i);
                var (optional, repeated) = Quantifier(s, ref i);
                HashSet<string>? exact = atom.Exact;
                HashSet<string>? needs = Better(atom.Needs, exact != null && !exact.Contains("") ? exact : null);
                if (repeated) exact = null;
                if (optional)
                {
                    needs = null;
                    if (exact != null) exact = new HashSet<string>(exact, StringComparer.Ordinal) { "" };
                }
                best = Better(best, needs);
                if (exact == null)
                {
                    allExact = false;
                    best = Better(best, Usable(run));
                    run = new HashSet<string>(StringComparer.Ordinal) { "" };
                    continue;
                }
                var next = new HashSet<string>(StringComparer.Ordinal);
                foreach (var a in run)
                    foreach (var b in exact)
                        next.Add(a + b);
                if (next.Count > MaxNeeds)
                {
                    allExact = false;
                    best = Better(best, Usable(run));
                    run = new HashSet<string>(exact, StringComparer.Ordinal);
                    continue;
                }
                run = next;
            }
            best = Better(best, Usable(run));
            return new NeedInfo { Exact = allExact ? run : null, Needs = best };
        }

        private static HashSet<string>? Usable(HashSet<string>? set) => set == null || set.Contains("") ? null : set;

        private static NeedInfo NeedsAtom(string s, ref int i)
        {
            var c = s[i];
            if (c == '(')
            {
                var zeroWidth = OpenGroup(s, ref i);
                var inner = NeedsAlternation(s, ref i);
                if (i >= s.Length || s[i] != ')') throw new NotSupportedException();
                i++;
                return zeroWidth ? new NeedInfo { Exact = new HashSet<string>(StringComparer.Ordinal) { "" } } : inner;
            }
            // Single characters and classes: the prefix analysis reads them the same way.
            var one = Atom(s, ref i);
            var exact = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (t, isExact) in one)
            {
                if (!isExact) return new NeedInfo();
                exact.Add(t);
            }
            return new NeedInfo { Exact = exact };
        }

        private static char Hex(string s, ref int i, int digits)
        {
            if (i + digits > s.Length) throw new NotSupportedException();
            var v = 0;
            for (var k = 0; k < digits; k++)
            {
                var h = s[i + k];
                int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                if (d < 0) throw new NotSupportedException();
                v = v * 16 + d;
            }
            i += digits;
            return (char)v;
        }
    }
}
