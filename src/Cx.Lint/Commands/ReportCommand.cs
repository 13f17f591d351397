using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cx.Lint.Files;
using Cx.Lint.Formatters;
using Cx.Templates;

namespace Cx.Lint.Commands
{
    /// <summary><c>cx-lint report [PATH…] --html FILE</c>: lints like the main command and writes the scorecard page.</summary>
    internal static class ReportCommand
    {
        public static int Run(IReadOnlyList<string> paths, string htmlPath, string? configPath, TextWriter stdout, TextWriter stderr)
        {
            if (configPath != null && !File.Exists(configPath))
            {
                stderr.WriteLine($"cx-lint: configuration file '{configPath}' does not exist");
                return 2;
            }
            var configs = new ConfigurationResolver(configPath);
            var discovery = new FileDiscovery(configs);
            var report = new HtmlReport();
            var summary = new RunSummary();
            foreach (var file in LintCommand.LintAll(configs, discovery.Expand(paths.Count == 0 ? new[] { "." } : paths).ToList()))
            {
                summary.Add(file);
                report.Add(file);
            }
            foreach (var e in discovery.Errors) stderr.WriteLine(e);
            if (summary.Files == 0)
            {
                stderr.WriteLine("cx-lint: no templates to report on");
                return 2;
            }
            try
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(htmlPath));
                if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
                using var writer = new StreamWriter(htmlPath, false, new System.Text.UTF8Encoding(false));
                report.Write(writer, summary, DateTime.Now);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                stderr.WriteLine($"cx-lint: cannot write '{htmlPath}': {ex.Message}");
                return 2;
            }
            stdout.WriteLine($"cx-lint: wrote the scorecard of {summary.Templates} templates to {htmlPath}");
            return discovery.Errors.Count > 0 ? 2 : 0;
        }
    }
}
