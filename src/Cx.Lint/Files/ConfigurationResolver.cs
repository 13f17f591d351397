using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using Cx.Templates.Configuration;
using Cx.Templates.Rules;

namespace Cx.Lint.Files
{
    /// <summary>
    /// Finds the nearest <c>.cxlint.yml</c> above each template (like .editorconfig) and parses each
    /// file once. Problems in a configuration file are collected once per file for reporting.
    /// </summary>
    internal sealed class ConfigurationResolver
    {
        public const string FileName = ConfigurationParser.FileName;

        private readonly ConcurrentDictionary<string, string?> _configForDirectory = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Lazy<(CxConfiguration Config, List<ConfigurationProblem> Problems, string DisplayPath)>> _parsed =
            new ConcurrentDictionary<string, Lazy<(CxConfiguration, List<ConfigurationProblem>, string)>>(StringComparer.Ordinal);
        private readonly string? _explicitConfig;

        public ConfigurationResolver(string? explicitConfig)
        {
            _explicitConfig = explicitConfig == null ? null : Path.GetFullPath(explicitConfig);
        }

        /// <summary>The configuration governing a template (defaults when there is none).</summary>
        public CxConfiguration For(string templatePath)
        {
            var configPath = _explicitConfig ?? Nearest(Path.GetDirectoryName(Path.GetFullPath(templatePath)) ?? "");
            return configPath == null ? CxConfiguration.Default : Load(configPath).Config;
        }

        /// <summary>Every configuration file read so far, with its problems.</summary>
        public IEnumerable<(string DisplayPath, string FullPath, List<ConfigurationProblem> Problems)> Loaded()
        {
            foreach (var pair in _parsed)
            {
                var v = pair.Value.Value;
                yield return (v.DisplayPath, pair.Key, v.Problems);
            }
        }

        private (CxConfiguration Config, List<ConfigurationProblem> Problems, string DisplayPath) Load(string fullPath) =>
            _parsed.GetOrAdd(fullPath, p => new Lazy<(CxConfiguration, List<ConfigurationProblem>, string)>(() =>
            {
                var problems = new List<ConfigurationProblem>();
                var display = DisplayPath(p);
                string text;
                try
                {
                    text = File.ReadAllText(p);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    problems.Add(new ConfigurationProblem(new Templates.Model.LinePosition(1, 1), new Templates.Model.LinePosition(1, 1), "The configuration file cannot be read: " + ex.Message));
                    return (CxConfiguration.Default, problems, display);
                }
                var config = ConfigurationParser.Parse(text, p.Replace('\\', '/'), RuleCatalog.Ids, problems);
                return (config, problems, display);
            })).Value;

        private string? Nearest(string directory)
        {
            if (directory.Length == 0) return null;
            return _configForDirectory.GetOrAdd(directory, d =>
            {
                var candidate = Path.Combine(d, FileName);
                if (File.Exists(candidate)) return candidate;
                var parent = Path.GetDirectoryName(d);
                return parent == null || parent == d ? null : Nearest(parent);
            });
        }

        private static string DisplayPath(string fullPath)
        {
            var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
            return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
        }
    }
}
