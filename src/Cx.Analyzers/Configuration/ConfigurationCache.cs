using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Cx.Templates.Configuration;
using Cx.Templates.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Cx.Analyzers.Configuration
{
    /// <summary>One <c>.cxlint.yml</c> as the analyzer received it: parsed with the CLI's parser, with its problems.</summary>
    internal sealed class ConfigFile
    {
        public ConfigFile(string path, CxConfiguration configuration, IReadOnlyList<ConfigurationProblem> problems)
        {
            Path = path;
            Directory = DirectoryOf(path);
            Configuration = configuration;
            Problems = problems;
            Sinks = MessageSink.ParseAll(configuration.MessageSinks);
        }

        public string Path { get; }

        /// <summary>The directory the file governs, '/'-separated, with a trailing '/'.</summary>
        public string Directory { get; }

        public CxConfiguration Configuration { get; }
        public IReadOnlyList<ConfigurationProblem> Problems { get; }
        public IReadOnlyList<MessageSink> Sinks { get; }

        internal static string Normalize(string path) => path.Replace('\\', '/');

        internal static string DirectoryOf(string path)
        {
            var p = Normalize(path);
            var i = p.LastIndexOf('/');
            return i < 0 ? "" : p.Substring(0, i + 1);
        }
    }

    /// <summary>
    /// Parses each configuration text once, keyed by path and content: the IDE re-creates
    /// compilations on every keystroke, the file rarely changes. Bounded so it never grows without limit.
    /// </summary>
    internal static class ConfigurationCache
    {
        public const string FileName = ConfigurationParser.FileName;
        private const int Capacity = 64;

        private static readonly ConcurrentDictionary<(string Path, string Content), ConfigFile> Cache =
            new ConcurrentDictionary<(string, string), ConfigFile>();

        public static bool IsConfigurationFile(string path) =>
            Normalize(path).EndsWith("/" + FileName, StringComparison.OrdinalIgnoreCase) || string.Equals(path, FileName, StringComparison.OrdinalIgnoreCase);

        public static ConfigFile Get(string path, SourceText text)
        {
            var content = text.ToString();
            var key = (Normalize(path), content);
            if (Cache.TryGetValue(key, out var cached)) return cached;
            if (Cache.Count >= Capacity) Cache.Clear();
            var problems = new List<ConfigurationProblem>();
            var config = ConfigurationParser.Parse(content, key.Item1, RuleCatalog.Ids, problems);
            return Cache.GetOrAdd(key, new ConfigFile(key.Item1, config, problems));
        }

        private static string Normalize(string path) => ConfigFile.Normalize(path);
    }

    /// <summary>The configuration files of one compilation; for each path, the nearest one above it wins, as in the CLI.</summary>
    internal sealed class ConfigSet
    {
        private static readonly ConfigFile Defaults = new ConfigFile("", CxConfiguration.Default, Array.Empty<ConfigurationProblem>());
        private readonly List<ConfigFile> _files;
        private readonly ConcurrentDictionary<string, ConfigFile> _byDirectory = new ConcurrentDictionary<string, ConfigFile>(StringComparer.Ordinal);

        public ConfigSet(IEnumerable<ConfigFile> files)
        {
            _files = new List<ConfigFile>(files);
            // Deepest directory first: the nearest file wins.
            _files.Sort((a, b) => b.Directory.Length.CompareTo(a.Directory.Length));
            foreach (var f in _files)
                if (f.Sinks.Count > 0) HasSinks = true;
        }

        public IReadOnlyList<ConfigFile> Files => _files;

        public bool HasSinks { get; }

        public ConfigFile For(string? path)
        {
            if (_files.Count == 0) return Defaults;
            var directory = ConfigFile.DirectoryOf(path ?? "");
            return _byDirectory.GetOrAdd(directory, d =>
            {
                foreach (var f in _files)
                    if (d.StartsWith(f.Directory, StringComparison.OrdinalIgnoreCase)) return f;
                // No configuration above the file: the defaults, as in the CLI.
                return Defaults;
            });
        }

        public static ConfigSet From(IEnumerable<AdditionalText> additionalFiles, System.Threading.CancellationToken cancellationToken)
        {
            var files = new List<ConfigFile>();
            foreach (var file in additionalFiles)
            {
                if (!ConfigurationCache.IsConfigurationFile(file.Path)) continue;
                var text = file.GetText(cancellationToken);
                if (text == null) continue;
                files.Add(ConfigurationCache.Get(file.Path, text));
            }
            return new ConfigSet(files);
        }
    }
}
