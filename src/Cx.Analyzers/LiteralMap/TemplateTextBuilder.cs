using System;
using System.Collections.Generic;
using System.Text;
using Cx.Templates.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Cx.Analyzers.LiteralMap
{
    /// <summary>
    /// Reads a string literal or interpolated string the way the compiler does and records, for each
    /// character of its value, the source characters that produced it: escapes (<c>\n \" \u0041
    /// \U0001F600 \x41</c>), verbatim <c>""</c>, raw literals (the closing line's indentation removed
    /// from every line), interpolated strings (<c>{{</c> and <c>}}</c>, holes), and the <c>u8</c> suffix.
    /// The value is checked against the compiler's own, so a mismatch is never reported at a wrong place.
    /// </summary>
    internal static class TemplateTextBuilder
    {
        /// <summary>The template in <paramref name="expression"/>, or null when it is not a literal we can read exactly.</summary>
        public static TemplateText? TryBuild(ExpressionSyntax expression, TemplateSyntax syntax)
        {
            try
            {
                switch (expression)
                {
                    case LiteralExpressionSyntax literal:
                        return FromLiteral(literal);
                    case InterpolatedStringExpressionSyntax interpolated:
                        return FromInterpolated(interpolated, syntax);
                    default:
                        return null;
                }
            }
            catch (FormatException)
            {
                return null;
            }
        }

        /// <summary>A literal whose value is known but not mappable: every finding underlines the whole literal.</summary>
        public static TemplateText Whole(string value, TextSpan literalSpan, LiteralKind kind)
        {
            var start = new int[value.Length];
            var end = new int[value.Length];
            for (var i = 0; i < value.Length; i++)
            {
                start[i] = literalSpan.Start;
                end[i] = literalSpan.End;
            }
            return new TemplateText(value, start, end, literalSpan, kind, 0, false);
        }

        private static TemplateText FromLiteral(LiteralExpressionSyntax literal)
        {
            var token = literal.Token;
            var text = token.Text;
            var offset = token.SpanStart;
            var sink = new Sink();
            LiteralKind kind;
            var quotes = 0;
            bool utf8;
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.Utf8StringLiteralToken:
                    {
                        utf8 = token.IsKind(SyntaxKind.Utf8StringLiteralToken);
                        var suffix = utf8 ? 2 : 0;
                        var verbatim = text.Length > 0 && text[0] == '@';
                        var contentStart = verbatim ? 2 : 1;
                        var contentEnd = text.Length - suffix - 1;
                        if (contentEnd < contentStart || text[contentEnd] != '"') throw new FormatException("unterminated string");
                        if (verbatim) ScanVerbatim(text, contentStart, contentEnd, offset, sink, braces: false);
                        else ScanRegular(text, contentStart, contentEnd, offset, sink, braces: false);
                        kind = verbatim ? LiteralKind.Verbatim : LiteralKind.Regular;
                        break;
                    }
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.Utf8SingleLineRawStringLiteralToken:
                    {
                        utf8 = token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken);
                        var suffix = utf8 ? 2 : 0;
                        quotes = CountQuotes(text, 0);
                        var end = text.Length - suffix - quotes;
                        for (var i = quotes; i < end; i++) sink.Add(text[i], offset + i, offset + i + 1);
                        kind = LiteralKind.Raw;
                        break;
                    }
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.Utf8MultiLineRawStringLiteralToken:
                    {
                        utf8 = token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken);
                        var suffix = utf8 ? 2 : 0;
                        quotes = CountQuotes(text, 0);
                        var bodyEnd = text.Length - suffix - quotes;
                        var i = quotes;
                        while (i < bodyEnd && !IsNewLine(text[i])) i++;
                        i += NewLineLength(text, i);
                        var closingLineStart = bodyEnd;
                        while (closingLineStart > i && !IsNewLine(text[closingLineStart - 1])) closingLineStart--;
                        var indentation = text.Substring(closingLineStart, bodyEnd - closingLineStart);
                        var contentEnd = closingLineStart;
                        if (contentEnd > i && IsNewLine(text[contentEnd - 1]))
                        {
                            contentEnd--;
                            if (contentEnd > i && text[contentEnd] == '\n' && text[contentEnd - 1] == '\r') contentEnd--;
                        }
                        var atLineStart = true;
                        if (contentEnd > i) ScanRawLines(text, i, contentEnd, indentation, offset, sink, ref atLineStart);
                        kind = LiteralKind.Raw;
                        break;
                    }
                default:
                    throw new FormatException("not a string literal");
            }

            var value = sink.ToString();
            if (!string.Equals(value, token.ValueText, StringComparison.Ordinal)) throw new FormatException("value differs from the compiler's");
            return sink.Build(literal.Span, kind, quotes, utf8);
        }

        private static TemplateText FromInterpolated(InterpolatedStringExpressionSyntax interpolated, TemplateSyntax syntax)
        {
            var startToken = interpolated.StringStartToken;
            var sink = new Sink();
            LiteralKind kind;
            var quotes = 0;
            string? indentation = null;
            switch (startToken.Kind())
            {
                case SyntaxKind.InterpolatedStringStartToken:
                    kind = LiteralKind.Interpolated;
                    break;
                case SyntaxKind.InterpolatedVerbatimStringStartToken:
                    kind = LiteralKind.InterpolatedVerbatim;
                    break;
                case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
                    kind = LiteralKind.InterpolatedRaw;
                    quotes = CountQuotes(startToken.Text, startToken.Text.IndexOf('"'));
                    break;
                case SyntaxKind.InterpolatedMultiLineRawStringStartToken:
                    {
                        kind = LiteralKind.InterpolatedRaw;
                        quotes = CountQuotes(startToken.Text, startToken.Text.IndexOf('"'));
                        var end = interpolated.StringEndToken.Text;
                        var q = end.Length;
                        while (q > 0 && end[q - 1] == '"') q--;
                        var lineStart = q;
                        while (lineStart > 0 && !IsNewLine(end[lineStart - 1])) lineStart--;
                        indentation = end.Substring(lineStart, q - lineStart);
                        break;
                    }
                default:
                    throw new FormatException("not an interpolated string");
            }

            var atLineStart = true;
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolatedStringTextSyntax textPart)
                {
                    var token = textPart.TextToken;
                    var text = token.Text;
                    var offset = token.SpanStart;
                    var before = sink.Length;
                    switch (kind)
                    {
                        case LiteralKind.Interpolated:
                            ScanRegular(text, 0, text.Length, offset, sink, braces: true);
                            break;
                        case LiteralKind.InterpolatedVerbatim:
                            ScanVerbatim(text, 0, text.Length, offset, sink, braces: true);
                            break;
                        default:
                            if (indentation != null) ScanRawLines(text, 0, text.Length, indentation, offset, sink, ref atLineStart);
                            else for (var i = 0; i < text.Length; i++) sink.Add(text[i], offset + i, offset + i + 1);
                            break;
                    }
                    var chunk = sink.ToString().Substring(before);
                    // The compiler keeps {{ and }} doubled in an interpolated text token's value; raw strings have none.
                    var expected = token.ValueText;
                    var comparable = kind == LiteralKind.InterpolatedRaw ? chunk : chunk.Replace("{", "{{").Replace("}", "}}");
                    if (!string.Equals(comparable, expected, StringComparison.Ordinal)) throw new FormatException("value differs from the compiler's");
                }
                else if (content is InterpolationSyntax hole)
                {
                    atLineStart = false;
                    var span = hole.Span;
                    sink.Add(HolePath.ToTemplate(hole.Expression, syntax), span.Start, span.End);
                }
            }
            return sink.Build(interpolated.Span, kind, quotes, false);
        }

        /// <summary>A regular string's content: backslash escapes, and <c>{{ }}</c> when it is interpolated.</summary>
        private static void ScanRegular(string text, int i, int end, int offset, Sink sink, bool braces)
        {
            while (i < end)
            {
                var c = text[i];
                if (c == '\\')
                {
                    if (i + 1 >= end) throw new FormatException("dangling escape");
                    var e = text[i + 1];
                    char simple;
                    switch (e)
                    {
                        case '\'': simple = '\''; break;
                        case '"': simple = '"'; break;
                        case '\\': simple = '\\'; break;
                        case '0': simple = '\0'; break;
                        case 'a': simple = '\a'; break;
                        case 'b': simple = '\b'; break;
                        case 'e': simple = '\u001b'; break;
                        case 'f': simple = '\f'; break;
                        case 'n': simple = '\n'; break;
                        case 'r': simple = '\r'; break;
                        case 't': simple = '\t'; break;
                        case 'v': simple = '\v'; break;
                        case 'x':
                            {
                                var j = i + 2;
                                var v = 0;
                                while (j < end && j < i + 6 && IsHex(text[j])) v = v * 16 + Hex(text[j++]);
                                if (j == i + 2) throw new FormatException("bad \\x escape");
                                sink.Add((char)v, offset + i, offset + j);
                                i = j;
                                continue;
                            }
                        case 'u':
                            {
                                var v = ReadHex(text, i + 2, 4, end);
                                sink.Add((char)v, offset + i, offset + i + 6);
                                i += 6;
                                continue;
                            }
                        case 'U':
                            {
                                var v = ReadHex(text, i + 2, 8, end);
                                if (v > 0x10FFFF) throw new FormatException("bad \\U escape");
                                if (v <= 0xFFFF) sink.Add((char)v, offset + i, offset + i + 10);
                                else sink.Add(char.ConvertFromUtf32(v), offset + i, offset + i + 10);
                                i += 10;
                                continue;
                            }
                        default:
                            throw new FormatException("unknown escape");
                    }
                    sink.Add(simple, offset + i, offset + i + 2);
                    i += 2;
                }
                else if (braces && (c == '{' || c == '}') && i + 1 < end && text[i + 1] == c)
                {
                    sink.Add(c, offset + i, offset + i + 2);
                    i += 2;
                }
                else
                {
                    sink.Add(c, offset + i, offset + i + 1);
                    i++;
                }
            }
        }

        /// <summary>A verbatim string's content: <c>""</c>, and <c>{{ }}</c> when it is interpolated.</summary>
        private static void ScanVerbatim(string text, int i, int end, int offset, Sink sink, bool braces)
        {
            while (i < end)
            {
                var c = text[i];
                if ((c == '"' || (braces && (c == '{' || c == '}'))) && i + 1 < end && text[i + 1] == c)
                {
                    sink.Add(c, offset + i, offset + i + 2);
                    i += 2;
                }
                else
                {
                    sink.Add(c, offset + i, offset + i + 1);
                    i++;
                }
            }
        }

        /// <summary>
        /// Content lines of a multi-line raw string: the closing line's indentation is removed from the
        /// start of each line, a whitespace-only line becomes empty, line breaks are kept as written.
        /// </summary>
        private static void ScanRawLines(string text, int i, int end, string indentation, int offset, Sink sink, ref bool atLineStart)
        {
            while (i < end)
            {
                if (atLineStart)
                {
                    atLineStart = false;
                    var lineEnd = i;
                    while (lineEnd < end && !IsNewLine(text[lineEnd])) lineEnd++;
                    var blank = true;
                    for (var k = i; k < lineEnd; k++)
                    {
                        if (!IsWhitespace(text[k])) { blank = false; break; }
                    }
                    if (blank && lineEnd < end)
                    {
                        i = lineEnd;
                        continue;
                    }
                    if (blank && lineEnd == end)
                    {
                        // A token ends inside leading whitespace (an interpolation follows): strip what is there.
                        var n = Math.Min(indentation.Length, end - i);
                        if (string.CompareOrdinal(text, i, indentation, 0, n) != 0) throw new FormatException("indentation differs from the closing line's");
                        i += n;
                        if (n < indentation.Length) throw new FormatException("hole inside the indentation");
                        continue;
                    }
                    if (string.CompareOrdinal(text, i, indentation, 0, indentation.Length) != 0 || i + indentation.Length > end)
                        throw new FormatException("indentation differs from the closing line's");
                    i += indentation.Length;
                    continue;
                }
                var c = text[i];
                sink.Add(c, offset + i, offset + i + 1);
                if (IsNewLine(c))
                {
                    if (c == '\r' && i + 1 < end && text[i + 1] == '\n')
                    {
                        sink.Add('\n', offset + i + 1, offset + i + 2);
                        i++;
                    }
                    atLineStart = true;
                }
                i++;
            }
        }

        private static int CountQuotes(string text, int start)
        {
            var n = 0;
            while (start + n < text.Length && text[start + n] == '"') n++;
            return n;
        }

        private static bool IsNewLine(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

        private static int NewLineLength(string text, int i)
        {
            if (i >= text.Length) return 0;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') return 2;
            return IsNewLine(text[i]) ? 1 : 0;
        }

        private static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\v' || c == '\f' || (c > 127 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator);

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private static int Hex(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

        private static int ReadHex(string text, int start, int count, int end)
        {
            if (start + count > end) throw new FormatException("short escape");
            var v = 0;
            for (var k = 0; k < count; k++)
            {
                if (!IsHex(text[start + k])) throw new FormatException("bad hex digit");
                v = v * 16 + Hex(text[start + k]);
            }
            return v;
        }

        /// <summary>Collects the value and each character's source span.</summary>
        private sealed class Sink
        {
            private readonly StringBuilder _text = new StringBuilder();
            private readonly List<int> _start = new List<int>();
            private readonly List<int> _end = new List<int>();

            public int Length => _text.Length;

            public void Add(char c, int start, int end)
            {
                _text.Append(c);
                _start.Add(start);
                _end.Add(end);
            }

            public void Add(string s, int start, int end)
            {
                foreach (var c in s) Add(c, start, end);
            }

            public override string ToString() => _text.ToString();

            public TemplateText Build(TextSpan literalSpan, LiteralKind kind, int quotes, bool utf8) =>
                new TemplateText(_text.ToString(), _start.ToArray(), _end.ToArray(), literalSpan, kind, quotes, utf8);
        }
    }
}
