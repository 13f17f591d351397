using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Cx.Analyzers.Configuration
{
    /// <summary>
    /// One <c>csharp: message_sinks:</c> entry: a method that receives a customer message, e.g.
    /// <c>SendSms(body)</c> (any type) or <c>Acme.Mail.Mailer.Send(htmlBody)</c> (that type only).
    /// </summary>
    internal sealed class MessageSink
    {
        private MessageSink(string? type, string method, string parameter)
        {
            Type = type;
            Method = method;
            Parameter = parameter;
        }

        /// <summary>The qualifying type (simple or full name), or null for any type.</summary>
        public string? Type { get; }
        public string Method { get; }
        public string Parameter { get; }

        public static MessageSink? Parse(string text)
        {
            var open = text.IndexOf('(');
            var close = text.LastIndexOf(')');
            if (open <= 0 || close < open) return null;
            var qualified = text.Substring(0, open).Trim();
            var parameter = text.Substring(open + 1, close - open - 1).Trim();
            var dot = qualified.LastIndexOf('.');
            var method = dot < 0 ? qualified : qualified.Substring(dot + 1);
            var type = dot < 0 ? null : qualified.Substring(0, dot);
            return method.Length == 0 || parameter.Length == 0 ? null : new MessageSink(type, method, parameter);
        }

        public static IReadOnlyList<MessageSink> ParseAll(IEnumerable<string> texts)
        {
            var list = new List<MessageSink>();
            foreach (var t in texts)
            {
                var s = Parse(t);
                if (s != null) list.Add(s);
            }
            return list;
        }

        public bool Matches(IMethodSymbol method)
        {
            if (!string.Equals(method.Name, Method, StringComparison.Ordinal)) return false;
            if (Type == null) return true;
            var containing = method.ContainingType;
            if (containing == null) return false;
            if (string.Equals(containing.Name, Type, StringComparison.Ordinal)) return true;
            var full = containing.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "");
            return string.Equals(full, Type, StringComparison.Ordinal) || full.EndsWith("." + Type, StringComparison.Ordinal);
        }
    }
}
