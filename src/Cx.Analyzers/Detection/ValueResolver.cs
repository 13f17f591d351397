using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Cx.Analyzers.Detection
{
    /// <summary>
    /// Follows a value to the literal that wrote it: the literal itself, an interpolated string, a
    /// <c>const</c> or <c>static readonly</c> field's initializer, or a local initialized with a literal and
    /// never assigned again. A <c>+</c> concatenation is not followed, as Roslyn's own detectors do not.
    /// </summary>
    internal static class ValueResolver
    {
        public readonly struct Resolved
        {
            public Resolved(ExpressionSyntax literal, ISymbol? owner)
            {
                Literal = literal;
                Owner = owner;
            }

            /// <summary>A <see cref="LiteralExpressionSyntax"/> or an <see cref="InterpolatedStringExpressionSyntax"/>.</summary>
            public ExpressionSyntax Literal { get; }

            /// <summary>The field or local that held it, when the value came through one.</summary>
            public ISymbol? Owner { get; }
        }

        public static bool TryResolve(IOperation? value, out Resolved resolved)
        {
            resolved = default;
            while (value is IConversionOperation conversion && conversion.IsImplicit) value = conversion.Operand;
            switch (value)
            {
                case null:
                    return false;
                case ILiteralOperation _:
                case IInterpolatedStringOperation _:
                case IUtf8StringOperation _:
                    return TryLiteral(value.Syntax as ExpressionSyntax, null, out resolved);
                case IFieldReferenceOperation field:
                    {
                        var f = field.Field;
                        if (!(f.IsConst || (f.IsStatic && f.IsReadOnly))) return false;
                        return TryInitializer(f, out resolved);
                    }
                case ILocalReferenceOperation local:
                    {
                        var l = local.Local;
                        if (l.IsRef) return false;
                        if (!TryInitializer(l, out resolved)) return false;
                        return l.IsConst || !IsAssignedAfterDeclaration(l, resolved.Literal);
                    }
                default:
                    return false;
            }
        }

        /// <summary>A literal syntax node we can read: not an operand of <c>+</c>, parentheses looked through.</summary>
        public static bool TryLiteral(ExpressionSyntax? syntax, ISymbol? owner, out Resolved resolved)
        {
            resolved = default;
            while (syntax is ParenthesizedExpressionSyntax p) syntax = p.Expression;
            if (syntax == null || !IsTemplateLiteral(syntax)) return false;
            if (IsConcatenationOperand(syntax)) return false;
            resolved = new Resolved(syntax, owner);
            return true;
        }

        public static bool IsTemplateLiteral(SyntaxNode node) =>
            node.IsKind(SyntaxKind.StringLiteralExpression) || node.IsKind(SyntaxKind.Utf8StringLiteralExpression) || node.IsKind(SyntaxKind.InterpolatedStringExpression);

        public static bool IsConcatenationOperand(SyntaxNode literal)
        {
            var parent = literal.Parent;
            while (parent is ParenthesizedExpressionSyntax) parent = parent.Parent;
            return parent != null && parent.IsKind(SyntaxKind.AddExpression);
        }

        private static bool TryInitializer(ISymbol symbol, out Resolved resolved)
        {
            resolved = default;
            var refs = symbol.DeclaringSyntaxReferences;
            if (refs.Length != 1) return false;
            if (!(refs[0].GetSyntax() is VariableDeclaratorSyntax declarator) || declarator.Initializer == null) return false;
            return TryLiteral(declarator.Initializer.Value, symbol, out resolved);
        }

        /// <summary>Whether the local is written anywhere but its declaration: then its value at the use is not the literal.</summary>
        private static bool IsAssignedAfterDeclaration(ILocalSymbol local, SyntaxNode literal)
        {
            SyntaxNode? scope = literal.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)literal.FirstAncestorOrSelf<MemberDeclarationSyntax>();
            if (scope == null) return true;
            var name = local.Name;
            foreach (var node in scope.DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax assignment when IsName(assignment.Left, name):
                        return true;
                    case ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) && IsName(argument.Expression, name):
                        return true;
                }
            }
            return false;
        }

        private static bool IsName(ExpressionSyntax e, string name) => e is IdentifierNameSyntax id && id.Identifier.ValueText == name;
    }
}
