using System;
using System.Collections.Generic;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Cx.Templates.Parsing
{
    /// <summary>
    /// Finds the visible text of HTML with AngleSharp's HTML5 tokenizer, driven the way a browser's
    /// tree builder drives it (script and style as raw text, title and textarea as RCDATA), so
    /// <c>&lt;style&gt;p&gt;a{}&lt;/style&gt;</c>, comments and conditional comments never read as prose.
    /// Everything in head, style, script, template, noscript, title and comments, and every tag with
    /// its attributes (except <c>alt</c> and <c>title</c> in an HTML body, which a reader sees when images are
    /// blocked or on hover), is masked; character references in visible
    /// text are decoded (<c>&amp;rsquo;</c> reads as an apostrophe) while keeping their source span.
    /// The tokenizer is a state machine: no nesting depth can overflow the stack.
    /// </summary>
    internal static class HtmlTextMask
    {
        private static readonly HashSet<string> BlockTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "h1", "h2", "h3", "h4", "h5", "h6",
            "hr", "blockquote", "section", "header", "footer", "article", "body", "html", "center", "dd", "dt", "dl", "pre", "main",
            "nav", "aside", "figure", "figcaption", "caption", "address", "details", "summary", "form", "fieldset", "legend", "img",
            "button", "option", "select", "label", "head", "title", "meta", "link", "style", "script",
        };

        /// <summary>Elements whose content is never shown in an e-mail client or browser page.</summary>
        private static readonly HashSet<string> Hidden = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "script", "style", "template", "noscript", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "object", "svg", "math",
        };

        /// <summary>Elements allowed in head; any other start tag or text ends it (HTML5 "in head" insertion mode).</summary>
        private static readonly HashSet<string> HeadContent = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "meta", "link", "title", "style", "script", "base", "noscript", "template", "basefont", "bgsound", "head",
        };

        private static readonly Regex Entity = new Regex(@"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?", RegexOptions.CultureInvariant);

        private static readonly Regex VisibleAttribute = new Regex(@"\s(?:alt|title)\s*=\s*(?:""([^""]*)""|'([^']*)')", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex TagLike = new Regex(@"<[A-Za-z!/?]", RegexOptions.CultureInvariant);

        /// <summary>True when the text has something that looks like a tag or comment.</summary>
        public static bool HasMarkup(string text) => text.IndexOf('<') >= 0 && TagLike.IsMatch(text);

        /// <summary>
        /// Marks markup as skipped, records block boundaries and entity replacements. Throws only if
        /// AngleSharp cannot be loaded (a host that did not ship it); the caller falls back to a regex.
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static void Mask(string text, bool[] skip, List<int> blockStarts, Dictionary<int, (int Length, char Char)> replacements, bool readAltAndTitle)
        {
            var tokenizer = new HtmlTokenizer(new TextSource(text), HtmlEntityProvider.Resolver);
            var rangeStart = 0;
            var rangeEnd = 0;
            tokenizer.OnToken = (token, range) =>
            {
                rangeStart = range.Start.Index;
                rangeEnd = range.End.Index;
            };
            var inHead = false;
            var headSeen = false;
            string? rawUntil = null;   // inside script/style/…: only its end tag ends it
            var hiddenDepth = 0;       // template, svg … may nest
            var tokens = 0;
            while (tokens++ <= text.Length + 16)
            {
                var token = tokenizer.Get();
                if (token.Type == HtmlTokenType.EndOfFile) break;
                var s = Clamp(rangeStart, text.Length);
                var e = Clamp(Math.Max(rangeEnd, s), text.Length);
                switch (token.Type)
                {
                    case HtmlTokenType.Character:
                        {
                            var visible = rawUntil == null && hiddenDepth == 0;
                            if (visible && inHead)
                            {
                                if (IsWhiteSpace(text, s, e)) visible = false;
                                else inHead = false; // text ends the head: a fragment that forgot <body>
                            }
                            if (!visible) { Fill(skip, s, e); break; }
                            DecodeEntities(text, s, e, skip, replacements);
                            break;
                        }
                    case HtmlTokenType.StartTag:
                        {
                            var tag = (HtmlTagToken)token;
                            var name = tag.Name;
                            Fill(skip, s, e);
                            if (BlockTags.Contains(name)) blockStarts.Add(s);
                            if (rawUntil != null) break;
                            if (string.Equals(name, "head", StringComparison.OrdinalIgnoreCase) && !headSeen) { inHead = true; headSeen = true; break; }
                            if (inHead && !HeadContent.Contains(name)) inHead = false;
                            if (string.Equals(name, "body", StringComparison.OrdinalIgnoreCase)) inHead = false;
                            if (readAltAndTitle && !inHead && hiddenDepth == 0) ShowAttributes(text, s, e, skip, blockStarts, replacements);
                            switch (name.ToLowerInvariant())
                            {
                                case "script": tokenizer.State = HtmlParseMode.Script; rawUntil = "script"; break;
                                case "style": case "xmp": case "iframe": case "noembed": case "noframes": case "noscript":
                                    tokenizer.State = HtmlParseMode.Rawtext; rawUntil = name.ToLowerInvariant(); break;
                                case "title": case "textarea":
                                    tokenizer.State = HtmlParseMode.RCData; rawUntil = name.ToLowerInvariant(); break;
                                case "plaintext":
                                    tokenizer.State = HtmlParseMode.Plaintext; rawUntil = "\0"; break;
                                default:
                                    if (Hidden.Contains(name) && !tag.IsSelfClosing) hiddenDepth++;
                                    break;
                            }
                            break;
                        }
                    case HtmlTokenType.EndTag:
                        {
                            var name = ((HtmlTagToken)token).Name;
                            Fill(skip, s, e);
                            if (BlockTags.Contains(name)) blockStarts.Add(s);
                            if (rawUntil != null)
                            {
                                if (string.Equals(rawUntil, name, StringComparison.OrdinalIgnoreCase)) rawUntil = null;
                                break;
                            }
                            if (string.Equals(name, "head", StringComparison.OrdinalIgnoreCase)) inHead = false;
                            else if (Hidden.Contains(name) && hiddenDepth > 0) hiddenDepth--;
                            break;
                        }
                    default:
                        // Comments (with Outlook's conditional comments), DOCTYPE, processing instructions.
                        Fill(skip, s, e);
                        blockStarts.Add(s);
                        break;
                }
            }
        }

        /// <summary>Without a tag in sight only character references need reading.</summary>
        public static void DecodeEntities(string text, int start, int end, bool[] skip, Dictionary<int, (int Length, char Char)> replacements)
        {
            var amp = text.IndexOf('&', start, end - start);
            while (amp >= 0 && amp < end)
            {
                var m = Entity.Match(text, amp, Math.Min(40, end - amp));
                if (m.Success && m.Index == amp && (m.Value.EndsWith(";", StringComparison.Ordinal) || m.Value.StartsWith("&#", StringComparison.Ordinal) || m.Length > 3))
                {
                    var value = m.Value.EndsWith(";", StringComparison.Ordinal) ? m.Value : m.Value + ";";
                    var decoded = WebUtility.HtmlDecode(value);
                    if (decoded != value && decoded.Length == 1)
                    {
                        var c = decoded[0];
                        if (c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009') c = ' ';
                        replacements[amp] = (m.Length, c);
                    }
                    else if (decoded != value)
                    {
                        Fill(skip, amp, amp + m.Length); // a reference to two code points (rare) or a surrogate pair: not prose
                    }
                    amp = text.IndexOf('&', amp + m.Length, end - amp - m.Length);
                    continue;
                }
                amp = amp + 1 < end ? text.IndexOf('&', amp + 1, end - amp - 1) : -1;
            }
        }

        private static void ShowAttributes(string text, int s, int e, bool[] skip, List<int> blockStarts, Dictionary<int, (int Length, char Char)> replacements)
        {
            if (e - s < 8) return;
            var tagText = text.Substring(s, e - s);
            if (tagText.IndexOf("alt", StringComparison.OrdinalIgnoreCase) < 0 && tagText.IndexOf("title", StringComparison.OrdinalIgnoreCase) < 0) return;
            foreach (Match m in VisibleAttribute.Matches(tagText))
            {
                var g = m.Groups[1].Success ? m.Groups[1] : m.Groups[2];
                if (g.Length == 0) continue;
                var vs = s + g.Index;
                var ve = vs + g.Length;
                for (var i = vs; i < ve; i++) skip[i] = false;
                blockStarts.Add(vs);
                blockStarts.Add(ve);
                DecodeEntities(text, vs, ve, skip, replacements);
            }
        }

        private static bool IsWhiteSpace(string text, int s, int e)
        {
            for (var i = s; i < e; i++) if (!char.IsWhiteSpace(text[i])) return false;
            return true;
        }

        private static void Fill(bool[] skip, int s, int e)
        {
            for (var i = s; i < e && i < skip.Length; i++) skip[i] = true;
        }

        private static int Clamp(int v, int length) => v < 0 ? 0 : v > length ? length : v;
    }
}
