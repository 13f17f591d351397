using System;
using System.Collections.Generic;
using System.Linq;
using Cx.Templates.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cx.Templates.Parsing
{
    /// <summary>
    /// YAML front matter between <c>---</c> lines at the top of a template: the message's kind,
    /// channel, phase, locale and subject. Unknown keys and values outside the allowed sets are CX0002.
    /// </summary>
    internal static class FrontMatter
    {
        public static readonly string[] Keys = { "kind", "channel", "phase", "locale", "subject" };

        /// <summary>The front matter's span (both fences included), or null when there is none.</summary>
        public static SourceSpan? Find(string text)
        {
            if (!StartsWithFence(text, 0)) return null;
            var lineEnd = NextLine(text, 0);
            var pos = lineEnd;
            while (pos < text.Length)
            {
                if (StartsWithFence(text, pos) || StartsWith(text, pos, "..."))
                {
                    var end = NextLine(text, pos);
                    return new SourceSpan(0, end);
                }
                pos = NextLine(text, pos);
            }
            return null;
        }

        public static MessageMetadata Read(string text, SourceSpan span, List<ParseProblem> problems)
        {
            var metadata = new MessageMetadata();
            var bodyStart = NextLine(text, 0);
            var closing = LastLineStart(text, span.End);
            var yaml = text.Substring(bodyStart, Math.Max(0, closing - bodyStart));
            YamlStream stream;
            try
            {
                stream = new YamlStream();
                stream.Load(new System.IO.StringReader(yaml));
            }
            catch (YamlException ex)
            {
                var at = Math.Min(text.Length, bodyStart + (int)Math.Max(0, Math.Min(yaml.Length, ex.Start.Index)));
                problems.Add(new ParseProblem("CX0001", new SourceSpan(at, Math.Min(text.Length, at + 1)), "Front matter is not valid YAML: " + Text.PlainText.FirstLine(ex.Message)));
                return metadata;
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException || ex is IndexOutOfRangeException)
            {
                // YamlDotNet's scanner can fail outside YamlException on some malformed input (found by the property tests).
                problems.Add(new ParseProblem("CX0001", new SourceSpan(bodyStart, Math.Min(text.Length, bodyStart + 1)), "Front matter is not valid YAML; write it as 'key: value' lines (kind, channel, phase, locale, subject)."));
                return metadata;
            }
            if (stream.Documents.Count == 0) return metadata;
            if (!(stream.Documents[0].RootNode is YamlMappingNode map))
            {
                if (stream.Documents[0].RootNode is YamlScalarNode s && string.IsNullOrEmpty(s.Value)) return metadata;
                problems.Add(new ParseProblem("CX0002", new SourceSpan(bodyStart, bodyStart), "Front matter must be a mapping of keys (" + string.Join(", ", Keys) + ")."));
                return metadata;
            }
            foreach (var entry in map.Children)
            {
                var keyNode = entry.Key as YamlScalarNode;
                var key = keyNode?.Value ?? "";
                var keySpan = SpanOf(entry.Key, bodyStart, text.Length);
                var value = (entry.Value as YamlScalarNode)?.Value;
                switch (key)
                {
                    case "kind": metadata.Kind = Checked(value, MessageMetadata.Kinds, "kind", entry.Value, bodyStart, text.Length, problems); break;
                    case "channel": metadata.Channel = Checked(value, MessageMetadata.Channels, "channel", entry.Value, bodyStart, text.Length, problems); break;
                    case "phase": metadata.Phase = Checked(value, MessageMetadata.Phases, "phase", entry.Value, bodyStart, text.Length, problems); break;
                    case "locale": metadata.Locale = value; break;
                    case "subject": metadata.Subject = value; break;
                    default:
                        problems.Add(new ParseProblem("CX0002", keySpan,
                            $"Unknown front-matter key '{key}'{Suggest(key, Keys)}. Allowed: {string.Join(", ", Keys)}."));
                        break;
                }
            }
            return metadata;
        }

        private static string? Checked(string? value, string[] allowed, string key, YamlNode node, int baseOffset, int length, List<ParseProblem> problems)
        {
            var v = value?.Trim().ToLowerInvariant();
            if (v != null && allowed.Contains(v)) return v;
            problems.Add(new ParseProblem("CX0002", SpanOf(node, baseOffset, length),
                $"'{value}' is not a {key}{Suggest(v ?? "", allowed)}. Allowed: {string.Join(", ", allowed)}."));
            return null;
        }

        internal static string Suggest(string given, IEnumerable<string> allowed)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var a in allowed)
            {
                var d = Distance(given.ToLowerInvariant(), a);
                if (d < bestDistance) { bestDistance = d; best = a; }
            }
            return best != null && bestDistance <= Math.Max(2, given.Length / 3) ? $" (did you mean '{best}'?)" : "";
        }

        private static int Distance(string a, string b)
        {
            var prev = new int[b.Length + 1];
            var cur = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) prev[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                cur[0] = i;
                for (var j = 1; j <= b.Length; j++)
                    cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                var t = prev; prev = cur; cur = t;
            }
            return prev[b.Length];
        }

        private static SourceSpan SpanOf(YamlNode node, int baseOffset, int length)
        {
            var s = Math.Min(length, baseOffset + (int)node.Start.Index);
            var e = Math.Min(length, Math.Max(s, baseOffset + (int)node.End.Index));
            return new SourceSpan(s, e);
        }


        private static bool StartsWithFence(string text, int pos)
        {
            if (!StartsWith(text, pos, "---")) return false;
            var i = pos + 3;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t')) i++;
            return i >= text.Length || text[i] == '\n' || text[i] == '\r';
        }

        private static bool StartsWith(string text, int pos, string s) =>
            pos + s.Length <= text.Length && string.CompareOrdinal(text, pos, s, 0, s.Length) == 0;

        private static int NextLine(string text, int pos)
        {
            while (pos < text.Length && text[pos] != '\n' && text[pos] != '\r') pos++;
            if (pos < text.Length && text[pos] == '\r') pos++;
            if (pos < text.Length && text[pos] == '\n') pos++;
            return pos;
        }

        private static int LastLineStart(string text, int end)
        {
            var i = end;
            if (i > 0 && text[i - 1] == '\n') i--;
            if (i > 0 && text[i - 1] == '\r') i--;
            while (i > 0 && text[i - 1] != '\n' && text[i - 1] != '\r') i--;
            return i;
        }
    }
}
