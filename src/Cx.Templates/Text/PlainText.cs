using System.Text;

namespace Cx.Templates.Text
{
    /// <summary>Small operations on plain strings that messages and diagnostics share.</summary>
    internal static class PlainText
    {
        /// <summary>Runs of whitespace as one space, none at the ends (<c>Regex.Replace(s, @"\s+", " ").Trim()</c>, without the regex).</summary>
        public static string Collapse(string text)
        {
            var sb = new StringBuilder(text.Length);
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
                if (space) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>The text up to its first line break (a library's multi-line error message, shown on one line).</summary>
        public static string FirstLine(string text)
        {
            var i = text.IndexOfAny(LineBreaks);
            return i < 0 ? text : text.Substring(0, i);
        }

        private static readonly char[] LineBreaks = { '\r', '\n' };
    }
}
