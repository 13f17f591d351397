using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Cx.Templates.Model;

namespace Cx.Templates.Parsing
{
    /// <summary>
    /// A small hand-written tokenizer for the template languages Cx reads but does not execute:
    /// Handlebars/Mustache, Jinja, ERB/EEx, PHP, Go templates and helpdesk placeholders. It finds the
    /// code delimiters, classifies each tag (comment, output, block open, else, block close, other
    /// code) and gives the model builder the same <see cref="ParsedTemplate"/> the Scriban parser
    /// gives: text runs, output holes with their variables, branch boundaries and problems.
    /// Iterative with an explicit block stack: no input can overflow the call stack.
    /// </summary>
    internal static class DelimitedTemplateParser
    {
        /// <summary>Blocks deeper than this are reported once; the tokenizer itself has no depth limit.</summary>
        internal const int MaxDepth = 400;

        private enum TagKind { Comment, Output, Open, Else, Close, Code, Verbatim }

        private sealed class Tag
        {
            public int Start;
            public int End;
            public int ContentStart;
            public int ContentEnd;
            public TagKind Kind;
            public string Name = "";
            public bool IsLoop;
            public bool IsBranch;
        }

        private sealed class Block
        {
            public Tag Opener = null!;
            public List<int> ElseEnds = new List<int>();
            public bool IsBranch;
            public bool IsLoop;
            public string? ContextPath;
            public Dictionary<string, string>? Aliases;
        }

        private static readonly Regex PathRegex = new Regex(
            @"(?<![\w'"":])(?:\.\./)*(?:@root\.)?[$@]?\.?[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|->|::|/)[A-Za-z_][A-Za-z0-9_]*|\[[^\]\r\n]{0,40}\])*|(?<![\w.])\.(?![\w])|(?<![\w.'""])[0-9]+(?![\w.])",
            RegexOptions.CultureInvariant);

