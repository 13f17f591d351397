using System;
using System.Collections.Generic;
using Cx.Templates.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cx.Templates.Parsing
{
    /// <summary>
    /// Templates stored as YAML records (osTicket's <c>subject: |</c> / <c>body: |</c>, many helpdesks'
    /// canned responses): only the string values are read, never keys, comments or the admin notes. When
    /// the record has message keys (body, message, content, text, html, template, reply, response) only
    /// those are the message; a subject key becomes the message's subject. Positions stay those of the file.
    /// </summary>
    internal static class YamlTemplateFile
    {
        private static readonly HashSet<string> MessageKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "body", "message", "content", "text", "html", "template", "reply", "response", "answer",
        };

        public static bool Applies(string path) =>
            path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

        /// <summary>Masks everything but the message values; false (nothing masked) when the text is not a YAML mapping.</summary>
        public static bool Mask(string text, bool[] skip, List<int> blockStarts, MessageMetadata metadata)
        {
            YamlNode? root;
            try
            {
                var stream = new YamlStream();
                stream.Load(new System.IO.StringReader(text));
                root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            }
            catch (Exception ex) when (ex is YamlException || ex is InvalidOperationException || ex is ArgumentException)
            {
                return false; // not YAML after all (template code can break it): read the file as it is
            }
            if (!(root is YamlMappingNode) && !(root is YamlSequenceNode)) return false;
            var values = new List<(string Key, YamlScalarNode Node)>();
            Collect(root!, values, 0);
            var hasMessage = values.Exists(v => MessageKeys.Contains(v.Key));
            var keep = new bool[text.Length];
            foreach (var (key, node) in values)
            {
                var isSubject = string.Equals(key, "subject", StringComparison.OrdinalIgnoreCase);
                if (isSubject && metadata.Subject == null) metadata.Subject = node.Value?.Trim();
                if (hasMessage && !MessageKeys.Contains(key)) continue;
                var start = (int)Math.Min(text.Length, Math.Max(0, node.Start.Index));
                var end = (int)Math.Min(text.Length, Math.Max(start, node.End.Index));
                if (node.Style == YamlDotNet.Core.ScalarStyle.Literal || node.Style == YamlDotNet.Core.ScalarStyle.Folded)
                {
                    // The "|" or ">" indicator line is syntax; the content starts on the next line.
                    var nl = text.IndexOf('\n', start, end - start);
                    start = nl < 0 ? end : nl + 1;
                }
                else if (node.Style == YamlDotNet.Core.ScalarStyle.SingleQuoted || node.Style == YamlDotNet.Core.ScalarStyle.DoubleQuoted)
                {
                    start = Math.Min(end, start + 1);
                    end = Math.Max(start, end - 1);
                }
                for (var i = start; i < end; i++) keep[i] = true;
                blockStarts.Add(start);
                blockStarts.Add(end);
            }
            for (var i = 0; i < text.Length; i++)
                if (!keep[i]) skip[i] = true;
            return true;
        }

        private static void Collect(YamlNode node, List<(string, YamlScalarNode)> values, int depth)
        {
            if (depth > 32) return;
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var e in map.Children)
                    {
                        var key = (e.Key as YamlScalarNode)?.Value ?? "";
                        if (e.Value is YamlScalarNode s) values.Add((key, s));
                        else Collect(e.Value, values, depth + 1);
                    }
                    break;
                case YamlSequenceNode seq:
                    foreach (var item in seq.Children) Collect(item, values, depth + 1);
                    break;
            }
        }
    }
}
