using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cx.Templates.Model;
using Cx.Templates.Parsing;
using Cx.Templates.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cx.Templates.Configuration
{
    /// <summary>A problem in a configuration file, with its 1-based position in that file.</summary>
    public sealed class ConfigurationProblem
    {
        public ConfigurationProblem(LinePosition start, LinePosition end, string message)
        {
            Start = start;
            End = end;
            Message = message;
        }

        public LinePosition Start { get; }
        public LinePosition End { get; }
        public string Message { get; }
        public override string ToString() => $"{Start}: {Message}";
    }

    /// <summary>
    /// Reads <c>.cxlint.yml</c> text. Every unknown or mistyped key and every bad value is a
    /// <see cref="ConfigurationProblem"/> (CX0002) with its position and what is allowed: nothing is
    /// silently ignored. Takes text, not a path, so the CLI and the analyzer read it the same way.
    /// </summary>
    public static class ConfigurationParser
    {
        public static readonly string[] TopLevelKeys = { "rules", "overrides", "customer_roots", "advise_kinds", "include", "exclude" };
        private static readonly string[] OverrideKeys = { "files", "kind", "channel", "phase", "rules" };

        public static CxConfiguration Parse(string text, string? path, ICollection<string> knownRuleIds, List<ConfigurationProblem> problems)
        {
            var config = new CxConfiguration { Path = path, BaseDirectory = path == null ? null : DirectoryOf(path) };
            YamlStream stream;
            try
            {
                stream = new YamlStream();
                stream.Load(new StringReader(text));
            }
            catch (YamlException ex)
            {
                problems.Add(new ConfigurationProblem(Pos(ex.Start), Pos(ex.End), "Not valid YAML: " + FirstLine(ex.Message)));
                return config;
            }
            if (stream.Documents.Count == 0) return config;
            var root = stream.Documents[0].RootNode;
            if (root is YamlScalarNode empty && string.IsNullOrEmpty(empty.Value)) return config;
            if (!(root is YamlMappingNode map))
            {
                Problem(problems, root, "The configuration must be a mapping with the keys " + string.Join(", ", TopLevelKeys) + ".");
                return config;
            }
            foreach (var entry in map.Children)
            {
                var key = Key(entry.Key);
                switch (key)
                {
                    case "rules":
                        config.Rules = ReadSeverities(entry.Value, knownRuleIds, problems);
                        break;
                    case "overrides":
                        config.Overrides = ReadOverrides(entry.Value, knownRuleIds, problems);
                        break;
                    case "customer_roots":
                        config.CustomerRoots = ReadStrings(entry.Value, "customer_roots", null, problems);
                        break;
                    case "advise_kinds":
                        config.AdviseKinds = ReadStrings(entry.Value, "advise_kinds", MessageMetadata.Kinds, problems);
                        break;
                    case "include":
                        config.Include = ReadStrings(entry.Value, "include", null, problems);
                        break;
                    case "exclude":
                        config.Exclude = ReadStrings(entry.Value, "exclude", null, problems);
                        break;
                    default:
                        Problem(problems, entry.Key, $"Unknown key '{key}'{FrontMatter.Suggest(key, TopLevelKeys)}. Allowed: {string.Join(", ", TopLevelKeys)}.");
                        break;
                }
            }
            return config;
        }

        private static IReadOnlyDictionary<string, Severity> ReadSeverities(YamlNode node, ICollection<string> knownRuleIds, List<ConfigurationProblem> problems)
        {
            var result = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
            if (node is YamlScalarNode s && string.IsNullOrEmpty(s.Value)) return result;
            if (!(node is YamlMappingNode map))
            {
                Problem(problems, node, "'rules' must map rule ids to a severity, e.g. 'CX5001: off'.");
                return result;
            }
            foreach (var entry in map.Children)
            {
                var id = Key(entry.Key).ToUpperInvariant();
                if (!knownRuleIds.Contains(id))
                {
                    Problem(problems, entry.Key, $"Unknown rule '{Key(entry.Key)}'{FrontMatter.Suggest(id, knownRuleIds)}. Run 'cx-lint rules' for the list.");
                    continue;
                }
                var valueNode = entry.Value;
                if (valueNode is YamlMappingNode detail)
                {
                    // Long form: CX5001: { severity: warning }
                    valueNode = null!;
                    foreach (var d in detail.Children)
                    {
                        if (Key(d.Key) == "severity") valueNode = d.Value;
                        else Problem(problems, d.Key, $"Unknown key '{Key(d.Key)}' for rule {id}. Allowed: severity.");
                    }
                    if (valueNode == null) continue;
                }
                var text = (valueNode as YamlScalarNode)?.Value;
                if (EnumText.TryParseSeverity(text, out var severity)) result[id] = severity;
                else Problem(problems, valueNode, $"'{text}' is not a severity for {id}. Allowed: off, info, warning, error.");
            }
            return result;
        }

        private static IReadOnlyList<ConfigOverride> ReadOverrides(YamlNode node, ICollection<string> knownRuleIds, List<ConfigurationProblem> problems)
        {
            var result = new List<ConfigOverride>();
            if (!(node is YamlSequenceNode seq))
            {
                Problem(problems, node, "'overrides' must be a list of entries with files/kind/channel/phase and rules.");
                return result;
            }
            foreach (var item in seq.Children)
            {
                if (!(item is YamlMappingNode map))
                {
                    Problem(problems, item, "Each override must be a mapping with files/kind/channel/phase and rules.");
                    continue;
                }
                var o = new ConfigOverride();
                foreach (var entry in map.Children)
                {
                    var key = Key(entry.Key);
                    switch (key)
                    {
                        case "files": o.Files = ReadStrings(entry.Value, "files", null, problems).Select(g => new Glob(g)).ToArray(); break;
                        case "kind": o.Kind = ReadChoice(entry.Value, "kind", MessageMetadata.Kinds, problems); break;
                        case "channel": o.Channel = ReadChoice(entry.Value, "channel", MessageMetadata.Channels, problems); break;
                        case "phase": o.Phase = ReadChoice(entry.Value, "phase", MessageMetadata.Phases, problems); break;
                        case "rules": o.Rules = ReadSeverities(entry.Value, knownRuleIds, problems); break;
                        default:
                            Problem(problems, entry.Key, $"Unknown override key '{key}'{FrontMatter.Suggest(key, OverrideKeys)}. Allowed: {string.Join(", ", OverrideKeys)}.");
                            break;
                    }
                }
                result.Add(o);
            }
            return result;
        }

        private static string? ReadChoice(YamlNode node, string key, string[] allowed, List<ConfigurationProblem> problems)
        {
            var v = (node as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            if (v != null && allowed.Contains(v)) return v;
            Problem(problems, node, $"'{v}' is not a {key}{FrontMatter.Suggest(v ?? "", allowed)}. Allowed: {string.Join(", ", allowed)}.");
            return null;
        }

        private static IReadOnlyList<string> ReadStrings(YamlNode node, string key, string[]? allowed, List<ConfigurationProblem> problems)
        {
            var result = new List<string>();
            IEnumerable<YamlNode> items = node is YamlSequenceNode seq ? seq.Children : new[] { node };
            foreach (var item in items)
            {
                if (!(item is YamlScalarNode s) || string.IsNullOrWhiteSpace(s.Value))
                {
                    Problem(problems, item, $"'{key}' must be a list of strings.");
                    continue;
                }
                var v = s.Value!.Trim();
                if (allowed != null && !allowed.Contains(v.ToLowerInvariant()))
                {
                    Problem(problems, item, $"'{v}' is not allowed in {key}{FrontMatter.Suggest(v, allowed)}. Allowed: {string.Join(", ", allowed)}.");
                    continue;
                }
                result.Add(allowed != null ? v.ToLowerInvariant() : v);
            }
            return result;
        }

        private static string Key(YamlNode node) => (node as YamlScalarNode)?.Value ?? node.ToString();

        private static void Problem(List<ConfigurationProblem> problems, YamlNode node, string message) =>
            problems.Add(new ConfigurationProblem(Pos(node.Start), Pos(node.End), message));

        private static LinePosition Pos(Mark mark) => new LinePosition((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

        private static string FirstLine(string s)
        {
            var i = s.IndexOfAny(new[] { '\r', '\n' });
            return i < 0 ? s : s.Substring(0, i);
        }

        private static string DirectoryOf(string path)
        {
            var p = path.Replace('\\', '/');
            var i = p.LastIndexOf('/');
            return i < 0 ? "" : p.Substring(0, i);
        }
    }
}
