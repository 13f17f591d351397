using System;
using System.Collections.Generic;

namespace Cx.Templates.Parsing
{
    /// <summary>
    /// Customer messages kept in program code (a Twilio SMS body in Python, a C# initializer, a WooCommerce
    /// <c>esc_html__( 'Hi %s,' )</c>): inside code only the string literals that read as words are prose;
    /// identifiers, comments, keys and single-word strings ("TWILIO_NUMBER", 'woocommerce') are not. A small
    /// lexer per language family: line and block comments, single, double, triple-quoted, verbatim and
    /// backtick strings. Placeholders inside the strings (<c>{0}</c>, <c>#{name}</c>, <c>%s</c>) stay holes.
    /// </summary>
    internal static class HostCodeStrings
    {
        private static readonly HashSet<string> CLike = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "cs", "java", "js", "jsx", "ts", "tsx", "go", "kt", "kts", "swift", "scala", "dart", "c", "cpp", "h" };
        private static readonly HashSet<string> HashComment = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "py", "rb", "ex", "exs", "pl", "pm", "sh" };

        /// <summary>True when the path is program source (by extension), whose text outside strings is code.</summary>
        public static bool IsHostCode(string path) => Family(path) != null;

        private static string? Family(string path)
        {
            var dot = path.LastIndexOf('.');
            if (dot < 0) return null;
            var ext = path.Substring(dot + 1);
            if (CLike.Contains(ext)) return "c";
            if (HashComment.Contains(ext)) return "hash";
            if (string.Equals(ext, "php", StringComparison.OrdinalIgnoreCase)) return "php";
            return null;
        }

        /// <summary>Masks the code in [start, end) of a file at <paramref name="path"/>, leaving the wordy string literals as prose.</summary>
        public static void Mask(string text, string path, int start, int end, bool[] skip, List<int> blockStarts)
        {
            var family = Family(path) ?? "php";
            var hashComments = family == "hash" || family == "php";
            var slashComments = family == "c" || family == "php";
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (slashComments && c == '/' && i + 1 < end && text[i + 1] == '/') { i = SkipLine(text, i, end, skip); continue; }
                if (hashComments && c == '#' && !(i + 1 < end && text[i + 1] == '{')) { i = SkipLine(text, i, end, skip); continue; }
                if (slashComments && c == '/' && i + 1 < end && text[i + 1] == '*')
                {
                    var close = text.IndexOf("*/", i + 2, Math.Max(0, end - i - 2), StringComparison.Ordinal);
                    var stop = close < 0 ? end : close + 2;
                    Fill(skip, i, stop);
                    i = stop;
                    continue;
                }
                if (c == '"' || c == '\'' || c == '`')
                {
                    var triple = i + 2 < end && text[i + 1] == c && text[i + 2] == c;
                    var verbatim = c == '"' && i > 0 && (text[i - 1] == '@' || (i > 1 && text[i - 1] == '$' && text[i - 2] == '@') || (i > 1 && text[i - 1] == '@' && text[i - 2] == '$'));
                    var open = triple ? 3 : 1;
                    var bodyStart = i + open;
                    var j = bodyStart;
                    var closed = false;
                    while (j < end)
                    {
                        if (!verbatim && !triple && c != '`' && text[j] == '\\') { j += 2; continue; }
                        if (!triple && c != '`' && (text[j] == '\n') && family != "php" && !verbatim) break; // unterminated on this line
                        if (text[j] == c)
                        {
                            if (triple) { if (j + 2 < end && text[j + 1] == c && text[j + 2] == c) { closed = true; break; } }
                            else if (verbatim && j + 1 < end && text[j + 1] == '"') { j += 2; continue; }
                            else { closed = true; break; }
                        }
                        j++;
                    }
                    var bodyEnd = Math.Min(j, end);
                    var stop = closed ? Math.Min(end, j + open) : bodyEnd;
                    Fill(skip, i, bodyStart);
                    if (closed && Wordy(text, bodyStart, bodyEnd))
                    {
                        blockStarts.Add(bodyStart);
                        MaskEscapes(text, bodyStart, bodyEnd, skip);
                    }
                    else Fill(skip, bodyStart, bodyEnd);
                    Fill(skip, bodyEnd, stop);
                    i = stop;
                    continue;
                }
                skip[i] = true;
                i++;
            }
        }

        /// <summary>Words with a space between: "Hi %s," and "Your appointment is at {0}." are messages; "TWILIO_NUMBER" and 'woocommerce' are not.</summary>
        private static bool Wordy(string text, int s, int e)
        {
            if (e <= s || text.IndexOf(' ', s, e - s) < 0) return false;
            var run = 0;
            for (var k = s; k < e; k++)
            {
                run = char.IsLetter(text[k]) ? run + 1 : 0;
                if (run >= 2) return true;
            }
            return false;
        }

        /// <summary>"\n" and "\t" escapes inside a literal are layout, not letters.</summary>
        private static void MaskEscapes(string text, int s, int e, bool[] skip)
        {
            for (var k = s; k + 1 < e; k++)
                if (text[k] == '\\') { skip[k] = true; skip[k + 1] = true; k++; }
        }

        private static int SkipLine(string text, int i, int end, bool[] skip)
        {
            var nl = text.IndexOf('\n', i, end - i);
            var stop = nl < 0 ? end : nl;
            Fill(skip, i, stop);
            return stop;
        }

        private static void Fill(bool[] skip, int s, int e)
        {
            for (var k = s; k < e && k < skip.Length; k++) skip[k] = true;
        }
    }
}
