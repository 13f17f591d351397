using System;
using Cx.Templates.Model;
using Microsoft.CodeAnalysis;

namespace Cx.Analyzers.Detection
{
    /// <summary>
    /// The attributes that mark a template, matched by name so users need no runtime package and a
    /// polyfilled copy works: <c>[StringSyntax("scriban")]</c> (also <c>liquid</c>, <c>markdown</c>) and
    /// <c>[CustomerMessage(Kind = "…", Channel = "…", Phase = "…")]</c> in any namespace.
    /// </summary>
    internal static class MarkerAttributes
    {
        public const string StringSyntaxName = "StringSyntaxAttribute";
        public const string CustomerMessageName = "CustomerMessageAttribute";

        /// <summary>The template syntax a symbol declares, or null when it is not marked.</summary>
        public static TemplateSyntax? SyntaxOf(ISymbol? symbol)
        {
            if (symbol == null) return null;
            TemplateSyntax? result = FromAttributes(symbol.GetAttributes());
            if (result == null && symbol is IMethodSymbol method) result = FromAttributes(method.GetReturnTypeAttributes());
            return result;
        }

        private static TemplateSyntax? FromAttributes(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
        {
            foreach (var a in attributes)
            {
                var name = a.AttributeClass?.Name;
                if (name == StringSyntaxName)
                {
                    if (a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value is string id && LanguageComment.FromIdentifier(id) is TemplateSyntax s)
                        return s;
                }
                else if (name == CustomerMessageName)
                {
                    return SyntaxNamed(a) ?? TemplateSyntax.Scriban;
                }
            }
            return null;
        }

        /// <summary>The <c>CustomerMessage</c> attribute on a symbol, if any.</summary>
        public static AttributeData? CustomerMessage(ISymbol? symbol)
        {
            if (symbol == null) return null;
            foreach (var a in symbol.GetAttributes())
                if (a.AttributeClass?.Name == CustomerMessageName) return a;
            return null;
        }

        /// <summary>
        /// The message metadata for a template: the nearest <c>[CustomerMessage]</c> on the owner (field,
        /// property, parameter), then the containing member, then the containing types, each filling what
        /// the nearer one leaves unset.
        /// </summary>
        public static (MessageMetadata? Metadata, System.Collections.Generic.List<AttributeData> Sources) MetadataFor(ISymbol? owner, ISymbol? container)
        {
            MessageMetadata? metadata = null;
            var sources = new System.Collections.Generic.List<AttributeData>();
            var visited = new System.Collections.Generic.HashSet<ISymbol>(SymbolEqualityComparer.Default);
            void Walk(ISymbol? start)
            {
                for (var s = start; s != null && !(s is INamespaceSymbol) && !(s is IAssemblySymbol) && !(s is IModuleSymbol); s = s.ContainingSymbol)
                {
                    Add(s);
                    if (s is IMethodSymbol m && m.AssociatedSymbol != null) Add(m.AssociatedSymbol);
                }
            }
            void Add(ISymbol s)
            {
                if (!visited.Add(s)) return;
                var a = CustomerMessage(s);
                if (a == null) return;
                sources.Add(a);
                var m = Read(a);
                metadata = metadata == null ? m : metadata.WithFallback(m);
            }
            Walk(owner);
            Walk(container);
            return (metadata, sources);
        }

        public static MessageMetadata Read(AttributeData attribute)
        {
            var m = new MessageMetadata();
            foreach (var named in attribute.NamedArguments)
            {
                var value = named.Value.Value as string;
                switch (named.Key)
                {
                    case "Kind": m.Kind = Normalize(value); break;
                    case "Channel": m.Channel = Normalize(value); break;
                    case "Phase": m.Phase = Normalize(value); break;
                    case "Locale": m.Locale = value; break;
                    case "Subject": m.Subject = value; break;
                }
            }
            return m;
        }

        private static TemplateSyntax? SyntaxNamed(AttributeData attribute)
        {
            foreach (var named in attribute.NamedArguments)
                if (named.Key == "Syntax" && named.Value.Value is string s) return LanguageComment.FromIdentifier(s);
            return null;
        }

        /// <summary>Named arguments whose value is not one the engine knows: each with what is allowed.</summary>
        public static System.Collections.Generic.IEnumerable<(string Name, string Value, string[] Allowed)> InvalidArguments(AttributeData attribute)
        {
            foreach (var named in attribute.NamedArguments)
            {
                string[]? allowed = named.Key switch
                {
                    "Kind" => MessageMetadata.Kinds,
                    "Channel" => MessageMetadata.Channels,
                    "Phase" => MessageMetadata.Phases,
                    _ => null,
                };
                if (allowed == null || !(named.Value.Value is string v)) continue;
                if (Array.IndexOf(allowed, Normalize(v)) < 0) yield return (named.Key, v, allowed);
            }
        }

        private static string? Normalize(string? value) => value?.Trim().ToLowerInvariant();
    }
}
