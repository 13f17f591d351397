using System.Collections.Generic;
using System.IO;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Lint.Formatters
{
    /// <summary>What cx-lint reports about one file: a template, or a configuration file with problems.</summary>
    internal sealed class FileReport
    {
        public FileReport(string path, string syntax, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<Dimension, Level>? levels, string? text)
        {
            Path = path;
            Syntax = syntax;
            Diagnostics = diagnostics;
            Levels = levels;
            Text = text;
        }

        /// <summary>The path as the user gave it or as found under the path they gave (relative stays relative), '/'-separated.</summary>
        public string Path { get; }

        /// <summary>scriban, liquid, markdown, text, or "config" for a .cxlint.yml.</summary>
        public string Syntax { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>Per-dimension levels; null for files that are not templates (configuration).</summary>
        public IReadOnlyDictionary<Dimension, Level>? Levels { get; }

        /// <summary>The file's text, for source excerpts; null when it could not be read.</summary>
        public string? Text { get; }

        /// <summary>With --fix --dry-run: the unified diff the safe fixes would make.</summary>
        public string? Diff { get; init; }
    }

    /// <summary>Totals of a run, and the scorecard: per dimension, how many templates are at each level.</summary>
    internal sealed class RunSummary
    {
        public int Files { get; set; }
        public int Templates { get; set; }
        public int Errors { get; set; }
        public int Warnings { get; set; }
        public int Infos { get; set; }
        public Dictionary<Dimension, int[]> Scorecard { get; } = new Dictionary<Dimension, int[]>();

        public void Add(FileReport report)
        {
            // "files" counts templates; a configuration file with problems is reported but is not one.
            if (report.Syntax != "config") Files++;
            foreach (var d in report.Diagnostics)
            {
                switch (d.Severity)
                {
                    case Severity.Error: Errors++; break;
                    case Severity.Warning: Warnings++; break;
                    case Severity.Info: Infos++; break;
                }
            }
            if (report.Levels == null) return;
            Templates++;
            foreach (var pair in report.Levels)
            {
                if (!Scorecard.TryGetValue(pair.Key, out var counts)) Scorecard[pair.Key] = counts = new int[3];
                counts[(int)pair.Value]++;
            }
        }

        public int CountAt(Dimension dimension, Level level) =>
            Scorecard.TryGetValue(dimension, out var c) ? c[(int)level] : 0;
    }

    /// <summary>An output format. Files arrive in a stable order as they are linted; a formatter writes as it goes.</summary>
    internal interface IFormatter
    {
        void Begin(TextWriter output);
        void File(FileReport report);
        void End(RunSummary summary);
    }
}
