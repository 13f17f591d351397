using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Cx.Templates.Parsing
{
    /// <summary>
    /// Marks the characters of a template body that are markup rather than prose: HTML tags and
    /// comments, script/style/head elements, URLs and e-mail addresses, and for Markdown everything
    /// but literal text (code spans and blocks, link targets, list markers, raw HTML). Also records
    /// where blocks start, so a heading and the paragraph under it are not read as one sentence.
    /// </summary>
    internal static class MarkupMask
    {
        private static readonly Regex HtmlRegex = new Regex(
            @"<!--.*?-->|<(script|style|head|title)\b[^>]*>.*?</\1\s*>|</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?/?>|&[a-zA-Z]+;|&#x?[0-9a-fA-F]+;",
            RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex UrlRegex = new Regex(
            @"\b(?:https?://|www\.)[^\s<>""'()]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\bmailto:[^\s<>""']+",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly HashSet<string> BlockTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
            "hr", "blockquote", "section", "header", "footer", "article", "body", "html", "center", "dd", "dt", "dl", "pre",
        };

        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

        /// <summary>
        /// Masks HTML and URLs. With <paramref name="htmlParser"/> the visible text is found by a real HTML
        /// tokenizer (<see cref="HtmlTextMask"/>) and character references are decoded into
        /// <paramref name="replacements"/>; otherwise (Markdown, where Markdig reads inline HTML itself) a
        /// regular expression masks tags, comments and script/style/head elements.
        /// </summary>
        public static void MaskHtmlAndUrls(string text, bool[] skip, List<int> blockStarts, Dictionary<int, (int Length, char Char)>? replacements, bool htmlParser, bool readAltAndTitle)
        {
            var done = false;
            if (htmlParser && replacements != null)
            {
                try
                {
                    if (HtmlTextMask.HasMarkup(text)) HtmlTextMask.Mask(text, skip, blockStarts, replacements, readAltAndTitle);
                    else if (text.IndexOf('&') >= 0) HtmlTextMask.DecodeEntities(text, 0, text.Length, skip, replacements);
                    done = true;
                }
                catch (Exception ex) when (ex is System.IO.FileNotFoundException || ex is System.IO.FileLoadException || ex is TypeLoadException || ex is MissingMethodException)
                {
                    // A host that did not ship AngleSharp (an analyzer package without it): the regex below still masks tags.
                    replacements.Clear();
                }
            }
            if (!done && (text.IndexOf('<') >= 0 || text.IndexOf('&') >= 0))
            {
                foreach (Match m in HtmlRegex.Matches(text))
                {
                    for (var i = m.Index; i < m.Index + m.Length; i++) skip[i] = true;
                    if (m.Value.Length > 1 && m.Value[0] == '<')
                    {
                        var nameStart = m.Value[1] == '/' ? 2 : 1;
                        var nameEnd = nameStart;
                        while (nameEnd < m.Value.Length && char.IsLetterOrDigit(m.Value[nameEnd])) nameEnd++;
                        if (BlockTags.Contains(m.Value.Substring(nameStart, nameEnd - nameStart)) || m.Value.StartsWith("<!--", StringComparison.Ordinal))
                            blockStarts.Add(m.Index);
                    }
                }
            }
            if (!MayHoldAddress(text)) return;
            foreach (Match m in UrlRegex.Matches(text))
            {
                var end = m.Index + m.Length;
                // A sentence's full stop after a URL is punctuation, not part of the address.
                while (end > m.Index && (text[end - 1] == '.' || text[end - 1] == ',')) end--;
                for (var i = m.Index; i < end; i++) skip[i] = true;
            }
        }

        /// <summary>
        /// Every alternative of <see cref="UrlRegex"/> needs "@", "://", "www." or "mailto:" in the text; most
        /// messages have none, and the regex would otherwise be tried at every word (a tenth of a lint's time).
        /// </summary>
        private static bool MayHoldAddress(string text) =>
            text.IndexOf('@') >= 0
            || text.IndexOf("://", StringComparison.Ordinal) >= 0
            || Text.AsciiText.ContainsIgnoreCase(text, "www.")
            || Text.AsciiText.ContainsIgnoreCase(text, "mailto:");

        /// <summary>
        /// Parses Markdown (with template code already replaced by placeholder letters) and marks
        /// every character that is not literal text as markup.
        /// </summary>
        public static bool MaskMarkdown(string placeholderText, bool[] skip, List<int> blockStarts)
        {
            if (NestingDepth(placeholderText) > MaxMarkdownDepth) return false;
            var literal = new bool[placeholderText.Length];
            MarkdownDocument doc;
            try
            {
                doc = Markdown.Parse(placeholderText, Pipeline);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                return false; // Markdig rejects absurd nesting ("depth limit exceeded"); the text stays prose.
            }
            foreach (var node in doc.Descendants())
            {
                switch (node)
                {
                    case LeafBlock leaf when !(leaf is CodeBlock) && !(leaf is HtmlBlock):
                        blockStarts.Add(Math.Max(0, leaf.Span.Start));
                        break;
                    case LiteralInline lit when lit.Span.Start >= 0:
                        // A literal inside a link label is prose; the URL around it is not a literal.
                        for (var i = lit.Span.Start; i <= lit.Span.End && i < literal.Length; i++) literal[i] = true;
                        break;
                    case ListItemBlock item:
                        blockStarts.Add(Math.Max(0, item.Span.Start));
                        break;
                }
            }
            for (var i = 0; i < skip.Length; i++)
            {
                // Line breaks and spaces between literals are kept so sentences spanning lines still read as one.
                if (!literal[i] && !char.IsWhiteSpace(placeholderText[i])) skip[i] = true;
            }
            // Whitespace inside fenced/indented code or HTML blocks is not prose either.
            foreach (var node in doc.Descendants())
            {
                if (node is CodeBlock || node is HtmlBlock)
                {
                    var b = (Block)node;
                    for (var i = Math.Max(0, b.Span.Start); i <= b.Span.End && i < skip.Length; i++) skip[i] = true;
                    blockStarts.Add(Math.Max(0, b.Span.Start));
                }
                else if (node is CodeInline ci)
                {
                    for (var i = Math.Max(0, ci.Span.Start); i <= ci.Span.End && i < skip.Length; i++) skip[i] = true;
                }
            }
            return true;
        }

        /// <summary>Block quotes and lists nested deeper than this are not parsed as Markdown (Markdig slows down sharply and then refuses).</summary>
        internal const int MaxMarkdownDepth = 64;

        /// <summary>
        /// The deepest container nesting of any line, counted cheaply before Markdig sees the text:
        /// quote markers, list markers and two columns of indentation each count one level.
        /// </summary>
        internal static int NestingDepth(string text)
        {
            var max = 0;
            var i = 0;
            while (i < text.Length)
            {
                var depth = 0;
                var spaces = 0;
                while (i < text.Length && text[i] != '\n')
                {
                    var c = text[i];
                    if (c == ' ') { spaces++; i++; continue; }
                    if (c == '\t') { spaces += 4; i++; continue; }
                    if (c == '>') { depth++; i++; continue; }
                    if ((c == '-' || c == '*' || c == '+') && i + 1 < text.Length && (text[i + 1] == ' ' || text[i + 1] == '\t')) { depth++; i += 2; continue; }
                    var j = i;
                    while (j < text.Length && j - i < 9 && char.IsDigit(text[j])) j++;
                    if (j > i && j + 1 < text.Length && (text[j] == '.' || text[j] == ')') && text[j + 1] == ' ') { depth++; i = j + 2; continue; }
                    break;
                }
                if (depth > 0) depth += spaces / 2;
                if (depth > max) max = depth;
                while (i < text.Length && text[i] != '\n') i++;
                i++;
            }
            return max;
        }
    }
}
