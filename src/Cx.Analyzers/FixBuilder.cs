using System.Linq;
using System.Text;
using Cx.Analyzers.LiteralMap;
using Cx.Templates;
using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using EngineDiagnostic = Cx.Templates.Rules.Diagnostic;

namespace Cx.Analyzers
{
    /// <summary>
    /// The safe fixes, computed where the template and its map are at hand; the code fix provider only
    /// applies them. CX1001: the generic greeting becomes a greeting by name with the configured name
    /// variable. CX5001: the sentence with the passive offer is removed. A fix is offered only when the
    /// edited text is plain prose (no template code) and the literal stays valid C#.
    /// </summary>
    internal static class FixBuilder
    {
        /// <summary>The <c>.editorconfig</c> key naming the variable a greeting uses; default <c>customer.first_name</c>.</summary>
        public const string NameVariableKey = "cx_name_variable";

        public readonly struct Fix
        {
            public Fix(TextSpan span, string replacement, string title)
            {
                Span = span;
                Replacement = replacement;
                Title = title;
            }

            public TextSpan Span { get; }
            public string Replacement { get; }
            public string Title { get; }
        }

        public static Fix? For(EngineDiagnostic d, LintResult result, TemplateText map, TemplateSyntax syntax, SourceText source,
            AnalyzerOptions options, SyntaxTree tree, CxConfiguration config)
        {
            switch (d.Id)
            {
                case FixProperties.GenericGreetingId:
                    return Greeting(d, map, syntax, options, tree, config);
                case FixProperties.PassiveOfferId:
                    return RemoveSentence(d, result, map, source);
                default:
                    return null;
            }
        }

        private static Fix? Greeting(EngineDiagnostic d, TemplateText map, TemplateSyntax syntax, AnalyzerOptions options, SyntaxTree tree, CxConfiguration config)
        {
            // A C# interpolated string has its own holes: writing a template hole there would need a C# expression we do not know.
            if (map.IsInterpolated || d.Span.Length == 0) return null;
            var matched = map.Text.Substring(d.Span.Start, d.Span.Length);
            var trimmed = matched.TrimEnd();
            var punctuation = trimmed.Length > 0 && ",!:.".IndexOf(trimmed[trimmed.Length - 1]) >= 0 ? trimmed.Substring(trimmed.Length - 1) : "";
            var words = trimmed.TrimEnd(',', '!', ':', '.').Split(' ');
            var first = words[0];
            string greeting;
            switch (first.ToLowerInvariant())
            {
                case "hi": case "hello": case "hey": greeting = first; break;
                case "good" when words.Length > 1: greeting = first + " " + words[1]; break;
                default: greeting = char.IsLower(first.FirstOrDefault()) ? "hi" : "Hi"; break;
            }

            if (!options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(NameVariableKey, out var name) || string.IsNullOrWhiteSpace(name))
                name = (config.CustomerRoots.FirstOrDefault() ?? "customer") + ".first_name";
            name = name.Trim();
            var hole = syntax == TemplateSyntax.Liquid
                ? "{{ " + name + " | default: \"there\" }}"
                : "{{ " + name + " ?? \"there\" }}";
            var replacement = Escape(greeting + " " + hole + punctuation, map);
            if (replacement == null) return null;
            return new Fix(map.ToSource(d.Span.Start, d.Span.End), replacement, "Greet the customer by name with " + name);
        }

        private static Fix? RemoveSentence(EngineDiagnostic d, LintResult result, TemplateText map, SourceText source)
        {
            var prose = result.Model.Prose;
            SourceSpan? sentence = null;
            foreach (var s in prose.Sentences)
            {
                var span = prose.ToSource(s);
                if (span.Start <= d.Span.Start && d.Span.End <= span.End) { sentence = span; break; }
            }
            if (!(sentence is SourceSpan found)) return null;

            var text = map.Text;
            var covered = Covered(result, text.Length);
            for (var i = found.Start; i < found.End; i++)
                if (!covered[i]) return null; // template code inside the sentence: removing it could break the template

            int a = found.Start, b = found.End;
            var e = b;
            while (e < text.Length && (text[e] == ' ' || text[e] == '\t') && covered[e]) e++;
            var p = a;
            while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t') && covered[p - 1]) p--;
            var atLineStart = p == 0 || IsNewLine(text[p - 1]);
            var atLineEnd = e == text.Length || IsNewLine(text[e]);

            int start, end;
            if (atLineStart && atLineEnd)
            {
                // The sentence is the whole line: remove the line with the line break before it (or after it, on the first line).
                if (p > 0 && covered[p - 1])
                {
                    start = p - 1;
                    if (text[start] == '\n' && start > 0 && text[start - 1] == '\r' && covered[start - 1]) start--;
                    end = e;
                }
                else
                {
                    start = p;
                    end = e;
                    if (end < text.Length && covered[end] && IsNewLine(text[end]))
                        end += text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
                }
            }
            else if (atLineEnd)
            {
                start = p;
                end = e;
            }
            else
            {
                start = a;
                end = e;
            }

            var sourceSpan = map.ToSource(start, end);
            if ((map.Kind == LiteralKind.Raw || map.Kind == LiteralKind.InterpolatedRaw) && (start == 0 || IsNewLine(text[start - 1])))
            {
                // In a multi-line raw literal the removed line's indentation goes too, or the next line would gain it.
                var s = sourceSpan.Start;
                while (s > map.LiteralSpan.Start && (source[s - 1] == ' ' || source[s - 1] == '\t')) s--;
                if (s > map.LiteralSpan.Start && IsNewLine(source[s - 1])) sourceSpan = TextSpan.FromBounds(s, sourceSpan.End);
            }
            return new Fix(sourceSpan, "", "Remove the passive offer");
        }

        /// <summary>Template characters the customer reads: static text and output holes, not tags or code.</summary>
        private static bool[] Covered(LintResult result, int length)
        {
            var covered = new bool[length];
            foreach (var run in result.Model.Runs)
                for (var i = run.Span.Start; i < run.Span.End && i < length; i++) covered[i] = true;
            foreach (var hole in result.Model.Holes)
                for (var i = hole.Span.Start; i < hole.Span.End && i < length; i++) covered[i] = true;
            return covered;
        }

        /// <summary>The text as it must be written inside this literal, or null when it cannot be written there.</summary>
        internal static string? Escape(string text, TemplateText map)
        {
            switch (map.Kind)
            {
                case LiteralKind.Regular:
                    {
                        var sb = new StringBuilder(text.Length + 8);
                        foreach (var c in text)
                        {
                            if (c == '\\') sb.Append("\\\\");
                            else if (c == '"') sb.Append("\\\"");
                            else sb.Append(c);
                        }
                        return sb.ToString();
                    }
                case LiteralKind.Verbatim:
                    return text.Replace("\"", "\"\"");
                case LiteralKind.Raw:
                    return text.Contains(new string('"', map.RawQuotes)) ? null : text;
                default:
                    return null;
            }
        }

        private static bool IsNewLine(char c) => c == '\n' || c == '\r';
    }
}
