using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Cx.Templates.Model;

namespace Cx.Templates.Rules
{
    /// <summary>
    /// Suppression comments in a template, in whatever comment syntax it has
    /// (<c>{{## cx-disable CX5001 ##}}</c>, <c>{% comment %}cx-disable CX5001{% endcomment %}</c>,
    /// <c>&lt;!-- cx-disable CX5001 --&gt;</c>): <c>cx-disable-file</c>, <c>cx-disable-next-line</c>,
    /// <c>cx-disable-line</c>, and a <c>cx-disable</c> … <c>cx-enable</c> region. No rule ids means every rule.
    /// </summary>
    internal sealed class Suppressions
    {
        private static readonly Regex DirectiveRegex = new Regex(
            @"\bcx-(?<kind>disable-next-line|disable-line|disable-file|disable|enable)\b(?<ids>(?:[ \t]*,?[ \t]*CX\d{4})*)",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private readonly List<Directive> _directives = new List<Directive>();

        private Suppressions() { }

        public static Suppressions Parse(string text, LineMap lines)
        {
            var result = new Suppressions();
            if (!Text.AsciiText.ContainsIgnoreCase(text, "cx-")) return result;
            var open = new List<Directive>();
            foreach (Match m in DirectiveRegex.Matches(text))
            {
                var kind = m.Groups["kind"].Value.ToLowerInvariant();
                var ids = new List<string>();
                foreach (Match id in Regex.Matches(m.Groups["ids"].Value, @"CX\d{4}", RegexOptions.IgnoreCase)) ids.Add(id.Value.ToUpperInvariant());
                var line = lines.GetPosition(m.Index).Line;
                var span = new SourceSpan(m.Index, m.Index + m.Length);
                switch (kind)
                {
                    case "disable-file":
                        result._directives.Add(new Directive(span, m.Value, ids, 1, int.MaxValue));
                        break;
                    case "disable-next-line":
                        result._directives.Add(new Directive(span, m.Value, ids, line + 1, line + 1));
                        break;
                    case "disable-line":
                        result._directives.Add(new Directive(span, m.Value, ids, line, line));
                        break;
                    case "disable":
                        var d = new Directive(span, m.Value, ids, line, int.MaxValue);
                        result._directives.Add(d);
                        open.Add(d);
                        break;
                    case "enable":
                        // Closes the regions it names (all open ones when it names none).
                        foreach (var o in open)
                        {
                            if (o.LastLine != int.MaxValue) continue;
                            if (ids.Count == 0 || o.Ids.Exists(ids.Contains)) o.LastLine = line;
                        }
                        break;
                }
            }
            return result;
        }

        public bool IsEmpty => _directives.Count == 0;

        /// <summary>True (and the directive is marked used) when a directive covers this finding.</summary>
        public bool Suppresses(string ruleId, int line)
        {
            var suppressed = false;
            foreach (var d in _directives)
            {
                if (line < d.FirstLine || line > d.LastLine) continue;
                if (d.Ids.Count > 0 && !d.Ids.Contains(ruleId)) continue;
                d.Used = true;
                suppressed = true;
            }
            return suppressed;
        }

        public IEnumerable<(SourceSpan Span, string Text)> Unused()
        {
            foreach (var d in _directives)
                if (!d.Used) yield return (d.Span, d.Text);
        }

        private sealed class Directive
        {
            public Directive(SourceSpan span, string text, List<string> ids, int firstLine, int lastLine)
            {
                Span = span;
                Text = text.Trim();
                Ids = ids;
                FirstLine = firstLine;
                LastLine = lastLine;
            }

            public SourceSpan Span { get; }
            public string Text { get; }
            public List<string> Ids { get; }
            public int FirstLine { get; }
            public int LastLine { get; set; }
            public bool Used { get; set; }
        }
    }
}
