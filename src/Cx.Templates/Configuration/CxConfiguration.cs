using System;
using System.Collections.Generic;
using System.Linq;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Templates.Configuration
{
    /// <summary>
    /// The settings of one <c>.cxlint.yml</c>: rule severities, overrides per file glob, kind,
    /// channel and phase, and what the rules need to know about the message library. Immutable
    /// after parsing, shared by every template the file governs.
    /// </summary>
    public sealed class CxConfiguration
    {
        public static readonly string[] DefaultCustomerRoots = { "customer", "user", "recipient", "contact" };
        public static readonly string[] DefaultAdviseKinds = { "support-reply", "proposal", "follow-up", "complaint-response" };

        public static readonly CxConfiguration Default = new CxConfiguration();

        /// <summary>Path of the file this came from, or null for the defaults.</summary>
        public string? Path { get; internal set; }

        /// <summary>Directory that <see cref="ConfigOverride.Files"/> globs and include/exclude are relative to ('/'-separated).</summary>
        public string? BaseDirectory { get; internal set; }

        public IReadOnlyDictionary<string, Severity> Rules { get; internal set; } = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        public IReadOnlyList<ConfigOverride> Overrides { get; internal set; } = Array.Empty<ConfigOverride>();
        public IReadOnlyList<string> CustomerRoots { get; internal set; } = DefaultCustomerRoots;
        public IReadOnlyList<string> AdviseKinds { get; internal set; } = DefaultAdviseKinds;
        public IReadOnlyList<string> Include { get; internal set; } = Array.Empty<string>();
        public IReadOnlyList<string> Exclude { get; internal set; } = Array.Empty<string>();

        /// <summary>
        /// <c>csharp: message_sinks:</c>, read only by the Roslyn analyzer: methods whose argument is a
        /// customer message, as <c>Name(parameter)</c> or <c>Namespace.Type.Name(parameter)</c>.
        /// </summary>
        public IReadOnlyList<string> MessageSinks { get; internal set; } = Array.Empty<string>();

        /// <summary>Response standards and length budgets per channel (<c>channels:</c>), over <see cref="ChannelStandard.Defaults"/>.</summary>
        public IReadOnlyDictionary<string, ChannelStandard> Channels { get; internal set; } = ChannelStandard.Defaults;

        /// <summary>Terms the customers know, so CX4002 does not ask for them to be explained (<c>glossary:</c>).</summary>
        public IReadOnlyList<string> Glossary { get; internal set; } = Array.Empty<string>();

        /// <summary>Kind, channel and phase per file glob (<c>metadata:</c>) for templates without front matter.</summary>
        public IReadOnlyList<MetadataRule> Metadata { get; internal set; } = Array.Empty<MetadataRule>();

        /// <summary>The team's own rules (<c>house_rules:</c>), run after the built-in ones.</summary>
        public IReadOnlyList<HouseRuleDefinition> HouseRules { get; internal set; } = Array.Empty<HouseRuleDefinition>();

        private IReadOnlyList<Rules.Rule>? _houseRuleInstances;

        /// <summary>House rules compiled once per configuration file, shared by every template it governs.</summary>
        public IReadOnlyList<Rules.Rule> HouseRuleInstances
        {
            get
            {
                if (_houseRuleInstances != null) return _houseRuleInstances;
                var list = HouseRules.Select(h => (Rules.Rule)new Rules.HouseRule(h)).ToArray();
                System.Threading.Interlocked.CompareExchange(ref _houseRuleInstances, list, null);
                return _houseRuleInstances!;
            }
        }

        /// <summary><c>syntax:</c> of the <c>metadata:</c> entries, in file order: the template language per file glob.</summary>
        public IReadOnlyList<SyntaxRule> Syntaxes { get; internal set; } = Array.Empty<SyntaxRule>();

        /// <summary>The syntax <c>metadata: - files: … syntax: …</c> gives a file (the last matching entry wins), or null.</summary>
        public TemplateSyntax? SyntaxFor(string path)
        {
            if (Syntaxes.Count == 0) return null;
            var relative = RelativePath(path);
            TemplateSyntax? result = null;
            foreach (var s in Syntaxes)
            {
                if (s.Entry.Files.Count > 0 && !s.Entry.Files.Any(g => g.IsMatch(relative))) continue;
                result = s.Syntax;
            }
            return result;
        }

        public ChannelStandard? ChannelFor(string? channel) =>
            channel != null && Channels.TryGetValue(channel, out var c) ? c : null;

        /// <summary>What <c>metadata:</c> says of a file: later entries win; front matter wins over all of them.</summary>
        public MessageMetadata? MetadataFor(string path)
        {
            if (Metadata.Count == 0) return null;
            var relative = RelativePath(path);
            MessageMetadata? result = null;
            foreach (var m in Metadata)
            {
                if (m.Files.Count > 0 && !m.Files.Any(g => g.IsMatch(relative))) continue;
                result ??= new MessageMetadata();
                result.Kind = m.Kind ?? result.Kind;
                result.Channel = m.Channel ?? result.Channel;
                result.Phase = m.Phase ?? result.Phase;
                result.Locale = m.Locale ?? result.Locale;
            }
            return result;
        }

        /// <summary>The severity of a rule for one message: default, then <c>rules:</c>, then each matching override in order.</summary>
        public Severity SeverityFor(RuleDescriptor rule, MessageMetadata metadata, string path)
        {
            var severity = rule.DefaultSeverity;
            if (Rules.TryGetValue(rule.Id, out var s)) severity = s;
            foreach (var o in Overrides)
            {
                if (!o.Matches(metadata, RelativePath(path))) continue;
                if (o.Rules.TryGetValue(rule.Id, out var os)) severity = os;
            }
            return severity;
        }

        /// <summary>A template path relative to this file's directory, '/'-separated, for glob matching.</summary>
        public string RelativePath(string path)
        {
            var p = path.Replace('\\', '/');
            if (p.StartsWith("./", StringComparison.Ordinal)) p = p.Substring(2);
            if (string.IsNullOrEmpty(BaseDirectory)) return p;
            var b = BaseDirectory!.Replace('\\', '/').TrimEnd('/') + "/";
            return p.StartsWith(b, StringComparison.Ordinal) ? p.Substring(b.Length) : p;
        }

        private Glob[]? _include;
        private Glob[]? _exclude;

        /// <summary>Whether a directory walk takes this file: not excluded, and included when <c>include:</c> is set.</summary>
        public bool IsIncluded(string path)
        {
            _include ??= Include.Select(g => new Glob(g)).ToArray();
            _exclude ??= Exclude.Select(g => new Glob(g)).ToArray();
            var relative = RelativePath(path);
            if (_exclude.Any(g => g.IsMatch(relative))) return false;
            return _include.Length == 0 || _include.Any(g => g.IsMatch(relative));
        }

        public bool IsCustomerRoot(string root)
        {
            foreach (var r in CustomerRoots) if (string.Equals(r, root, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
    }

    /// <summary>A <c>syntax:</c> set in one <c>metadata:</c> entry, for the files that entry's globs match.</summary>
    public sealed class SyntaxRule
    {
        public SyntaxRule(MetadataRule entry, TemplateSyntax syntax)
        {
            Entry = entry;
            Syntax = syntax;
        }

        public MetadataRule Entry { get; }
        public TemplateSyntax Syntax { get; }
    }

    /// <summary>One entry of <c>overrides:</c>: severities for the messages that match every given condition.</summary>
    public sealed class ConfigOverride
    {
        public IReadOnlyList<Glob> Files { get; internal set; } = Array.Empty<Glob>();
        public string? Kind { get; internal set; }
        public string? Channel { get; internal set; }
        public string? Phase { get; internal set; }
        public IReadOnlyDictionary<string, Severity> Rules { get; internal set; } = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);

        public bool Matches(MessageMetadata metadata, string relativePath)
        {
            if (Kind != null && !string.Equals(Kind, metadata.Kind, StringComparison.OrdinalIgnoreCase)) return false;
            if (Channel != null && !string.Equals(Channel, metadata.Channel, StringComparison.OrdinalIgnoreCase)) return false;
            if (Phase != null && !string.Equals(Phase, metadata.Phase, StringComparison.OrdinalIgnoreCase)) return false;
            if (Files.Count > 0)
            {
                var any = false;
                foreach (var g in Files) if (g.IsMatch(relativePath)) { any = true; break; }
                if (!any) return false;
            }
            return true;
        }
    }
}
