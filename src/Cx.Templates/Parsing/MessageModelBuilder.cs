using System;
using System.Collections.Generic;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Parsing
{
    /// <summary>Source → message model: front matter, template parse, markup mask, prose.</summary>
    public static class MessageModelBuilder
    {
        public static MessageModel Build(TemplateSource source)
        {
            var text = source.Text;
            var problems = new List<ParseProblem>();
            var lines = new LineMap(text);

            // Front matter is blanked out (newlines kept) so every later offset is an offset in the original file.
            var metadata = new MessageMetadata();
            var fmSpan = FrontMatter.Find(text);
            var masked = text;
            if (fmSpan is SourceSpan fm)
            {
                metadata = FrontMatter.Read(text, fm, problems);
                masked = Blank(text, fm.Start, fm.End, ' ');
            }

            if (text.Length > MaxLength)
            {
                problems.Add(new ParseProblem("CX0001", new SourceSpan(0, 0),
                    $"This file has {text.Length:N0} characters; Cx checks templates up to {MaxLength:N0} (2 MiB), far above any customer message. Split it into one template per message, or exclude it."));
                return new MessageModel(source, lines, metadata, fmSpan, Array.Empty<TextRun>(), Array.Empty<Hole>(), Array.Empty<Variable>(), ProseText.Empty, problems);
            }

            var parsed = Parse(masked, source.Syntax, source.Path);
            problems.AddRange(parsed.Problems);
            if (parsed.Problems.Exists(p => p.RuleId == "CX0001" && parsed.Runs.Count == 0))
                return new MessageModel(source, lines, metadata, fmSpan, parsed.Runs, parsed.Holes, parsed.Variables, ProseText.Empty, problems);

            var skip = new bool[text.Length];
            if (fmSpan is SourceSpan f) for (var i = f.Start; i < f.End; i++) skip[i] = true;
            foreach (var o in parsed.Opaque) for (var i = o.Start; i < o.End && i < skip.Length; i++) skip[i] = true;
            var blockStarts = new List<int>(parsed.BranchBoundaries);
            MaskMailHeaders(text, fmSpan?.End ?? 0, skip, blockStarts, metadata);
            if (fmSpan == null && YamlTemplateFile.Applies(source.Path)) YamlTemplateFile.Mask(text, skip, blockStarts, metadata);
            // A message kept in program code (placeholders in a .py, .rb, .cs file): only its wordy string literals are prose.
            if (source.Syntax == TemplateSyntax.Placeholders && HostCodeStrings.IsHostCode(source.Path) && !source.Path.EndsWith(".php", StringComparison.OrdinalIgnoreCase))
                HostCodeStrings.Mask(text, source.Path, 0, text.Length, skip, blockStarts);

            // Template code outside text runs: holes read as a word, control tags as nothing.
            var placeholder = masked.ToCharArray();
            var inRun = new bool[text.Length];
            foreach (var r in parsed.Runs) for (var i = r.Span.Start; i < r.Span.End; i++) inRun[i] = true;
            var inHole = new bool[text.Length];
            foreach (var h in parsed.Holes) for (var i = h.Span.Start; i < h.Span.End && i < text.Length; i++) inHole[i] = true;
            for (var i = 0; i < placeholder.Length; i++)
            {
                if (inRun[i] || placeholder[i] == '\n' || placeholder[i] == '\r') continue;
                placeholder[i] = inHole[i] ? 'X' : ' ';
            }
            var placeholderText = new string(placeholder);

            // Markdown reads its own inline HTML (Markdig); everywhere else a real HTML tokenizer finds the visible text.
            var replacements = new Dictionary<int, (int Length, char Char)>();
            var markdown = source.Syntax == TemplateSyntax.Markdown;
            // alt and title text is read in HTML bodies (an e-mail shows alt text when images are blocked); in
            // HTML inside another template language attributes stay markup, as the rules' own tests expect.
            MarkupMask.MaskHtmlAndUrls(placeholderText, skip, blockStarts, replacements, htmlParser: !markdown, readAltAndTitle: source.Syntax == TemplateSyntax.Html);
            if (markdown && !MarkupMask.MaskMarkdown(placeholderText, skip, blockStarts))
                problems.Add(new ParseProblem("CX0004", new SourceSpan(0, 0),
                    $"The Markdown nests lists or quotes deeper than {MarkupMask.MaxMarkdownDepth} levels, so its markup was read as plain text; flatten it so the rules see the message as the customer does"));

            var prose = new ProseBuilder(text, skip, blockStarts, replacements).Build(parsed.Runs, parsed.Holes);
            return new MessageModel(source, lines, metadata, fmSpan, parsed.Runs, parsed.Holes, parsed.Variables, prose, problems, parsed.Template);
        }

        /// <summary>
        /// The longest template read, in UTF-16 characters (2 MiB). A customer message is a few kilobytes; the
        /// largest real notification templates (a Shopify order confirmation with its CSS) are under 100 KB.
        /// Past this the time and memory of a lint grow with no message to gain, so the file is reported instead.
        /// </summary>
        public const int MaxLength = 2 * 1024 * 1024;

        /// <summary>The template parser for a syntax.</summary>
        internal static ParsedTemplate Parse(string masked, TemplateSyntax syntax, string path)
        {
            switch (syntax)
            {
                case TemplateSyntax.Handlebars:
                case TemplateSyntax.Jinja:
                case TemplateSyntax.Erb:
                case TemplateSyntax.Heex:
                case TemplateSyntax.Php:
                case TemplateSyntax.GoTemplate:
                case TemplateSyntax.Placeholders:
                    return DelimitedTemplateParser.Parse(masked, syntax);
                case TemplateSyntax.Html:
                    {
                        // An .html body may hold Scriban (Cx's own language) or any other {{ }} language:
                        // Scriban first, so render checks work; if it is not Scriban, read it leniently, never as an error.
                        var scriban = ScribanTemplateParser.Parse(masked, TemplateSyntax.Scriban, path);
                        if (!scriban.Problems.Exists(p => p.RuleId == "CX0001")) return scriban;
                        return DelimitedTemplateParser.Parse(masked, TemplateSyntax.Html, lenient: true);
                    }
                default:
                    return ScribanTemplateParser.Parse(masked, syntax, path);
            }
        }

        private static readonly System.Text.RegularExpressions.Regex MailHeader = new System.Text.RegularExpressions.Regex(
            @"\G(?:Subject|From|To|Cc|Bcc|Reply-To|Content-Type|Content-Transfer-Encoding|MIME-Version|Precedence|X-[A-Za-z0-9-]+|RT-[A-Za-z0-9-]+)[ \t]*:[^\r\n]*(?:\r\n|\r|\n|$)",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

        /// <summary>
        /// E-mail header lines at the top of a template (RT, Zammad and many mailers write "Subject: …" first):
        /// the subject is read as metadata, not as the opening line of the body.
        /// </summary>
        private static void MaskMailHeaders(string text, int from, bool[] skip, List<int> blockStarts, MessageMetadata metadata)
        {
            var at = from;
            while (at < text.Length && (text[at] == '\r' || text[at] == '\n')) at++;
            var start = at;
            while (at < text.Length)
            {
                var m = MailHeader.Match(text, at);
                if (!m.Success || m.Length == 0) break;
                if (metadata.Subject == null && m.Value.StartsWith("subject", StringComparison.OrdinalIgnoreCase))
                    metadata.Subject = m.Value.Substring(m.Value.IndexOf(':') + 1).Trim();
                at += m.Length;
            }
            if (at == start) return;
            for (var i = start; i < at; i++) skip[i] = true;
            blockStarts.Add(start);
            blockStarts.Add(at);
        }

        private static string Blank(string text, int start, int end, char with)
        {
            var chars = text.ToCharArray();
            for (var i = start; i < end && i < chars.Length; i++)
                if (chars[i] != '\n' && chars[i] != '\r') chars[i] = with;
            return new string(chars);
        }
    }
}
