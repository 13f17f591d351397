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
        public static readonly string[] TopLevelKeys = { "rules", "overrides", "customer_roots", "advise_kinds", "include", "exclude", "channels", "glossary", "metadata", "csharp" };
        private static readonly string[] ChannelKeys = { "response", "max_length" };
        private static readonly string[] MetadataKeys = { "files", "kind", "channel", "phase", "locale" };
        private static readonly string[] CSharpKeys = { "message_sinks" };
        private static readonly System.Text.RegularExpressions.Regex SinkPattern =
            new System.Text.RegularExpressions.Regex(@"^\s*(?:[A-Za-z_][A-Za-z0-9_]*\.)*[A-Za-z_][A-Za-z0-9_]*\s*\(\s*[A-Za-z_][A-Za-z0-9_]*\s*\)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
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
                    case "channels":
                        config.Channels = ReadChannels(entry.Value, problems);
                        break;
                    case "glossary":
                        config.Glossary = ReadStrings(entry.Value, "glossary", null, problems);
                        break;
                    case "metadata":
                        config.Metadata = ReadMetadata(entry.Value, problems);
                        break;
                    case "csharp":
                        config.MessageSinks = ReadCSharp(entry.Value, problems);
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

        /// <summary><c>csharp: { message_sinks: ["SendSms(body)", "Acme.Mail.Mailer.Send(htmlBody)"] }</c>: only the analyzer reads it.</summary>
        private static IReadOnlyList<string> ReadCSharp(YamlNode node, List<ConfigurationProblem> problems)
        {
            var sinks = new List<string>();
            if (node is YamlScalarNode s && string.IsNullOrEmpty(s.Value)) return sinks;
            if (!(node is YamlMappingNode map))
            {
                Problem(problems, node, "'csharp' must be a mapping, e.g. 'csharp: { message_sinks: [\"SendSms(body)\"] }'.");
                return sinks;
            }
            foreach (var entry in map.Children)
            {
                var key = Key(entry.Key);
                if (key != "message_sinks")
                {
                    Problem(problems, entry.Key, $"Unknown key '{key}' in csharp{FrontMatter.Suggest(key, CSharpKeys)}. Allowed: {string.Join(", ", CSharpKeys)}.");
                    continue;
                }
                IEnumerable<YamlNode> items = entry.Value is YamlSequenceNode seq ? seq.Children : new[] { entry.Value };
                foreach (var item in items)
                {
                    var v = (item as YamlScalarNode)?.Value;
                    if (v == null || !SinkPattern.IsMatch(v))
                    {
                        Problem(problems, item, $"'{v}' is not a message sink. Write the method and the parameter that receives the message: 'SendSms(body)' or 'Acme.Mail.Mailer.Send(htmlBody)'.");
                        continue;
                    }
                    sinks.Add(v.Replace(" ", "").Replace("\t", ""));
                }
            }
            return sinks;
        }

        private static IReadOnlyDictionary<string, ChannelStandard> ReadChannels(YamlNode node, List<ConfigurationProblem> problems)
        {
            var result = new Dictionary<string, ChannelStandard>(ChannelStandard.Defaults.ToDictionary(p => p.Key, p => p.Value), StringComparer.OrdinalIgnoreCase);
            if (!(node is YamlMappingNode map))
            {
                Problem(problems, node, "'channels' maps a channel to its standard, e.g. 'channels: { sms: { response: 2h, max_length: 320 } }'.");
                return result;
            }
            foreach (var entry in map.Children)
            {
                var channel = Key(entry.Key).ToLowerInvariant();
                if (!MessageMetadata.Channels.Contains(channel))
                {
                    Problem(problems, entry.Key, $"'{channel}' is not a channel{FrontMatter.Suggest(channel, MessageMetadata.Channels)}. Allowed: {string.Join(", ", MessageMetadata.Channels)}.");
                    continue;
                }
                var current = ChannelStandard.Defaults.TryGetValue(channel, out var d) ? d : new ChannelStandard(null, null);
                var response = current.Response;
                var maxLength = current.MaxLength;
                if (!(entry.Value is YamlMappingNode settings))
                {
                    Problem(problems, entry.Value, $"The standard of '{channel}' must be a mapping with {string.Join(", ", ChannelKeys)}.");
                    continue;
                }
                foreach (var s in settings.Children)
                {
                    var key = Key(s.Key);
                    var value = (s.Value as YamlScalarNode)?.Value;
                    switch (key)
                    {
                        case "response":
                            if (ChannelStandard.TryParseDuration(value, out var span)) response = span;
                            else Problem(problems, s.Value, $"'{value}' is not a duration. Write it like 30m, 2h, 3d or 1w.");
                            break;
                        case "max_length":
                            if (int.TryParse(value, out var n) && n > 0) maxLength = n;
                            else Problem(problems, s.Value, $"'{value}' is not a length. Write a positive number of characters.");
                            break;
                        default:
                            Problem(problems, s.Key, $"Unknown key '{key}' for channel {channel}{FrontMatter.Suggest(key, ChannelKeys)}. Allowed: {string.Join(", ", ChannelKeys)}.");
                            break;
                    }
                }
                result[channel] = new ChannelStandard(response, maxLength);
            }
            return result;
        }

        private static IReadOnlyList<MetadataRule> ReadMetadata(YamlNode node, List<ConfigurationProblem> problems)
        {
            var result = new List<MetadataRule>();
            if (!(node is YamlSequenceNode seq))
            {
                Problem(problems, node, "'metadata' must be a list of entries like '- files: \"sms/**\"\n  channel: sms'.");
                return result;
            }
            foreach (var item in seq.Children)
            {
                if (!(item is YamlMappingNode map))
                {
                    Problem(problems, item, "Each metadata entry must be a mapping with files and kind/channel/phase/locale.");
                    continue;
                }
                var rule = new MetadataRule();
                foreach (var entry in map.Children)
                {
                    var key = Key(entry.Key);
                    switch (key)
                    {
                        case "files": rule.Files = ReadStrings(entry.Value, "files", null, problems).Select(g => new Glob(g)).ToArray(); break;
                        case "kind": rule.Kind = ReadChoice(entry.Value, "kind", MessageMetadata.Kinds, problems); break;
                        case "channel": rule.Channel = ReadChoice(entry.Value, "channel", MessageMetadata.Channels, problems); break;
                        case "phase": rule.Phase = ReadChoice(entry.Value, "phase", MessageMetadata.Phases, problems); break;
                        case "locale": rule.Locale = (entry.Value as YamlScalarNode)?.Value; break;
                        default:
                            Problem(problems, entry.Key, $"Unknown metadata key '{key}'{FrontMatter.Suggest(key, MetadataKeys)}. Allowed: {string.Join(", ", MetadataKeys)}.");
                            break;
                    }
                }
                result.Add(rule);
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
