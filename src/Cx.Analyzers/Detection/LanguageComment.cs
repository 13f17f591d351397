using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Cx.Analyzers.Detection
{
    /// <summary>
    /// <c>// lang=scriban</c> (also <c>language=</c>, <c>/* lang=liquid */</c>, <c>markdown</c>) before a
    /// literal, Roslyn's embedded-language convention: in the previous token's trailing trivia, or in the
    /// leading trivia of the literal and of its ancestors up to the enclosing statement or member. A
    /// comment above a statement applies to the first literal in it, not to every string it holds.
    /// </summary>
    internal static class LanguageComment
    {
        private static readonly Regex Pattern = new Regex(
            @"^(?://|/\*)\s*lang(?:uage)?\s*=\s*(?<id>[a-zA-Z]+)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        public static TemplateSyntax? Find(ExpressionSyntax literal)
        {
            var first = literal.GetFirstToken();
            var previous = first.GetPreviousToken();
            if (previous.HasTrailingTrivia && Match(previous.TrailingTrivia) is TemplateSyntax fromTrailing) return fromTrailing;

            for (SyntaxNode? node = literal; node != null; node = node.Parent)
            {
                if (node.HasLeadingTrivia && Match(node.GetLeadingTrivia()) is TemplateSyntax found)
                    return IsFirstLiteralIn(node, literal) ? found : (TemplateSyntax?)null;
                if (node is StatementSyntax || node is MemberDeclarationSyntax) break;
            }
            return null;
        }

        private static TemplateSyntax? Match(SyntaxTriviaList trivia)
        {
            TemplateSyntax? result = null;
            foreach (var t in trivia)
            {
                if (!t.IsKind(SyntaxKind.SingleLineCommentTrivia) && !t.IsKind(SyntaxKind.MultiLineCommentTrivia)) continue;
                var m = Pattern.Match(t.ToString());
                if (!m.Success) continue;
                // The comment nearest the literal wins.
                result = FromIdentifier(m.Groups["id"].Value);
            }
            return result;
        }

        public static TemplateSyntax? FromIdentifier(string? id)
        {
            switch (id?.Trim().ToLowerInvariant())
            {
                case "scriban": case "sbn": return TemplateSyntax.Scriban;
                case "liquid": return TemplateSyntax.Liquid;
                case "markdown": case "md": return TemplateSyntax.Markdown;
                default: return null;
            }
        }

        private static bool IsFirstLiteralIn(SyntaxNode node, ExpressionSyntax literal)
        {
            foreach (var d in node.DescendantNodesAndSelf())
            {
                if (ValueResolver.IsTemplateLiteral(d)) return d == literal;
            }
            return false;
        }
    }
}
