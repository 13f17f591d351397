using System.Collections.Generic;
using System.Text;
using Cx.Templates.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Cx.Analyzers.LiteralMap
{
    /// <summary>
    /// Writes a C# interpolation hole as the template variable it stands for: the member path of the
    /// expression in Scriban's naming (<c>{customer.FirstName}</c> → <c>{{ customer.first_name }}</c>,
    /// as Scriban's default member renamer exposes a .NET object), a <c>??</c> fallback kept as a default.
    /// </summary>
    internal static class HolePath
    {
        /// <summary>Scriban and Liquid keywords: a variable may not be named so.</summary>
        private static readonly HashSet<string> Keywords = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "if", "else", "end", "for", "in", "while", "case", "when", "func", "ret", "break", "continue", "capture",
            "import", "readonly", "with", "wrap", "include", "tablerow", "do", "this", "empty", "null", "true", "false",
            "elsif", "endif", "endfor", "unless", "assign", "comment", "raw", "cycle", "and", "or", "not",
        };

        public static string ToTemplate(ExpressionSyntax expression, TemplateSyntax syntax)
        {
            string? fallback = null;
            var e = Strip(expression);
            if (e is BinaryExpressionSyntax bin && bin.IsKind(SyntaxKind.CoalesceExpression))
            {
                fallback = Strip(bin.Right) is LiteralExpressionSyntax lit && lit.IsKind(SyntaxKind.StringLiteralExpression)
                    ? Sanitize(lit.Token.ValueText)
                    : "";
                e = Strip(bin.Left);
            }
            var path = PathOf(e) ?? "value";
            var root = path.Split('.', '[')[0];
            if (Keywords.Contains(root)) path = root + "_" + path.Substring(root.Length);
            if (fallback == null) return "{{ " + path + " }}";
            return syntax == TemplateSyntax.Liquid
                ? "{{ " + path + " | default: \"" + fallback + "\" }}"
                : "{{ " + path + " ?? \"" + fallback + "\" }}";
        }

        internal static string? PathOf(ExpressionSyntax expression)
        {
            var e = Strip(expression);
            switch (e)
            {
                case IdentifierNameSyntax id:
                    return Name(id.Identifier.ValueText);
                case GenericNameSyntax g:
                    return Name(g.Identifier.ValueText);
                case ThisExpressionSyntax _:
                    return null;
                case MemberAccessExpressionSyntax member:
                    {
                        var name = Name(member.Name.Identifier.ValueText);
                        var target = Strip(member.Expression);
                        if (target is ThisExpressionSyntax || target is BaseExpressionSyntax) return name;
                        var left = PathOf(target);
                        return left == null ? name : left + "." + name;
                    }
                case ConditionalAccessExpressionSyntax conditional:
                    {
                        var left = PathOf(conditional.Expression);
                        var right = BindingPath(conditional.WhenNotNull);
                        if (left == null) return right;
                        return right == null ? left : right.StartsWith("[", System.StringComparison.Ordinal) ? left + right : left + "." + right;
                    }
                case ElementAccessExpressionSyntax element:
                    {
                        var left = PathOf(element.Expression);
                        return left == null ? null : left + "[0]";
                    }
                case InvocationExpressionSyntax invocation:
                    return PathOf(invocation.Expression);
                case BinaryExpressionSyntax binary:
                    return PathOf(binary.Left);
                case ConditionalExpressionSyntax cond:
                    return PathOf(cond.WhenTrue);
                default:
                    return null;
            }
        }

        private static string? BindingPath(ExpressionSyntax e)
        {
            switch (e)
            {
                case MemberBindingExpressionSyntax mb:
                    return Name(mb.Name.Identifier.ValueText);
                case ElementBindingExpressionSyntax _:
                    return "[0]";
                case MemberAccessExpressionSyntax ma:
                    {
                        var left = BindingPath(ma.Expression);
                        var name = Name(ma.Name.Identifier.ValueText);
                        return left == null ? name : left + "." + name;
                    }
                case InvocationExpressionSyntax inv:
                    return BindingPath(inv.Expression);
                case ConditionalAccessExpressionSyntax ca:
                    {
                        var left = BindingPath(ca.Expression);
                        var right = BindingPath(ca.WhenNotNull);
                        return left == null ? right : right == null ? left : left + "." + right;
                    }
                default:
                    return null;
            }
        }

        private static ExpressionSyntax Strip(ExpressionSyntax e)
        {
            while (true)
            {
                switch (e)
                {
                    case ParenthesizedExpressionSyntax p: e = p.Expression; continue;
                    case CastExpressionSyntax c: e = c.Expression; continue;
                    case PostfixUnaryExpressionSyntax pu when pu.IsKind(SyntaxKind.SuppressNullableWarningExpression): e = pu.Operand; continue;
                    case AwaitExpressionSyntax a: e = a.Expression; continue;
                    default: return e;
                }
            }
        }

        /// <summary>Scriban's standard renaming: <c>FirstName</c> → <c>first_name</c>, <c>OrderID</c> → <c>order_id</c>; leading underscores dropped.</summary>
        internal static string Name(string identifier)
        {
            var s = identifier.TrimStart('_', '@');
            if (s.Length == 0) return "value";
            var sb = new StringBuilder(s.Length + 4);
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (char.IsUpper(c))
                {
                    if (i > 0 && s[i - 1] != '_' && (char.IsLower(s[i - 1]) || char.IsDigit(s[i - 1]) || (i + 1 < s.Length && char.IsLower(s[i + 1]) && char.IsUpper(s[i - 1]))))
                        sb.Append('_');
                    sb.Append(char.ToLowerInvariant(c));
                }
                else sb.Append(c);
            }
            return sb.ToString();
        }

        private static string Sanitize(string s)
        {
            var sb = new StringBuilder(s.Length);
            foreach (var c in s)
                if (c != '"' && c != '\\' && c != '{' && c != '}' && c != '\r' && c != '\n') sb.Append(c);
            return sb.ToString();
        }
    }
}