        private static readonly Regex StringLiteral = new Regex(@"""(?:[^""\\\r\n]|\\.)*""|'(?:[^'\\\r\n]|\\.)*'|`[^`\r\n]*`", RegexOptions.CultureInvariant);

        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "if", "else", "elif", "elsif", "elseif", "end", "unless", "each", "with", "for", "in", "range", "and", "or", "not", "is",
            "true", "false", "nil", "null", "none", "None", "True", "False", "do", "then", "when", "case", "while", "until", "as",
            "define", "block", "template", "len", "eq", "ne", "lt", "le", "gt", "ge", "print", "printf", "println", "index", "slice",
            "html", "js", "urlquery", "call", "lookup", "log", "this", "echo", "endif", "endfor", "set", "trans", "raw", "t", "_",
            "gettext", "ngettext", "pgettext", "loop", "super", "self", "varargs", "kwargs", "caller", "range", "dict", "new",
            "isset", "empty", "esc_html", "esc_html__", "esc_attr", "__", "_e", "sprintf", "render", "link_to", "url", "static",
        };

        /// <summary>Names that refer to the template engine or the current item, not to customer data.</summary>
        private static readonly HashSet<string> EngineRoots = new HashSet<string>(StringComparer.Ordinal)
        {
            "this", "loop", "forloop", "@index", "@key", "@first", "@last", "@root", "L", "ctx", "request", "settings", "config",
            "_", "t", "self", "super", "caller", "varargs", "kwargs",
        };

        public static ParsedTemplate Parse(string text, TemplateSyntax syntax, bool lenient = false)
        {
            var parser = new Scanner(text, syntax, lenient);
            parser.Run();
            return parser.Result;
        }

        private sealed class Scanner
        {
            private readonly string _text;
            private readonly TemplateSyntax _syntax;
            private readonly bool _lenient;
            private readonly List<Block> _stack = new List<Block>();
            private int _branchDepth;
            private int _loopDepth;
            private bool _tooDeep;

            public Scanner(string text, TemplateSyntax syntax, bool lenient)
            {
                _text = text;
                _syntax = syntax;
                _lenient = lenient;
            }

            public ParsedTemplate Result { get; } = new ParsedTemplate();

            private bool InBranch => _branchDepth > 0;
            private bool InLoop => _loopDepth > 0;

            public void Run()
            {
                if (_syntax == TemplateSyntax.Placeholders)
                {
                    RunPlaceholders();
                    return;
                }
                var textStart = 0;
                var i = 0;
                while (i < _text.Length)
                {
                    var at = NextCandidate(i);
                    if (at < 0) break;
                    var tag = ReadTag(at, out var error);
                    if (tag == null)
                    {
                        if (error != null)
                        {
                            if (!_lenient) AddProblem(at, Math.Min(_text.Length, at + 2), error);
                            // The rest is not read as code: it stays text so a writer still sees their prose checked.
                            if (!_lenient) break;
                        }
                        i = at + 1;
                        continue;
                    }
                    AddRun(textStart, tag.Start);
                    Apply(tag);
                    if (tag.Kind == TagKind.Verbatim)
                    {
                        // {% raw %}…{% endraw %}: the body is text, the end tag is found by name.
                        var endRaw = FindVerbatimEnd(tag);
                        AddRun(tag.End, endRaw.Start);
                        textStart = endRaw.End;
                        i = endRaw.End;
                        continue;
                    }
                    textStart = tag.End;
                    i = tag.End;
                }
                AddRun(textStart, _text.Length);
                if (!_lenient && _stack.Count > 0)
                {
                    var open = _stack[_stack.Count - 1].Opener;
                    AddProblem(open.Start, open.End, $"'{Snippet(open)}' opens a block that is never closed; add {ExpectedClose(open)}.");
                }
            }

            private int NextCandidate(int from)
            {
                switch (_syntax)
                {
                    case TemplateSyntax.Erb:
                    case TemplateSyntax.Php:
                        return _text.IndexOf('<', from);
                    case TemplateSyntax.Heex:
                        return _text.IndexOfAny(new[] { '<', '{' }, from);
                    default:
                        return _text.IndexOf('{', from);
                }
            }

            // ---------------------------------------------------------------- tags

            private Tag? ReadTag(int at, out string? error)
            {
                error = null;
                switch (_syntax)
                {
                    case TemplateSyntax.Erb: return ReadErb(at, out error);
                    case TemplateSyntax.Heex: return _text[at] == '{' ? ReadHeexBrace(at, out error) : ReadHeexTag(at) ?? ReadErb(at, out error);
                    case TemplateSyntax.Php: return ReadPhp(at);
                    case TemplateSyntax.Jinja: return ReadJinja(at, out error);
                    case TemplateSyntax.GoTemplate: return ReadGo(at, out error);
                    // Any {{ }} language in an HTML body: Handlebars forms for {{ }}, Jinja/Liquid forms for {% %} and {# #}.
                    case TemplateSyntax.Html: return at + 1 < _text.Length && _text[at + 1] == '{' ? ReadHandlebars(at, out error) : ReadJinja(at, out error);
                    default: return ReadHandlebars(at, out error);
                }
            }

            private bool StartsWith(int at, string s) => string.CompareOrdinal(_text, at, s, 0, s.Length) == 0 && at + s.Length <= _text.Length;

            /// <summary>Index just past <paramref name="closer"/>, skipping quoted strings in code; -1 when never closed.</summary>
            private int FindClose(int from, string closer, bool skipStrings)
            {
                if (skipStrings)
                {
                    var i = from;
                    while (i < _text.Length)
                    {
                        var c = _text[i];
                        if (c == closer[0] && StartsWith(i, closer)) return i + closer.Length;
                        if (c == '"' || c == '\'')
                        {
                            var end = _text.IndexOf(c, i + 1);
                            var nl = _text.IndexOf('\n', i + 1);
                            // An apostrophe in prose-like code or an unbalanced quote: fall back to the plain search.
                            if (end < 0 || (nl >= 0 && nl < end)) break;
                            var close = _text.IndexOf(closer, i + 1, StringComparison.Ordinal);
                            if (close >= 0 && close < end)
                            {
                                // The closer appears inside the "string": only a string if it closes before the next closer after it.
                                var after = _text.IndexOf(closer, end + 1, StringComparison.Ordinal);
                                if (after < 0) return close + closer.Length;
                            }
                            i = end + 1;
                            continue;
                        }
                        i++;
                    }
                }
                var plain = _text.IndexOf(closer, from, StringComparison.Ordinal);
                return plain < 0 ? -1 : plain + closer.Length;
            }

            private Tag Make(int start, int end, int contentStart, int contentEnd)
            {
                // Trim whitespace and the trim markers (~ - +) inside the delimiters.
                while (contentStart < contentEnd && (char.IsWhiteSpace(_text[contentStart]) || _text[contentStart] == '~' || _text[contentStart] == '-' || _text[contentStart] == '+')) contentStart++;
                while (contentEnd > contentStart && (char.IsWhiteSpace(_text[contentEnd - 1]) || _text[contentEnd - 1] == '~' || _text[contentEnd - 1] == '-' || _text[contentEnd - 1] == '+')) contentEnd--;
                return new Tag { Start = start, End = end, ContentStart = contentStart, ContentEnd = contentEnd };
            }

            private string Content(Tag t) => _text.Substring(t.ContentStart, t.ContentEnd - t.ContentStart);

            private static string FirstWord(string s)
            {
                var i = 0;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_' || s[i] == '*' || s[i] == '>')) i++;
                return s.Substring(0, i);
            }

            private Tag? ReadHandlebars(int at, out string? error)
            {
                error = null;
                if (!StartsWith(at, "{{")) return null;
                if (at > 0 && _text[at - 1] == '\\') return null; // \{{ is literal text
                if (StartsWith(at, "{{!--"))
                {
                    var end = FindClose(at + 5, "--}}", false);
                    if (end < 0) { error = "This '{{!--' comment is never closed; add '--}}'."; return null; }
                    return new Tag { Start = at, End = end, Kind = TagKind.Comment };
                }
                var triple = StartsWith(at, "{{{");
                var closer = triple ? "}}}" : "}}";
                var close = FindClose(at + closer.Length, closer, true);
                if (close < 0) { error = $"This '{(triple ? "{{{" : "{{")}' is never closed; add '{closer}'."; return null; }
                var tag = Make(at, close, at + closer.Length, close - closer.Length);
                var content = Content(tag);
                if (content.StartsWith("!", StringComparison.Ordinal)) { tag.Kind = TagKind.Comment; return tag; }
                if (triple || content.Length == 0) { tag.Kind = TagKind.Output; return tag; }
                var c = content[0];
                var rest = content.Substring(1).TrimStart();
                switch (c)
                {
                    case '#':
                        tag.Kind = TagKind.Open;
                        tag.Name = FirstWord(rest);
                        if (tag.Name.StartsWith("*", StringComparison.Ordinal) || tag.Name.StartsWith(">", StringComparison.Ordinal)) { tag.Name = tag.Name.TrimStart('*', '>'); }
                        tag.IsLoop = tag.Name == "each";
                        tag.IsBranch = tag.Name == "if" || tag.Name == "unless" || !(tag.IsLoop || tag.Name == "with" || tag.Name == "inline" || tag.Name == "with");
                        tag.ContentStart += content.Length - rest.Length;
                        return tag;
                    case '^':
                        if (rest.Length == 0) { tag.Kind = TagKind.Else; return tag; }
                        tag.Kind = TagKind.Open;
                        tag.Name = FirstWord(rest);
                        tag.IsBranch = true;
                        tag.ContentStart += content.Length - rest.Length;
                        return tag;
                    case '/':
                        tag.Kind = TagKind.Close;
                        tag.Name = FirstWord(rest);
                        return tag;
                    case '>':
                        tag.Kind = TagKind.Code;
                        return tag;
                    case '=':
                        tag.Kind = TagKind.Code; // a set-delimiter tag
                        return tag;
                    case '&':
                        tag.Kind = TagKind.Output;
                        tag.ContentStart += 1;
                        return tag;
                }
                var word = FirstWord(content);
                if (word == "else") { tag.Kind = TagKind.Else; return tag; }
                tag.Kind = TagKind.Output;
                return tag;
            }

            private static readonly HashSet<string> JinjaBlocks = new HashSet<string>(StringComparer.Ordinal)
            {
                "if", "for", "macro", "call", "filter", "block", "with", "trans", "blocktrans", "blocktranslate", "autoescape",
                "spaceless", "embed", "apply", "comment", "ifchanged", "ifequal", "ifnotequal", "sandbox", "cache", "unless", "switch",
            };

            private static readonly HashSet<string> JinjaElses = new HashSet<string>(StringComparer.Ordinal)
            {
                "else", "elif", "elseif", "empty", "pluralize", "plural", "case", "default",
            };

            private Tag? ReadJinja(int at, out string? error)
            {
                error = null;
                if (at + 1 >= _text.Length) return null;
                var second = _text[at + 1];
                if (second == '#')
                {
                    var end = FindClose(at + 2, "#}", false);
                    if (end < 0) { error = "This '{#' comment is never closed; add '#}'."; return null; }
                    return new Tag { Start = at, End = end, Kind = TagKind.Comment };
                }
                if (second != '%' && second != '{') return null;
                var closer = second == '%' ? "%}" : "}}";
                var close = FindClose(at + 2, closer, true);
                if (close < 0) { error = $"This '{{{second}' is never closed; add '{closer}'."; return null; }
                var tag = Make(at, close, at + 2, close - 2);
                if (second == '{') { tag.Kind = TagKind.Output; return tag; }
                var content = Content(tag);
                var word = FirstWord(content);
                tag.Name = word;
                if (word == "raw" || word == "verbatim") { tag.Kind = TagKind.Verbatim; return tag; }
                if (word == "set" && content.IndexOf('=') < 0) { tag.Kind = TagKind.Open; tag.IsBranch = true; return tag; }
                if (JinjaBlocks.Contains(word))
                {
                    tag.Kind = TagKind.Open;
                    tag.IsLoop = word == "for";
                    tag.IsBranch = word == "if" || word == "unless" || word == "macro" || word == "call" || word == "ifchanged" || word == "ifequal" || word == "ifnotequal" || word == "comment" || word == "switch";
                    tag.ContentStart += word.Length;
                    return tag;
                }
                if (JinjaElses.Contains(word)) { tag.Kind = TagKind.Else; tag.ContentStart += word.Length; return tag; }
                if (word.StartsWith("end", StringComparison.Ordinal) && word.Length > 3) { tag.Kind = TagKind.Close; tag.Name = word.Substring(3); return tag; }
                tag.Kind = TagKind.Code;
                return tag;
            }

            private Tag? ReadGo(int at, out string? error)
            {
                error = null;
                if (!StartsWith(at, "{{")) return null;
                var p = at + 2;
                if (p < _text.Length && _text[p] == '-') p++;
                while (p < _text.Length && (_text[p] == ' ' || _text[p] == '\t' || _text[p] == '\r' || _text[p] == '\n')) p++;
                if (StartsWith(p, "/*"))
                {
                    var endComment = FindClose(p + 2, "*/", false);
                    var end = endComment < 0 ? -1 : FindClose(endComment, "}}", false);
                    if (end < 0) { error = "This '{{/*' comment is never closed; add '*/}}'."; return null; }
                    return new Tag { Start = at, End = end, Kind = TagKind.Comment };
                }
                var close = FindClose(at + 2, "}}", true);
                if (close < 0) { error = "This '{{' is never closed; add '}}'."; return null; }
                var tag = Make(at, close, at + 2, close - 2);
                var content = Content(tag);
                var word = FirstWord(content);
                tag.Name = word;
                switch (word)
                {
                    case "if": case "range": case "with": case "define": case "block":
                        tag.Kind = TagKind.Open;
                        tag.IsLoop = word == "range";
                        tag.IsBranch = word == "if" || word == "with" || word == "define";
                        tag.ContentStart += word.Length;
                        return tag;
                    case "else":
                        tag.Kind = TagKind.Else;
                        tag.ContentStart += word.Length;
                        return tag;
                    case "end":
                        tag.Kind = TagKind.Close;
                        return tag;
                    case "template": case "break": case "continue":
                        tag.Kind = TagKind.Code;
                        return tag;
                }
                // {{ $x := .Y }} declares a variable: code, not output.
                tag.Kind = GoDeclaration.IsMatch(content) ? TagKind.Code : TagKind.Output;
                return tag;
            }

            // The patterns each tag is read with: built once, not looked up by pattern text on every tag.
            private static readonly Regex GoDeclaration = new Regex(@"^\$[\w]*\s*:?=");
            private static readonly Regex JinjaFor = new Regex(@"^for\s+(?:\w+\s*,\s*)?(\w+)\s+in\s+([\w.\[\]]+)");
            private static readonly Regex RubyEach = new Regex(@"([@\w.]+)\.(?:each|each_with_index|map)\s*(?:do\s*)?\|\s*(\w+)");
            private static readonly Regex GoRange = new Regex(@"^(?:range|with)\s+(?:\$\w*\s*,\s*)?(?:(\$\w+)\s*:=\s*)?([$.\w]+)");
            private static readonly Regex HandlebarsEach = new Regex(@"^(?:each|with)\s+([@\w.\/]+)(?:\s+as\s+\|\s*(\w+))?");
            private static readonly Regex FilterName = new Regex(@"\|\s*([A-Za-z_]\w*)");
            private static readonly Regex DefaultOperator = new Regex(@"\?\?|\|\||\bor\b|\bdefault\b|\bfetch\(|\bpresence\b");
            private static readonly Regex AWord = new Regex(@"[A-Za-z]{2,}");

            private static readonly Regex ErbBlockEnd = new Regex(@"(?:\bdo\s*(?:\|[^|]*\|)?|->|\{\s*(?:\|[^|]*\|)?)\s*$", RegexOptions.CultureInvariant);
            private static readonly Regex ErbOpen = new Regex(@"^(?:if|unless|case|while|until|for|begin)\b", RegexOptions.CultureInvariant);
            private static readonly Regex ErbElse = new Regex(@"^(?:else|elsif|when|rescue|ensure)\b", RegexOptions.CultureInvariant);
            private static readonly Regex ErbLoop = new Regex(@"\b(?:each|each_with_index|map|times|for|while|until|Enum\.map|for\b)\b", RegexOptions.CultureInvariant);

            private Tag? ReadErb(int at, out string? error)
            {
                error = null;
                if (!StartsWith(at, "<%")) return null;
                if (StartsWith(at, "<%%")) return null; // literal "<%"
                var close = FindClose(at + 2, "%>", true);
                if (close < 0) { error = "This '<%' is never closed; add '%>'."; return null; }
                if (StartsWith(at, "<%#") || StartsWith(at, "<%!--")) return new Tag { Start = at, End = close, Kind = TagKind.Comment };
                var output = StartsWith(at, "<%=");
                var open = at + 2;
                while (open < close - 2 && (_text[open] == '=' || _text[open] == '-')) open++;
                var tag = Make(at, close, open, close - 2);
                var content = Content(tag);
                if (content == "end" || content.StartsWith("end ", StringComparison.Ordinal) || content == "}" || content == "end)" || content.StartsWith("end.", StringComparison.Ordinal))
                {
                    tag.Kind = TagKind.Close;
                    return tag;
                }
                if (ErbElse.IsMatch(content)) { tag.Kind = TagKind.Else; return tag; }
                var blockEnd = ErbBlockEnd.IsMatch(content);
                if (blockEnd || (!output && ErbOpen.IsMatch(content)))
                {
                    tag.Kind = TagKind.Open;
                    tag.IsLoop = ErbLoop.IsMatch(content);
                    tag.IsBranch = !tag.IsLoop;
                    tag.Name = "end";
                    return tag;
                }
                tag.Kind = output ? TagKind.Output : TagKind.Code;
                return tag;
            }

            /// <summary>HEEx <c>{@user.name}</c> or <c>{format(@date)}</c>: balanced braces, strings skipped; may span lines.</summary>
            private Tag? ReadHeexBrace(int at, out string? error)
            {
                error = null;
                if (at > 0 && _text[at - 1] == '#') return null; // "#{…}" inside an Elixir string, already inside code
                var depth = 0;
                for (var i = at; i < _text.Length && i - at < 4000; i++)
                {
                    var c = _text[i];
                    if (c == '"' || c == '\'')
                    {
                        var end = _text.IndexOf(c, i + 1);
                        if (end < 0) break;
                        i = end;
                        continue;
                    }
                    if (c == '{') depth++;
                    else if (c == '}' && --depth == 0)
                    {
                        var tag = Make(at, i + 1, at + 1, i);
                        tag.Kind = TagKind.Output;
                        return tag;
                    }
                }
                error = "This '{' is never closed; add '}'.";
                return null;
            }

            /// <summary>HEEx components and slots (<c>&lt;.link href={…}&gt;</c>, <c>&lt;/.link&gt;</c>, <c>&lt;:item&gt;</c>): markup, with braces skipped.</summary>
            private Tag? ReadHeexTag(int at)
            {
                var p = at + 1;
                if (p < _text.Length && _text[p] == '/') p++;
                if (p >= _text.Length || (_text[p] != '.' && _text[p] != ':')) return null;
                var depth = 0;
                for (var i = p; i < _text.Length; i++)
                {
                    var c = _text[i];
                    if (c == '{') depth++;
                    else if (c == '}') depth = Math.Max(0, depth - 1);
                    else if (c == '>' && depth == 0) return new Tag { Start = at, End = i + 1, ContentStart = at, ContentEnd = at, Kind = TagKind.Code };
                }
                return null;
            }

            private Tag? ReadPhp(int at)
            {
                if (!StartsWith(at, "<?")) return null;
                if (StartsWith(at, "<?xml")) return null;
                var output = StartsWith(at, "<?=");
                var open = at + (StartsWith(at, "<?php") ? 5 : output ? 3 : 2);
                var close = FindClose(open, "?>", true);
                // A file may end in PHP mode without '?>'.
                var end = close < 0 ? _text.Length : close;
                var tag = Make(at, end, open, close < 0 ? end : end - 2);
                tag.Kind = output ? TagKind.Output : TagKind.Code;
                return tag;
            }

            private Tag FindVerbatimEnd(Tag raw)
            {
                var from = raw.End;
                while (true)
                {
                    var at = _text.IndexOf("{%", from, StringComparison.Ordinal);
                    if (at < 0) break;
                    var close = FindClose(at + 2, "%}", false);
                    if (close < 0) break;
                    var t = Make(at, close, at + 2, close - 2);
                    if (Content(t) == "end" + raw.Name) return t;
                    from = at + 2;
                }
                if (!_lenient) AddProblem(raw.Start, raw.End, $"'{Snippet(raw)}' is never closed; add '{{% end{raw.Name} %}}'.");
                return new Tag { Start = _text.Length, End = _text.Length };
            }

            // ---------------------------------------------------------------- structure

            private void Apply(Tag tag)
            {
                switch (tag.Kind)
                {
                    case TagKind.Comment:
                    case TagKind.Verbatim:
                        return;
                    case TagKind.Output:
                        AddHole(tag);
                        return;
                    case TagKind.Code:
                        CollectInputs(tag);
                        if (_syntax == TemplateSyntax.Php) AddStringRuns(tag);
                        return;
                    case TagKind.Open:
                        {
                            var block = new Block { Opener = tag, IsBranch = tag.IsBranch, IsLoop = tag.IsLoop };
                            if (tag.IsLoop || (_syntax == TemplateSyntax.Handlebars && tag.Name == "with") || (_syntax == TemplateSyntax.GoTemplate && tag.Name == "with"))
                                DefineLoopScope(tag, block);
                            // The loop's own name for its item ("item" in "for item in items") is not an input.
                            CollectInputs(tag, block.Aliases);
                            _stack.Add(block);
                            if (block.IsBranch) _branchDepth++;
                            if (block.IsLoop) _loopDepth++;
                            if (_stack.Count > MaxDepth && !_tooDeep)
                            {
                                _tooDeep = true;
                                AddProblem(tag.Start, tag.End, $"The template nests deeper than {MaxDepth} blocks; simplify it so it can be checked.");
                            }
                            return;
                        }
                    case TagKind.Else:
                        {
                            CollectInputs(tag);
                            if (_stack.Count == 0)
                            {
                                if (!_lenient) AddProblem(tag.Start, tag.End, $"'{Snippet(tag)}' is outside any block; remove it or open the block it belongs to.");
                                return;
                            }
                            var top = _stack[_stack.Count - 1];
                            top.ElseEnds.Add(tag.End);
                            // {{#each}}…{{else}}: the else part is a branch, not the loop body.
                            if (!top.IsBranch) { top.IsBranch = true; _branchDepth++; }
                            return;
                        }
                    case TagKind.Close:
                        Close(tag);
                        return;
                }
            }

            private void Close(Tag tag)
            {
                if (_stack.Count == 0)
                {
                    if (!_lenient && _syntax != TemplateSyntax.Erb && _syntax != TemplateSyntax.Heex) AddProblem(tag.Start, tag.End, $"'{Snippet(tag)}' closes a block that was never opened; remove it or add the opening tag.");
                    return;
                }
                var index = _stack.Count - 1;
                if (tag.Name.Length > 0 && _syntax != TemplateSyntax.Erb && _syntax != TemplateSyntax.Heex && _syntax != TemplateSyntax.GoTemplate)
                {
                    var top = _stack[index];
                    if (!NamesMatch(top.Opener.Name, tag.Name))
                    {
                        if (!_lenient)
                        {
                            AddProblem(tag.Start, tag.End, $"'{Snippet(tag)}' does not close '{Snippet(top.Opener)}' (line {LineOf(top.Opener.Start)}); close that block with {ExpectedClose(top.Opener)} first.");
                            return;
                        }
                        // Lenient: close the nearest block of that name, if any.
                        var match = _stack.FindLastIndex(b => NamesMatch(b.Opener.Name, tag.Name));
                        if (match < 0) return;
                        index = match;
                    }
                }
                while (_stack.Count > index)
                {
                    var block = _stack[_stack.Count - 1];
                    _stack.RemoveAt(_stack.Count - 1);
                    if (block.IsBranch) _branchDepth--;
                    if (block.IsLoop) _loopDepth--;
                    MarkBoundaries(block, tag.End);
                }
            }

            private static bool NamesMatch(string opener, string closer) =>
                string.Equals(opener, closer, StringComparison.Ordinal) ||
                (opener == "blocktranslate" && closer == "blocktrans") || (opener == "blocktrans" && closer == "blocktranslate");

            /// <summary>A block that spans lines: each part (body, else parts) is read as its own text, like the Scriban parser does.</summary>
            private void MarkBoundaries(Block block, int end)
            {
                var start = block.Opener.Start;
                if (_text.IndexOf('\n', start, Math.Max(0, end - start)) < 0) return;
                if (!block.IsBranch && !block.IsLoop) return;
                Result.BranchBoundaries.Add(block.Opener.End);
                foreach (var e in block.ElseEnds) Result.BranchBoundaries.Add(e);
                Result.BranchBoundaries.Add(end);
            }

            private string ExpectedClose(Tag open) => _syntax switch
            {
                TemplateSyntax.Handlebars => "'{{/" + open.Name + "}}'",
                TemplateSyntax.Jinja => "'{% end" + open.Name + " %}'",
                TemplateSyntax.GoTemplate => "'{{ end }}'",
                TemplateSyntax.Erb => "'<% end %>'",
                TemplateSyntax.Heex => "'<% end %>'",
                _ => "its closing tag",
            };

            private string Snippet(Tag t)
            {
                var s = _text.Substring(t.Start, Math.Min(t.End - t.Start, 40)).Replace("\r", " ").Replace("\n", " ");
                return t.End - t.Start > 40 ? s + "…" : s;
            }

            private int LineOf(int offset)
            {
                var line = 1;
                for (var i = 0; i < offset && i < _text.Length; i++) if (_text[i] == '\n') line++;
                return line;
            }

            // ---------------------------------------------------------------- text, holes, variables

            private void AddRun(int start, int end)
            {
                if (end <= start) return;
                Result.Runs.Add(new TextRun(new SourceSpan(start, end), _text.Substring(start, end - start), InBranch, InLoop));
            }

            private void AddHole(Tag tag)
            {
                var vars = new List<Variable>();
                foreach (var v in Variables(tag, true)) { vars.Add(v); Result.Variables.Add(v); }
                Result.Holes.Add(new Hole(new SourceSpan(tag.Start, tag.End), vars));
            }

            private void CollectInputs(Tag tag, Dictionary<string, string>? except = null)
            {
                if (tag.ContentEnd <= tag.ContentStart) return;
                foreach (var v in Variables(tag, false))
                    if (except == null || !except.ContainsKey(v.Path)) Result.Variables.Add(v);
            }

            private void DefineLoopScope(Tag tag, Block block)
            {
                var content = Content(tag).Trim();
                // Jinja and Go open tags start their content after the keyword; put it back for matching.
                if ((_syntax == TemplateSyntax.Jinja || _syntax == TemplateSyntax.GoTemplate || _syntax == TemplateSyntax.Html) && !content.StartsWith(tag.Name, StringComparison.Ordinal))
                    content = tag.Name + " " + content;
                Match m;
                if (_syntax == TemplateSyntax.Jinja && (m = JinjaFor.Match(content)).Success)
                {
                    block.Aliases = new Dictionary<string, string>(StringComparer.Ordinal) { [m.Groups[1].Value] = Resolve(m.Groups[2].Value) + "[]" };
                    return;
                }
                if ((_syntax == TemplateSyntax.Erb || _syntax == TemplateSyntax.Heex) && (m = RubyEach.Match(content)).Success)
                {
                    block.Aliases = new Dictionary<string, string>(StringComparer.Ordinal) { [m.Groups[2].Value] = Resolve(m.Groups[1].Value.TrimStart('@')) + "[]" };
                    return;
                }
                if (_syntax == TemplateSyntax.GoTemplate && (m = GoRange.Match(content)).Success)
                {
                    var target = Resolve(NormalizePath(m.Groups[2].Value) ?? "");
                    if (target.Length == 0) return;
                    var item = tag.IsLoop ? target + "[]" : target;
                    if (m.Groups[1].Success) block.Aliases = new Dictionary<string, string>(StringComparer.Ordinal) { [m.Groups[1].Value.TrimStart('$')] = item };
                    else block.ContextPath = item;
                    return;
                }
                if (_syntax == TemplateSyntax.Handlebars && (m = HandlebarsEach.Match(content)).Success)
                {
                    var target = Resolve(NormalizePath(m.Groups[1].Value) ?? "");
                    if (target.Length == 0) return;
                    var item = tag.IsLoop ? target + "[]" : target;
                    if (m.Groups[2].Success) block.Aliases = new Dictionary<string, string>(StringComparer.Ordinal) { [m.Groups[2].Value] = item };
                    else block.ContextPath = item;
                }
            }

            /// <summary>Resolves loop aliases and implicit contexts ({{#each items}}{{name}} reads items[].name).</summary>
            private string Resolve(string path)
            {
                var dot = path.IndexOfAny(new[] { '.', '[' });
                var root = dot < 0 ? path : path.Substring(0, dot);
                for (var i = _stack.Count - 1; i >= 0; i--)
                {
                    var b = _stack[i];
                    if (b.Aliases != null && b.Aliases.TryGetValue(root, out var aliased)) return aliased + (dot < 0 ? "" : path.Substring(dot));
                }
                return path;
            }

            private string? ContextPath()
            {
                for (var i = _stack.Count - 1; i >= 0; i--)
                    if (_stack[i].ContextPath != null) return _stack[i].ContextPath;
                return null;
            }

            /// <summary>"@order.number" → "order.number", ".Subscriber.Name" → "Subscriber.Name", "$Ticket->Subject" → "Ticket.Subject".</summary>
            private static string? NormalizePath(string raw)
            {
                var p = raw.Replace("->", ".").Replace("::", ".");
                while (p.StartsWith("../", StringComparison.Ordinal)) p = p.Substring(3);
                if (p.StartsWith("@root.", StringComparison.Ordinal)) p = p.Substring(6);
                p = p.TrimStart('$', '@', '.');
                p = p.Replace('/', '.');
                var bracket = p.IndexOf('[');
                while (bracket >= 0)
                {
                    var close = p.IndexOf(']', bracket);
                    if (close < 0) break;
                    p = p.Substring(0, bracket) + "[]" + p.Substring(close + 1);
                    bracket = p.IndexOf('[', bracket + 2);
                }
                return p.Length == 0 ? null : p;
            }

            private IEnumerable<Variable> Variables(Tag tag, bool isOutput)
            {
                if (tag.ContentEnd <= tag.ContentStart) yield break;
                var content = _text.Substring(tag.ContentStart, tag.ContentEnd - tag.ContentStart);
                // Strings are not variables: blank them out (same length, so offsets hold).
                var code = StringLiteral.Replace(content, m => new string(' ', m.Length));
                var filters = new List<string>();
                var hasDefault = false;
                foreach (Match f in FilterName.Matches(code))
                {
                    filters.Add(f.Groups[1].Value);
                    if (f.Groups[1].Value == "default" || f.Groups[1].Value == "d") hasDefault = true;
                }
                if (DefaultOperator.IsMatch(code)) hasDefault = true;
                var matches = PathRegex.Matches(code);
                var handlebarsHelper = _syntax == TemplateSyntax.Handlebars && matches.Count > 1;
                var index = -1;
                foreach (Match m in matches)
                {
                    index++;
                    var raw = m.Value;
                    var after = m.Index + m.Length;
                    while (after < code.Length && code[after] == ' ') after++;
                    // A function or method call, a filter name, a keyword, a named argument (key=value) or a Handlebars helper name is not data.
                    if (after < code.Length && (code[after] == '(' || (code[after] == '=' && (after + 1 >= code.Length || code[after + 1] != '=')) || (code[after] == ':' && _syntax != TemplateSyntax.Placeholders))) continue;
                    var before = m.Index - 1;
                    while (before >= 0 && code[before] == ' ') before--;
                    if (before >= 0 && code[before] == '|') continue;
                    if (Keywords.Contains(raw) && _syntax != TemplateSyntax.Placeholders) continue;
                    if (_syntax == TemplateSyntax.Php && !raw.StartsWith("$", StringComparison.Ordinal)) continue; // PHP data is $variables; the rest is functions, constants, comments
                    if (handlebarsHelper && index == 0 && !raw.Contains(".")) continue;
                    if (raw == "." || raw == "this")
                    {
                        var ctx = ContextPath();
                        if (ctx != null) yield return Make(ctx, tag, m, isOutput, hasDefault, filters);
                        continue;
                    }
                    var path = NormalizePath(raw);
                    if (path == null) continue;
                    var dot = path.IndexOf('.');
                    var root = dot < 0 ? path : path.Substring(0, dot);
                    if (EngineRoots.Contains(root) && _syntax != TemplateSyntax.Placeholders)
                    {
                        if (root == "this" && dot > 0 && ContextPath() is string c0) path = c0 + path.Substring(dot);
                        else continue;
                    }
                    var resolved = Resolve(path);
                    if (resolved == path && (raw.StartsWith(".", StringComparison.Ordinal) || _syntax == TemplateSyntax.Handlebars) && ContextPath() is string ctxPath && !raw.StartsWith("../", StringComparison.Ordinal) && !raw.StartsWith("@root", StringComparison.Ordinal))
                        resolved = ctxPath + "." + path;
                    yield return Make(resolved, tag, m, isOutput, hasDefault, filters);
                }
            }

            private Variable Make(string path, Tag tag, Match m, bool isOutput, bool hasDefault, List<string> filters)
            {
                var start = tag.ContentStart + m.Index;
                return new Variable(path, new SourceSpan(start, Math.Min(_text.Length, start + m.Length)), isOutput, hasDefault, InBranch, InLoop, filters);
            }

            private static readonly Regex PhpString = new Regex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|//[^\n]*|#[^\n]*|/\*.*?\*/", RegexOptions.CultureInvariant | RegexOptions.Singleline);
            private static readonly Regex Printf = new Regex(@"%(?:\d+\$)?[sdf]", RegexOptions.CultureInvariant);

            /// <summary>
            /// PHP that echoes its message from code (<c>echo esc_html__( 'Hi %s,', 'woocommerce' )</c>): the string
            /// literals that read as words are the customer's text, and their printf placeholders are variables.
            /// </summary>
            private void AddStringRuns(Tag tag)
            {
                var code = _text.Substring(tag.ContentStart, tag.ContentEnd - tag.ContentStart);
                foreach (Match m in PhpString.Matches(code))
                {
                    if (m.Value[0] != '\'' && m.Value[0] != '"') continue; // a comment
                    var start = tag.ContentStart + m.Index + 1;
                    var end = tag.ContentStart + m.Index + m.Length - 1;
                    var body = _text.Substring(start, end - start);
                    if (body.IndexOf(' ') < 0 || !AWord.IsMatch(body)) continue;
                    var at = start;
                    foreach (Match p in Printf.Matches(body))
                    {
                        AddUnescapedRuns(at, start + p.Index);
                        var hole = new Tag { Start = start + p.Index, End = start + p.Index + p.Length, ContentStart = start + p.Index, ContentEnd = start + p.Index + p.Length, Kind = TagKind.Output };
                        var v = new Variable("arg" + (p.Value.Length > 2 ? p.Value.Substring(1, p.Value.IndexOf('$') < 0 ? 0 : p.Value.IndexOf('$') - 1) : ""), new SourceSpan(hole.Start, hole.End), true, false, InBranch, InLoop, Array.Empty<string>());
                        Result.Variables.Add(v);
                        Result.Holes.Add(new Hole(new SourceSpan(hole.Start, hole.End), new[] { v }));
                        at = hole.End;
                    }
                    AddUnescapedRuns(at, end);
                    Result.BranchBoundaries.Add(start);
                }
            }

            /// <summary>Text of a string literal without its escapes: "we\'d" reads as "we'd", "\n" as a break.</summary>
            private void AddUnescapedRuns(int start, int end)
            {
                var at = start;
                for (var k = start; k < end; k++)
                {
                    if (_text[k] != '\\') continue;
                    AddRun(at, k);
                    var letter = k + 1 < end && char.IsLetter(_text[k + 1]);
                    at = letter ? k + 2 : k + 1;
                    k = at - 1;
                }
                AddRun(at, end);
            }

            // ---------------------------------------------------------------- placeholders

            /// <summary>
            /// osTicket <c>%{ticket.number}</c>, Zammad/Ruby <c>#{ticket.title}</c>, UVdesk <c>{%customer.name%}</c>,
            /// JavaScript/Braze <c>${first_name}</c>, <c>{{name}}</c>, .NET/Python <c>{0}</c> and <c>{Name}</c>, RT
            /// <c>{$Ticket->Subject}</c>, Mailchimp <c>*|FNAME|*</c>, <c>[[name]]</c>.
            /// </summary>
            private static readonly Regex Placeholder = new Regex(
                @"%(?:\d+\$)?s\b|%\{[^{}\r\n]{1,200}\}|#\{[^{}\r\n]{1,200}\}|\$\{[^{}\r\n]{1,200}\}|\{%[^%{}\r\n]{1,200}%\}|\{\{[^{}\r\n]{1,200}\}\}|\*\|[A-Za-z0-9_:]{1,100}\|\*|\[\[[^\[\]\r\n]{1,200}\]\]|\{\s*[$@]?[A-Za-z0-9_][\w.\-> $@()\[\]'"",]{0,200}\}",
                RegexOptions.CultureInvariant);

            private void RunPlaceholders()
            {
                var textStart = 0;
                foreach (Match m in Placeholder.Matches(_text))
                {
                    AddRun(textStart, m.Index);
                    var open = m.Value.StartsWith("{{", StringComparison.Ordinal) || m.Value.StartsWith("*|", StringComparison.Ordinal) || m.Value.StartsWith("[[", StringComparison.Ordinal) || m.Value.StartsWith("{%", StringComparison.Ordinal) ? 2 : m.Value[0] == '{' ? 1 : 2;
                    var close = m.Value.EndsWith("}}", StringComparison.Ordinal) || m.Value.EndsWith("|*", StringComparison.Ordinal) || m.Value.EndsWith("]]", StringComparison.Ordinal) || m.Value.EndsWith("%}", StringComparison.Ordinal) ? 2 : 1;
                    var tag = Make(m.Index, m.Index + m.Length, m.Index + open, m.Index + m.Length - close);
                    tag.Kind = TagKind.Output;
                    AddHole(tag);
                    textStart = tag.End;
                }
                AddRun(textStart, _text.Length);
            }

            private void AddProblem(int start, int end, string message)
            {
                // One problem per template: the first is the one a writer fixes; the rest are usually its echoes.
                if (Result.Problems.Exists(p => p.RuleId == "CX0001")) return;
                start = Math.Max(0, Math.Min(start, _text.Length));
                end = Math.Max(start, Math.Min(end, _text.Length));
                Result.Problems.Add(new ParseProblem("CX0001", new SourceSpan(start, end), message));
            }
        }
    }
}
