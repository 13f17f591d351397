namespace Cx.Templates.Text
{
    /// <summary>
    /// Case-insensitive search for ASCII needles ("cx-", "www."). <c>IndexOf(…, OrdinalIgnoreCase)</c> folds
    /// every character of the text through the invariant casing tables, which showed up in profiles when run
    /// on every template; an ASCII needle only ever matches ASCII letters, so comparing with the case bit is enough.
    /// </summary>
    internal static class AsciiText
    {
        /// <summary>True when <paramref name="text"/> contains <paramref name="needle"/> (lower-case ASCII) in any letter case.</summary>
        public static bool ContainsIgnoreCase(string text, string needle)
        {
            var first = needle[0];
            var firstUpper = first >= 'a' && first <= 'z' ? (char)(first - 32) : first;
            var last = text.Length - needle.Length;
            for (var i = 0; i <= last; i++)
            {
                var c = text[i];
                if (c != first && c != firstUpper) continue;
                var k = 1;
                while (k < needle.Length && Fold(text[i + k]) == needle[k]) k++;
                if (k == needle.Length) return true;
            }
            return false;
        }

        private static char Fold(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
}
