using System;
using System.Collections.Generic;
using System.Text;

namespace Cx.Templates.Parsing
{
    /// <summary>
    /// Makes the Liquid of real platforms (Shopify, Braze, Zendesk, Jekyll) readable by Scriban's
    /// standard-Liquid parser without moving any character: every change keeps the text's length, so
    /// every offset Scriban reports is still an offset in the file.
    /// <list type="bullet">
    /// <item>Line breaks inside <c>{% … %}</c> and <c>{{ … }}</c> (a long <c>{% if a\n and b %}</c>) become spaces.</item>
    /// <item>Tags that standard Liquid does not know (<c>{% form %}</c>, <c>{% render %}</c>, <c>{% section %}</c>,
    /// <c>{% connected_content %}</c>, <c>{% abort_message %}</c> …) are opaque: blanked, never an error.</item>
    /// <item>Bodies of platform tags that hold code, not prose (<c>{% schema %}</c>, <c>{% style %}</c>,
    /// <c>{% javascript %}</c>), and the multi-line <c>{% liquid %}</c> tag, are blanked whole.</item>
    /// <item>Braze attribute references <c>{{${first_name}}}</c> read as the variable <c>first_name</c>.</item>
    /// </list>
    /// Unknown filters need nothing: Scriban parses any filter name and only resolves it when rendering.
    /// </summary>
    internal static class LiquidDialects
    {
        /// <summary>Tags Scriban's Liquid parser implements; anything else is a platform tag.</summary>
        private static readonly HashSet<string> StandardTags = new HashSet<string>(StringComparer.Ordinal)
        {
            "if", "elsif", "else", "endif", "unless", "endunless", "case", "when", "endcase", "for", "endfor", "break", "continue",
            "tablerow", "endtablerow", "capture", "endcapture", "assign", "increment", "decrement", "cycle", "comment", "endcomment",
            "raw", "endraw", "ifchanged", "endifchanged", "include",
        };

        /// <summary>Platform block tags whose body is code or data, never prose.</summary>
        private static readonly HashSet<string> CodeBodies = new HashSet<string>(StringComparer.Ordinal)
        {
            "schema", "style", "stylesheet", "javascript",
        };

        /// <summary>
        /// The text made readable by Scriban's Liquid parser as described above (same length), adding each
        /// blanked (opaque) range to <paramref name="opaque"/>: it is not prose.
        /// </summary>
        public static string Prepare(string text, List<Model.SourceSpan>? opaque)
        {
            if (text.IndexOf('{') < 0) return text;
            StringBuilder? sb = null;
            var i = 0;
            while (i < text.Length)
            {
                var open = text.IndexOf('{', i);
                if (open < 0 || open + 1 >= text.Length) break;
                var second = text[open + 1];
                if (second != '%' && second != '{') { i = open + 1; continue; }
                var closer = second == '%' ? "%}" : "}}";
                var close = text.IndexOf(closer, open + 2, StringComparison.Ordinal);
                if (close < 0) break; // unterminated: Scriban reports it where it is
                var end = close + 2;
                if (second == '{')
                {
                    // Braze: {{${first_name} | default: 'there'}} → {{  first_name  | default: 'there'}}
                    for (var k = open + 2; k < close; k++)
                    {
                        var c = text[k];
                        if (c == '\r' || c == '\n') Set(ref sb, text, k, ' ');
                        else if (c == '$' && k + 1 < close && text[k + 1] == '{')
                        {
                            var rb = text.IndexOf('}', k + 2);
                            if (rb > 0 && rb < close)
                            {
                                Set(ref sb, text, k, ' ');
                                Set(ref sb, text, k + 1, ' ');
                                Set(ref sb, text, rb, ' ');
                            }
                        }
                    }
                    i = end;
                    continue;
                }
                var name = TagName(text, open + 2, close);
                if (name == "raw" || name == "comment")
                {
                    // Their bodies are not Liquid: leave them to Scriban and jump past the end tag.
                    var endTag = FindEndTag(text, end, "end" + name);
                    for (var k = open + 2; k < close; k++) if (text[k] == '\r' || text[k] == '\n') Set(ref sb, text, k, ' ');
                    i = endTag < 0 ? end : endTag;
                    continue;
                }
                if (StandardTags.Contains(name))
                {
                    for (var k = open + 2; k < close; k++) if (text[k] == '\r' || text[k] == '\n') Set(ref sb, text, k, ' ');
                    i = end;
                    continue;
                }
                var blankTo = end;
                if (CodeBodies.Contains(name))
                {
                    var endTag = FindEndTagEnd(text, end, "end" + name);
                    if (endTag > 0) blankTo = endTag;
                }
                for (var k = open; k < blankTo; k++)
                    if (text[k] != '\r' && text[k] != '\n') Set(ref sb, text, k, ' ');
                opaque?.Add(new Model.SourceSpan(open, blankTo));
                i = blankTo;
            }
            return sb == null ? text : sb.ToString();
        }

        private static void Set(ref StringBuilder? sb, string text, int index, char c)
        {
            sb ??= new StringBuilder(text);
            sb[index] = c;
        }

        private static string TagName(string text, int from, int to)
        {
            var k = from;
            while (k < to && (text[k] == '-' || char.IsWhiteSpace(text[k]))) k++;
            var s = k;
            while (k < to && (char.IsLetterOrDigit(text[k]) || text[k] == '_')) k++;
            return text.Substring(s, k - s);
        }

        /// <summary>Start of the <c>{% endname %}</c> tag after <paramref name="from"/>, or -1.</summary>
        private static int FindEndTag(string text, int from, string endName)
        {
            var i = from;
            while (i < text.Length)
            {
                var open = text.IndexOf("{%", i, StringComparison.Ordinal);
                if (open < 0) return -1;
                var close = text.IndexOf("%}", open + 2, StringComparison.Ordinal);
                if (close < 0) return -1;
                if (TagName(text, open + 2, close) == endName) return open;
                i = open + 2;
            }
            return -1;
        }

        private static int FindEndTagEnd(string text, int from, string endName)
        {
            var start = FindEndTag(text, from, endName);
            if (start < 0) return -1;
            var close = text.IndexOf("%}", start + 2, StringComparison.Ordinal);
            return close < 0 ? -1 : close + 2;
        }
    }
}
