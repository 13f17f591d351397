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
        /// <summary>The configuration file's name, looked for by the CLI beside the templates and by the analyzer among AdditionalFiles.</summary>
        public const string FileName = ".cxlint.yml";

        public static readonly string[] TopLevelKeys = { "rules", "overrides", "customer_roots", "advise_kinds", "include", "exclude", "channels", "glossary", "metadata", "house_rules", "csharp" };
        private static readonly string[] HouseRuleKeys = { "id", "type", "dimension", "level", "message", "phrases", "swap" };
        private static readonly string[] HouseLevels = { "bad", "middle-of-the-road" };
        private static readonly System.Text.RegularExpressions.Regex HouseId =
            new System.Text.RegularExpressions.Regex(@"^[A-Z][A-Z0-9]{1,9}[0-9]{3,4}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        private static readonly string[] ChannelKeys = { "response", "max_length" };
        private static readonly string[] MetadataKeys = { "files", "kind", "channel", "phase", "locale", "syntax" };
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
                problems.Add(new ConfigurationProblem(Pos(ex.Start), Pos(ex.End), "Not valid YAML: " + Text.PlainText.FirstLine(ex.Message)));
                return config;
            }
            catch (Exception ex) when (ex is InvalidOperationException || ex is ArgumentException || ex is IndexOutOfRangeException)
            {
                // YamlDotNet's scanner can fail outside YamlException on some malformed input.
                problems.Add(new ConfigurationProblem(new LinePosition(1, 1), new LinePosition(1, 1), "Not valid YAML: " + Text.PlainText.FirstLine(ex.Message)));
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
            // House rules first: their ids are valid keys of 'rules:' and 'overrides:' wherever those appear.
            var known = new HashSet<string>(knownRuleIds, StringComparer.OrdinalIgnoreCase);
            foreach (var entry in map.Children)
            {
                if (Key(entry.Key) != "house_rules") continue;
                config.HouseRules = ReadHouseRules(entry.Value, known, path, problems);
                foreach (var h in config.HouseRules) known.Add(h.Id);
            }
            knownRuleIds = known;
            foreach (var entry in map.Children)
            {
                var key = Key(entry.Key);
                switch (key)
                {
                    case "house_rules":
                        break;
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
                        {
                            var syntaxes = new List<SyntaxRule>();
                            config.Metadata = ReadMetadata(entry.Value, problems, syntaxes);
                            config.Syntaxes = syntaxes;
                            break;
                        }
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

        private static IReadOnlyList<HouseRuleDefinition> ReadHouseRules(YamlNode node, ICollection<string> builtIn, string? path, List<ConfigurationProblem> problems)
        {
            var result = new List<HouseRuleDefinition>();
            if (!(node is YamlSequenceNode seq))
            {
                Problem(problems, node, "'house_rules' must be a list of rules with id, type, dimension, level, message and phrases or swap.");
                return result;
            }
            var dimensions = EnumText.ScoredDimensions.Select(d => d.ToText()).ToArray();
            foreach (var item in seq.Children)
            {
                if (!(item is YamlMappingNode map))
                {
                    Problem(problems, item, "Each house rule must be a mapping with id, type, dimension, level, message and phrases or swap.");
                    continue;
                }
                string? id = null, type = null, message = null;
                var dimension = Dimension.Insights;
                var level = Level.MiddleOfTheRoad;
                var phrases = new List<string>();
                var swaps = new List<KeyValuePair<string, string>>();
                var ok = true;
                foreach (var entry in map.Children)
                {
                    var key = Key(entry.Key);
                    var value = (entry.Value as YamlScalarNode)?.Value;
                    switch (key)
                    {
                        case "id":
                            if (value != null && HouseId.IsMatch(value) && !value.StartsWith("CX", StringComparison.Ordinal) && !builtIn.Contains(value)) id = value;
                            else { ok = false; Problem(problems, entry.Value, $"'{value}' is not a house rule id: use your own prefix and a number, like ACME001 (CX ids belong to Cx)."); }
                            break;
                        case "type":
                            type = ReadChoice(entry.Value, "house rule type", HouseRuleDefinition.Types, problems);
                            ok &= type != null;
                            break;
                        case "dimension":
                            var d = ReadChoice(entry.Value, "dimension", dimensions, problems);
                            if (d == null) ok = false; else dimension = EnumText.ScoredDimensions.First(x => x.ToText() == d);
                            break;
                        case "level":
                            var l = ReadChoice(entry.Value, "level", HouseLevels, problems);
                            if (l == null) ok = false; else level = l == "bad" ? Level.Bad : Level.MiddleOfTheRoad;
                            break;
                        case "message":
                            message = value;
                            break;
                        case "phrases":
                            phrases.AddRange(ReadStrings(entry.Value, "phrases", null, problems));
                            break;
                        case "swap":
                            if (entry.Value is YamlMappingNode swapMap)
                            {
                                foreach (var sw in swapMap.Children)
                                {
                                    var from = Key(sw.Key);
                                    var to = (sw.Value as YamlScalarNode)?.Value ?? "";
                                    // A replacement that still contains the phrase would change again on every --fix.
                                    if (to.IndexOf(from, StringComparison.OrdinalIgnoreCase) >= 0 || from.IndexOf("{var}", StringComparison.Ordinal) >= 0)
                                    {
                                        ok = false;
                                        Problem(problems, sw.Key, $"The swap '{from}' → '{to}' cannot be applied safely: the replacement must not contain the phrase, and a swap cannot span a template variable.");
                                        continue;
                                    }
                                    swaps.Add(new KeyValuePair<string, string>(from, to));
                                }
                            }
                            else { ok = false; Problem(problems, entry.Value, "'swap' maps the words to replace to their replacement, e.g. 'swap: { utilise: use }'."); }
                            break;
                        default:
                            Problem(problems, entry.Key, $"Unknown house rule key '{key}'{FrontMatter.Suggest(key, HouseRuleKeys)}. Allowed: {string.Join(", ", HouseRuleKeys)}.");
                            ok = false;
                            break;
                    }
                }
                if (id == null || type == null || string.IsNullOrWhiteSpace(message))
                {
                    if (ok) Problem(problems, item, "A house rule needs an id, a type (existence or substitution) and a message.");
                    continue;
                }
                if (type == "existence" && phrases.Count == 0) { Problem(problems, item, $"House rule {id} is an existence rule: give it 'phrases'."); continue; }
                if (type == "substitution" && swaps.Count == 0) { Problem(problems, item, $"House rule {id} is a substitution rule: give it 'swap'."); continue; }
                if (!ok) continue;
                try
                {
                    var definition = new HouseRuleDefinition(id, type, dimension, level, message!, phrases, swaps, path);
                    _ = new Rules.HouseRule(definition); // compile the phrases now, so a bad pattern is reported here
                    result.Add(definition);
                }
                catch (ArgumentException ex)
                {
                    Problem(problems, item, $"House rule {id} has a phrase that is not a valid pattern: {ex.Message}");
                }
            }
            return result;
        }

        private static IReadOnlyList<MetadataRule> ReadMetadata(YamlNode node, List<ConfigurationProblem> problems, List<SyntaxRule> syntaxes)
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
                        case "syntax":
                            {
                                var v = (entry.Value as YamlScalarNode)?.Value;
                                if (EnumText.TryParseSyntax(v, out var syntax)) syntaxes.Add(new SyntaxRule(rule, syntax));
                                else Problem(problems, entry.Value, $"'{v}' is not a template syntax{FrontMatter.Suggest((v ?? "").ToLowerInvariant(), EnumText.SyntaxNames)}. Allowed: {string.Join(", ", EnumText.SyntaxNames)}.");
                                break;
                            }
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


        private static string DirectoryOf(string path)
        {
            var p = path.Replace('\\', '/');
            var i = p.LastIndexOf('/');
            return i < 0 ? "" : p.Substring(0, i);
        }
    }
}
