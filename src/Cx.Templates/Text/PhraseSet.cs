using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using YamlDotNet.RepresentationModel;

namespace Cx.Templates.Text
{
    /// <summary>
    /// A list of phrases a rule looks for, read from an embedded YAML file and compiled once per
    /// process into one regular expression that all threads share.
    /// </summary>
    /// <remarks>
    /// A phrase is written in plain lower-case words over <see cref="ProseText"/> (case, curly
    /// apostrophes and line breaks are already normalized). The compiler adds what real writing needs:
    /// <list type="bullet">
    /// <item><c>~</c> lets up to three words in ("I can ~ check" matches "I can certainly check"); <c>~5</c> up to five.</item>
    /// <item>contractions: "we will" also matches "we'll", "i would" "I'd", "do not" "don't", "cannot" "can't".</item>
    /// <item><c>{var}</c> is a template variable ("hi {var}").</item>
    /// <item>everything else is a .NET regular expression: <c>(want|would like)</c>, <c>s?</c>.</item>
    /// </list>
    /// Matches must start and end on word boundaries, and matches inside double quotes are skipped.
    /// </remarks>
    public sealed class PhraseSet
    {
        // One lazy entry per list, so that two threads can build two different lists at once.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<PhraseSet>> Cache =
            new System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<PhraseSet>>(StringComparer.Ordinal);
        private readonly PhraseMatcher _regex;
        private readonly PhraseMatcher? _exceptions;

        /// <summary>A phrase set from phrases given at run time (house rules): each regex match also has a time limit.</summary>
        public PhraseSet(IEnumerable<string> phrases, IEnumerable<string>? exceptions = null)
            : this(phrases, exceptions, builtIn: false)
        {
        }

        private PhraseSet(IEnumerable<string> phrases, IEnumerable<string>? exceptions, bool builtIn)
        {
            _regex = Compile(phrases, builtIn) ?? throw new ArgumentException("A phrase set needs at least one phrase.", nameof(phrases));
            _exceptions = exceptions == null ? null : Compile(exceptions, builtIn);
        }

        /// <summary>For tests: the matcher of the phrases and of the exceptions.</summary>
        internal PhraseMatcher Matcher => _regex;

        internal PhraseMatcher? ExceptionMatcher => _exceptions;

        /// <summary>The names of every embedded phrase list (for tests that check them all).</summary>
        internal static IEnumerable<string> EmbeddedNames()
        {
            const string prefix = "Cx.Phrases.", suffix = ".yml";
            foreach (var resource in typeof(PhraseSet).Assembly.GetManifestResourceNames())
                if (resource.StartsWith(prefix, StringComparison.Ordinal) && resource.EndsWith(suffix, StringComparison.Ordinal))
                    yield return resource.Substring(prefix.Length, resource.Length - prefix.Length - suffix.Length);
        }

