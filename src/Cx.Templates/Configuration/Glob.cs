using System.Text;
using System.Text.RegularExpressions;

namespace Cx.Templates.Configuration
{
    /// <summary>
    /// A path glob: <c>*</c> within a segment, <c>**</c> across segments, <c>?</c>, <c>{a,b}</c>,
    /// <c>[abc]</c>. A pattern without '/' matches the file name at any depth, like .gitignore.
    /// </summary>
    public sealed class Glob
    {
        private readonly Regex _regex;

        public Glob(string pattern)
        {
            Pattern = pattern;
            _regex = new Regex(ToRegex(pattern), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        }

        public string Pattern { get; }

        public bool IsMatch(string path) => _regex.IsMatch(path.Replace('\\', '/').TrimStart('.', '/'));

        private static string ToRegex(string pattern)
        {
            var p = pattern.Replace('\\', '/');
            if (p.StartsWith("./", System.StringComparison.Ordinal)) p = p.Substring(2);
            var anyDepth = p.IndexOf('/') < 0 || p.StartsWith("**/", System.StringComparison.Ordinal);
            if (p.StartsWith("/", System.StringComparison.Ordinal)) p = p.Substring(1);
            var sb = new StringBuilder(anyDepth ? "^(?:.*/)?" : "^");
            if (p.StartsWith("**/", System.StringComparison.Ordinal)) p = p.Substring(3);
            var inBraces = false;
            for (var i = 0; i < p.Length; i++)
            {
                var c = p[i];
                switch (c)
                {
                    case '*':
                        if (i + 1 < p.Length && p[i + 1] == '*')
                        {
                            i++;
                            if (i + 1 < p.Length && p[i + 1] == '/') { i++; sb.Append("(?:.*/)?"); }
                            else sb.Append(".*");
                        }
                        else sb.Append("[^/]*");
                        break;
                    case '?': sb.Append("[^/]"); break;
                    case '{': inBraces = true; sb.Append("(?:"); break;
                    case '}': inBraces = false; sb.Append(')'); break;
                    case ',': sb.Append(inBraces ? "|" : ","); break;
                    case '[': sb.Append('['); break;
                    case ']': sb.Append(']'); break;
                    default: sb.Append(Regex.Escape(c.ToString())); break;
                }
            }
            // A directory pattern also matches everything below it.
            sb.Append("(?:/.*)?$");
            return sb.ToString();
        }
    }
}
