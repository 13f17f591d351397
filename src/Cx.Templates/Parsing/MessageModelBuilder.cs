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

            var parsed = ScribanTemplateParser.Parse(masked, source.Syntax, source.Path);
            problems.AddRange(parsed.Problems);
            if (parsed.Problems.Exists(p => p.RuleId == "CX0001" && parsed.Runs.Count == 0))
                return new MessageModel(source, lines, metadata, fmSpan, parsed.Runs, parsed.Holes, parsed.Variables, ProseText.Empty, problems);

            var skip = new bool[text.Length];
            if (fmSpan is SourceSpan f) for (var i = f.Start; i < f.End; i++) skip[i] = true;
            var blockStarts = new List<int>(parsed.BranchBoundaries);

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

            MarkupMask.MaskHtmlAndUrls(placeholderText, skip, blockStarts);
            if (source.Syntax == TemplateSyntax.Markdown)
                MarkupMask.MaskMarkdown(placeholderText, skip, blockStarts);

            var prose = new ProseBuilder(text, skip, blockStarts).Build(parsed.Runs, parsed.Holes);
            return new MessageModel(source, lines, metadata, fmSpan, parsed.Runs, parsed.Holes, parsed.Variables, prose, problems, parsed.Template);
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