        /// <summary>The phrase set of an embedded resource <c>Rules/Phrases/{name}.yml</c>, loaded once.</summary>
        public static PhraseSet Load(string name) =>
            Cache.GetOrAdd(name, n => new Lazy<PhraseSet>(() => Read(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

        private static PhraseSet Read(string name)
        {
            var stream = typeof(PhraseSet).Assembly.GetManifestResourceStream("Cx.Phrases." + name + ".yml")
                ?? throw new InvalidOperationException("Missing phrase list " + name);
            var yaml = new YamlStream();
            using (var reader = new StreamReader(stream, Encoding.UTF8)) yaml.Load(reader);
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            return new PhraseSet(List(root, "phrases"), root.Children.ContainsKey(new YamlScalarNode("exceptions")) ? List(root, "exceptions") : null, builtIn: true);
        }

        /// <summary>
        /// Builds every embedded list now, last name first: a host that calls this on a spare thread while it
        /// starts linting (which builds them on first use, in rule order) shares the start-up work with it.
        /// </summary>
        internal static void PreloadAll()
        {
            var names = new List<string>(EmbeddedNames());
            names.Sort(StringComparer.Ordinal);
            for (var i = names.Count - 1; i >= 0; i--) Load(names[i]);
        }

        private static List<string> List(YamlMappingNode root, string key)
        {
            var list = new List<string>();
            foreach (var n in ((YamlSequenceNode)root.Children[new YamlScalarNode(key)]).Children)
                list.Add(((YamlScalarNode)n).Value!);
            return list;
        }

        /// <summary>Every match in the prose that is not quoted and not covered by an exception.</summary>
        public List<ProseRange> Matches(ProseText prose)
        {
            var result = new List<ProseRange>();
            if (prose.IsEmpty) return result;
            // Several rules ask for the same phrase set of the same message (Occurs per sentence): match once.
            var cached = prose.CachedMatches(this);
            if (cached != null)
            {
                result.AddRange(cached);
                return result;
            }
            List<ProseRange>? exceptions = null;
            var text = prose.Text;
            var raw = new List<ProseRange>();
            _regex.Scan(text, prose.MatchStarts, raw);
            foreach (var m in raw)
            {
                if (m.Length == 0) continue;
                if (prose.IsQuoted(m.Start, m.End)) continue;
                if (_exceptions != null)
                {
                    exceptions ??= RawMatches(_exceptions, text, prose.MatchStarts);
                    if (Overlaps(exceptions, m.Start, m.End)) continue;
                }
                result.Add(m);
            }
            prose.CacheMatches(this, result.ToArray());
            return result;
        }

        /// <summary>True when any phrase occurs in the range (quotes and exceptions honoured).</summary>
        public bool Occurs(ProseText prose, ProseRange within)
        {
            foreach (var r in Matches(prose))
                if (r.Start >= within.Start && r.End <= within.End) return true;
            return false;
        }

        private static List<ProseRange> RawMatches(PhraseMatcher regex, string text, int[] starts)
        {
            var list = new List<ProseRange>();
            regex.Scan(text, starts, list);
            return list;
        }

        private static bool Overlaps(List<ProseRange> ranges, int start, int end)
        {
            foreach (var r in ranges) if (r.Start < end && start < r.End) return true;
            return false;
        }

        private static PhraseMatcher? Compile(IEnumerable<string> phrases, bool builtIn)
        {
            var parts = new List<string>();
            foreach (var p in phrases)
            {
                var t = p.Trim();
                if (t.Length > 0) parts.Add(Translate(t));
            }
            if (parts.Count == 0) return null;
            return new PhraseMatcher(parts, builtIn);
        }

        private static readonly (Regex From, string To)[] Rewrites =
        {
            (new Regex(@"\bcannot\b"), "(?:cannot|can not|can't)"),
            (new Regex(@"(?<=[a-z)]) is not\b"), "(?: is not| isn't|'s not)"),
            (new Regex(@"(?<=[a-z)]) are not\b"), "(?: are not| aren't|'re not)"),
            (new Regex(@"\bwill not\b"), "(?:will not|won't)"),
            (new Regex(@"\b(do|does|did|is|are|was|were|has|have|had|should|would|could|must|need) not\b"), "(?:$1 not|$1n't)"),
            (new Regex(@"(?<=[a-z)+]) will\b"), "(?: will|'ll)"),
            (new Regex(@"(?<=[a-z)]) would\b"), "(?: would|'d)"),
            (new Regex(@"(?<=\bi) am\b"), "(?: am|'m)"),
            (new Regex(@"(?<=\b(?:you|we|they)) are\b"), "(?: are|'re)"),
            (new Regex(@"(?<=\b(?:i|you|we|they)) have\b"), "(?: have|'ve)"),
            (new Regex(@"(?<=\b(?:it|that|there|here|what|this)) is\b"), "(?: is|'s)"),
        };

        /// <summary>Phrase notation → regex (see the class remarks).</summary>
        internal static string Translate(string phrase)
        {
            var p = phrase.ToLowerInvariant();
            foreach (var (from, to) in Rewrites) p = from.Replace(p, to);
            p = p.Replace("{var}", "\uE000");
            // " ~ " / " ~5 ": optional inserted words, each a run of non-space, non-sentence-ending characters.
            p = Regex.Replace(p, @" ?~(\d?) ?", m =>
            {
                var n = m.Groups[1].Value.Length > 0 ? m.Groups[1].Value : "3";
                return "(?: [^ \\n.!?]+){0," + n + "} ";
            });
            p = p.Replace("(?: [^ \\n.!?]+){0,3} $", "");
            return p;
        }
    }
}
