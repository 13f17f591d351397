using System;
using System.Collections.Generic;
using Cx.Templates.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using SourceSpan = Cx.Templates.Model.SourceSpan;

namespace Cx.Templates.Parsing
{
    /// <summary>
    /// Reads Scriban and Liquid templates with Scriban's own parser and walks the syntax tree for
    /// static text, output holes and the variables they read. Positions come from the parser's
    /// spans, never from searching the text again.
    /// </summary>
    internal static class ScribanTemplateParser
    {
        /// <summary>Objects of Scriban and Liquid themselves, not customer data.</summary>
        private static readonly HashSet<string> BuiltinRoots = new HashSet<string>(StringComparer.Ordinal)
        {
            "date", "string", "array", "math", "object", "html", "regex", "timespan", "empty", "blank", "null",
            "true", "false", "this", "for", "forloop", "tablerowloop", "include", "ret", "func", "nil",
        };

        /// <summary>Deepest nesting walked; deeper templates are reported instead of overflowing the stack.</summary>
        internal const int MaxDepth = 400;

        public static ParsedTemplate Parse(string maskedText, TemplateSyntax syntax, string path)
        {
            var result = new ParsedTemplate();
            Template template;
            try
            {
                // Default lexer and parser options: their init-only setters differ between Scriban's
                // netstandard2.0 and net8.0 builds, so setting them breaks when the host loads the other build.
                template = syntax == TemplateSyntax.Liquid
                    ? Template.ParseLiquid(LiquidDialects.Prepare(maskedText, result.Opaque), path)
                    : Template.Parse(maskedText, path);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                result.Problems.Add(new ParseProblem("CX0001", new SourceSpan(0, 0), "The template could not be parsed: " + ex.Message));
                return result;
            }

            if (template.HasErrors)
            {
                var seen = new HashSet<string>();
                foreach (var m in template.Messages)
                {
                    if (m.Type != ParserMessageType.Error) continue;
                    var start = Clamp(m.Span.Start.Offset, maskedText.Length);
                    var end = Clamp(Math.Max(m.Span.End.Offset + 1, start), maskedText.Length);
                    var message = m.Message;
                    if (message.IndexOf("<eof>", StringComparison.Ordinal) >= 0 && UnclosedTag(maskedText) is int open)
                    {
                        // Scriban reports the end of the file (at offset 0 in Liquid mode): point at the tag left open.
                        start = open;
                        end = Math.Min(maskedText.Length, open + 2);
                        message = $"This '{maskedText.Substring(open, 2)}' is never closed; add '{(maskedText[open + 1] == '%' ? "%}" : "}}")}'.";
                    }
                    if (!seen.Add(start + ":" + message)) continue;
                    result.Problems.Add(new ParseProblem("CX0001", new SourceSpan(start, end), message));
                }
                // The first error is the one a writer fixes; later ones are usually its echoes.
                if (result.Problems.Count > 1) result.Problems.RemoveRange(1, result.Problems.Count - 1);
                return result;
            }

            result.Template = template;
            if (template.Page != null)
            {
                var walker = new Walker(maskedText, result);
                walker.Visit(template.Page, new Scope(false, false, null), 0);
            }
            return result;
        }

        /// <summary>The last <c>{{</c> or <c>{%</c> with no closing delimiter after it, or null.</summary>
        private static int? UnclosedTag(string text)
        {
            var a = text.LastIndexOf("{{", StringComparison.Ordinal);
            var b = text.LastIndexOf("{%", StringComparison.Ordinal);
            var open = Math.Max(a, b);
            if (open < 0) return null;
            var closer = text[open + 1] == '%' ? "%}" : "}}";
            return text.IndexOf(closer, open + 2, StringComparison.Ordinal) < 0 ? open : (int?)null;
        }

        private static int Clamp(int v, int length) => v < 0 ? 0 : v > length ? length : v;

        private sealed class Scope
        {
            public Scope(bool inBranch, bool inLoop, Dictionary<string, string>? aliases)
            {
                InBranch = inBranch;
                InLoop = inLoop;
                Aliases = aliases;
            }

            public bool InBranch { get; }
            public bool InLoop { get; }
            public Dictionary<string, string>? Aliases { get; }

            public Scope Branch() => new Scope(true, InLoop, Aliases);
            public Scope Loop(string? alias, string? target)
            {
                var aliases = Aliases == null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(Aliases, StringComparer.Ordinal);
                if (alias != null && target != null) aliases[alias] = target;
                return new Scope(InBranch, true, aliases);
            }
        }

        private sealed class Walker
        {
            private readonly string _text;
            private readonly ParsedTemplate _result;
            private readonly Dictionary<string, string> _assigned = new Dictionary<string, string>(StringComparer.Ordinal);

            /// <summary>Names assigned a literal or captured text ({% assign greeting = "Hello" %}): template-local, not customer data.</summary>
            private readonly HashSet<string> _local = new HashSet<string>(StringComparer.Ordinal);
            private bool _tooDeep;

            public Walker(string text, ParsedTemplate result)
            {
                _text = text;
                _result = result;
            }

            public void Visit(ScriptNode? node, Scope scope, int depth)
            {
                if (node == null) return;
                if (depth > MaxDepth)
                {
                    if (!_tooDeep)
                    {
                        _tooDeep = true;
                        var s = Clamp(node.Span.Start.Offset, _text.Length);
                        _result.Problems.Add(new ParseProblem("CX0001", new SourceSpan(s, s), $"The template nests deeper than {MaxDepth} levels; the text below that depth is not analysed."));
                    }
                    return;
                }
                switch (node)
                {
                    case ScriptRawStatement raw:
                        if (raw.Text.Length > 0)
                        {
                            var start = raw.Text.Index;
                            _result.Runs.Add(new TextRun(new SourceSpan(start, start + raw.Text.Length), raw.Text.ToString(), scope.InBranch, scope.InLoop));
                        }
                        return;
                    case ScriptExpressionStatement es:
                        VisitExpressionStatement(es, scope);
                        return;
                    case ScriptIfStatement ifs:
                        CollectInputs(ifs.Condition, scope);
                        MarkBranch(ifs.Then);
                        MarkBranch(ifs.Else);
                        if (!ifs.IsElseIf) MarkBranchEnd(ifs);
                        Visit(ifs.Then, scope.Branch(), depth + 1);
                        Visit(ifs.Else, scope.Branch(), depth + 1);
                        return;
                    case ScriptElseStatement els:
                        MarkBranch(els.Body);
                        Visit(els.Body, scope.Branch(), depth + 1);
                        return;
                    case ScriptCaseStatement cs:
                        CollectInputs(cs.Value, scope);
                        MarkBranchEnd(cs);
                        Visit(cs.Body, scope.Branch(), depth + 1);
                        return;
                    case ScriptWhenStatement ws:
                        if (ws.Values != null) foreach (var v in ws.Values) CollectInputs(v, scope);
                        MarkBranch(ws.Body);
                        Visit(ws.Body, scope.Branch(), depth + 1);
                        Visit(ws.Next, scope.Branch(), depth + 1);
                        return;
                    case ScriptForStatement fs:
                        {
                            CollectInputs(fs.Iterator, scope);
                            var target = PathOf(fs.Iterator, scope);
                            var alias = fs.Variable is ScriptVariable var ? var.Name : null;
                            Visit(fs.Body, scope.Loop(alias, target == null ? null : target + "[]"), depth + 1);
                            Visit(fs.Else, scope.Branch(), depth + 1);
                            return;
                        }
                    case ScriptWhileStatement wh:
                        CollectInputs(wh.Condition, scope);
                        Visit(wh.Body, scope.Loop(null, null), depth + 1);
                        return;
                    case ScriptCaptureStatement cap:
                        if (cap.Target is ScriptVariable captured) _local.Add(captured.Name);
                        Visit(cap.Body, scope.Branch(), depth + 1);
                        return;
                    case ScriptBlockStatement block:
                        foreach (var st in block.Statements) Visit(st, scope, depth + 1);
                        return;
                    case ScriptExpression expr:
                        CollectInputs(expr, scope);
                        return;
                    default:
                        foreach (var child in node.Children)
                            Visit(child, scope, depth + 1);
                        return;
                }
            }

            /// <summary>
            /// A branch body that spans lines is its own text ("Hi {{ name }}," in the if, "Hello there," in
            /// the else); an inline branch ("Hi {{ if n }}{{ n }}{{ else }}there{{ end }},") stays in its sentence.
            /// </summary>
            private void MarkBranch(ScriptNode? body)
            {
                if (body == null) return;
                var start = Clamp(body.Span.Start.Offset, _text.Length);
                var end = Clamp(body.Span.End.Offset + 1, _text.Length);
                if (_text.IndexOf('\n', start, end - start) < 0) return;
                _result.BranchBoundaries.Add(start);
            }

            private void MarkBranchEnd(ScriptNode statement)
            {
                var start = Clamp(statement.Span.Start.Offset, _text.Length);
                var end = Clamp(statement.Span.End.Offset + 1, _text.Length);
                if (_text.IndexOf('\n', start, end - start) < 0) return;
                _result.BranchBoundaries.Add(end);
            }

            private void VisitExpressionStatement(ScriptExpressionStatement es, Scope scope)
            {
                var expr = es.Expression;
                if (expr is ScriptAssignExpression assign)
                {
                    var value = PathOf(assign.Value, scope);
                    if (assign.Target is ScriptVariable tv)
                    {
                        if (value != null) _assigned[tv.Name] = value;
                        else if (!HasVariables(assign.Value, scope)) _local.Add(tv.Name);
                    }
                    CollectInputs(assign.Value, scope);
                    return;
                }
                var collector = new Collector(this, scope);
                collector.Collect(expr);
                var span = WidenToDelimiters(es.Span.Start.Offset, es.Span.End.Offset + 1);
                var vars = new List<Variable>();
                foreach (var (path, pathSpan) in collector.Paths)
                {
                    var v = new Variable(path, pathSpan, true, collector.HasDefault, scope.InBranch, scope.InLoop, collector.Filters);
                    vars.Add(v);
                    _result.Variables.Add(v);
                }
                _result.Holes.Add(new Hole(span, vars));
            }

            private void CollectInputs(ScriptNode? expr, Scope scope)
            {
                if (expr == null) return;
                var collector = new Collector(this, scope);
                collector.Collect(expr);
                foreach (var (path, span) in collector.Paths)
                    _result.Variables.Add(new Variable(path, span, false, collector.HasDefault, scope.InBranch, scope.InLoop, collector.Filters));
            }

            /// <summary>Extends an expression's span over its <c>{{ }}</c> or <c>{% %}</c> delimiters so the underline covers the hole.</summary>
            private SourceSpan WidenToDelimiters(int start, int end)
            {
                start = Clamp(start, _text.Length);
                end = Clamp(end, _text.Length);
                var s = start;
                while (s > 0 && (_text[s - 1] == ' ' || _text[s - 1] == '\t' || _text[s - 1] == '~' || _text[s - 1] == '-')) s--;
                if (s >= 2 && _text[s - 1] == '{' && (_text[s - 2] == '{' || _text[s - 2] == '%')) start = s - 2;
                else if (s >= 2 && _text[s - 1] == '%' && _text[s - 2] == '{') start = s - 2;
                var e = end;
                while (e < _text.Length && (_text[e] == ' ' || _text[e] == '\t' || _text[e] == '~' || _text[e] == '-')) e++;
                if (e + 1 < _text.Length && (_text[e] == '}' || _text[e] == '%') && _text[e + 1] == '}') end = e + 2;
                return new SourceSpan(start, Math.Max(start, end));
            }

            private bool HasVariables(ScriptNode? expr, Scope scope)
            {
                var collector = new Collector(this, scope);
                collector.Collect(expr);
                return collector.Paths.Count > 0;
            }

            internal string? PathOf(ScriptNode? node, Scope scope)
            {
                switch (node)
                {
                    case ScriptVariable v:
                        {
                            var name = v.Name;
                            if (string.IsNullOrEmpty(name) || BuiltinRoots.Contains(name)) return null;
                            if (scope.Aliases != null && scope.Aliases.TryGetValue(name, out var aliased)) return aliased;
                            if (_local.Contains(name)) return null;
                            if (_assigned.TryGetValue(name, out var assigned)) return assigned;
                            return name;
                        }
                    case ScriptMemberExpression m:
                        {
                            var target = PathOf(m.Target, scope);
                            return target == null || m.Member is null ? null : target + "." + m.Member.Name;
                        }
                    case ScriptIndexerExpression ix:
                        {
                            var target = PathOf(ix.Target, scope);
                            return target == null ? null : target + "[]";
                        }
                    default:
                        return null;
                }
            }

            private sealed class Collector
            {
                private readonly Walker _walker;
                private readonly Scope _scope;

                public Collector(Walker walker, Scope scope)
                {
                    _walker = walker;
                    _scope = scope;
                }

                public List<(string Path, SourceSpan Span)> Paths { get; } = new List<(string, SourceSpan)>();
                public List<string> Filters { get; } = new List<string>();
                public bool HasDefault { get; private set; }

                public void Collect(ScriptNode? node, int depth = 0)
                {
                    if (node == null || depth > MaxDepth) return;
                    switch (node)
                    {
                        case ScriptVariable _:
                        case ScriptMemberExpression _:
                        case ScriptIndexerExpression _:
                            {
                                var path = _walker.PathOf(node, _scope);
                                if (path != null)
                                {
                                    var start = Clamp(node.Span.Start.Offset, _walker._text.Length);
                                    Paths.Add((path, new SourceSpan(start, Clamp(Math.Max(start, node.Span.End.Offset + 1), _walker._text.Length))));
                                    if (node is ScriptIndexerExpression ixp) Collect(ixp.Index, depth + 1);
                                }
                                else if (node is ScriptMemberExpression me) Collect(me.Target, depth + 1);
                                else if (node is ScriptIndexerExpression ix) { Collect(ix.Target, depth + 1); Collect(ix.Index, depth + 1); }
                                return;
                            }
                        case ScriptPipeCall pipe:
                            Collect(pipe.From, depth + 1);
                            CollectFilter(pipe.To, depth + 1);
                            return;
                        case ScriptFunctionCall call:
                            CollectFilter(call, depth + 1);
                            return;
                        case ScriptBinaryExpression bin:
                            if (bin.Operator.ToString().IndexOf("Coalesc", StringComparison.Ordinal) >= 0) HasDefault = true;
                            Collect(bin.Left, depth + 1);
                            Collect(bin.Right, depth + 1);
                            return;
                        default:
                            foreach (var child in node.Children) Collect(child, depth + 1);
                            return;
                    }
                }

                private void CollectFilter(ScriptNode? node, int depth)
                {
                    if (node is ScriptFunctionCall call)
                    {
                        var name = FunctionName(call.Target);
                        if (name != null) AddFilter(name);
                        if (call.Arguments != null) foreach (var a in call.Arguments) Collect(a, depth + 1);
                        return;
                    }
                    if (node is ScriptBinaryExpression bin)
                    {
                        // "x | string.capitalize ?? 'there'": the filter is the left operand of the default.
                        if (bin.Operator.ToString().IndexOf("Coalesc", StringComparison.Ordinal) >= 0) HasDefault = true;
                        CollectFilter(bin.Left, depth + 1);
                        Collect(bin.Right, depth + 1);
                        return;
                    }
                    var filter = FunctionName(node);
                    if (filter != null) AddFilter(filter);
                    else Collect(node, depth + 1);
                }

                private void AddFilter(string name)
                {
                    Filters.Add(name);
                    if (name == "default" || name.EndsWith(".default", StringComparison.Ordinal)) HasDefault = true;
                }

                private static string? FunctionName(ScriptNode? node) => node switch
                {
                    ScriptVariable v => v.Name,
                    ScriptMemberExpression m => FunctionName(m.Target) is string t && !(m.Member is null) ? t + "." + m.Member.Name : null,
                    _ => null,
                };
            }
        }
    }
}
