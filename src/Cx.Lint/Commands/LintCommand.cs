using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Cx.Lint.Files;
using Cx.Lint.Formatters;
using Cx.Templates;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Lint.Commands
{
    /// <summary>Options of a lint run, as parsed from the command line.</summary>
    internal sealed class LintOptions
    {
        public IReadOnlyList<string> Paths { get; set; } = new[] { "." };
        public string Format { get; set; } = "human";
        public Severity FailLevel { get; set; } = Severity.Error;
        public string? ConfigPath { get; set; }
        public bool? Color { get; set; }

        /// <summary>--fix writes safe fixes; --fix --dry-run prints them as a diff.</summary>
        public FixMode Fix { get; set; } = FixMode.None;

        /// <summary>The progress line: null decides by itself (human output on a terminal only), false never, true always.</summary>
        public bool? Progress { get; set; }

        /// <summary>How long a run goes before the progress line appears (tests shorten it).</summary>
        public TimeSpan ProgressDelay { get; set; } = ProgressLine.Delay;
    }

    /// <summary>
    /// The main job: find templates, lint them in parallel, write findings in order as they are
    /// ready, and return the exit code (0 clean, 1 findings at the fail level, 2 usage or configuration error).
    /// </summary>
    internal static class LintCommand
    {
        public static int Run(LintOptions options, TextWriter stdout, TextWriter stderr)
        {
            if (options.ConfigPath != null && !File.Exists(options.ConfigPath))
            {
                stderr.WriteLine($"cx-lint: configuration file '{options.ConfigPath}' does not exist");
                return 2;
            }
            // The engine's start-up work (phrase lists) begins on a spare thread while files are found and the
            // workers start; what it has not finished, the workers build themselves on first use.
            new Thread(PrepareEngine) { IsBackground = true, Name = "cx-prepare" }.Start();
            var configs = new ConfigurationResolver(options.ConfigPath);
            var discovery = new FileDiscovery(configs);
            var formatter = CreateFormatter(options, stdout);
            var summary = new RunSummary();
            var failed = false;
            formatter.Begin(stdout);

            var files = discovery.Expand(options.Paths).ToList();
            var results = LintAll(configs, files, options.Fix);
            var progress = options.Progress ?? ShowProgress(options, stdout, stderr)
                ? new ProgressLine(stderr, stdout, files.Count, options.ProgressDelay)
                : null;
            var done = 0;
            foreach (var report in results)
            {
                summary.Add(report);
                if (report.Diagnostics.Count > 0) progress?.Clear();
                formatter.File(report);
                if (!failed)
                {
                    foreach (var d in report.Diagnostics)
                        if (d.Severity >= options.FailLevel && d.Severity != Severity.Off) { failed = true; break; }
                }
                progress?.Update(++done, summary.Errors + summary.Warnings + summary.Infos);
            }
            progress?.Clear();

            // Configuration problems are reported once per file, after the templates it governs.
            var configError = false;
            foreach (var (display, _, problems) in configs.Loaded().OrderBy(c => c.DisplayPath, StringComparer.Ordinal))
            {
                if (problems.Count == 0) continue;
                configError = true;
                var diagnostics = problems.Select(p => new Diagnostic(ToolRules.InvalidConfiguration, Severity.Error, p.Message, new SourceSpan(0, 0), p.Start, p.End)).ToList();
                string? text = null;
                try { text = File.ReadAllText(Path.GetFullPath(display)); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                var report = new FileReport(display, "config", diagnostics, null, text);
                summary.Add(report);
                formatter.File(report);
            }

            formatter.End(summary);
            stdout.Flush();
            foreach (var e in discovery.Errors) stderr.WriteLine(e);
            if (configError) stderr.WriteLine("cx-lint: the configuration has errors (CX0002); fix them so the rules run as intended");
            if (configError || discovery.Errors.Count > 0) return 2;
            if (summary.Files == 0)
            {
                stderr.WriteLine("cx-lint: no templates to lint");
                return 2;
            }
            return failed ? 1 : 0;
        }

        private static IFormatter CreateFormatter(LintOptions options, TextWriter stdout) => options.Format switch
        {
            "json" => new JsonFormatter(),
            "sarif" => new SarifFormatter(),
            "github" => new GitHubFormatter(),
            _ => new HumanFormatter(options.Color ?? UseColor(stdout)),
        };

        /// <summary>Progress only for human output with both streams on a terminal: never in redirected or machine-read output.</summary>
        private static bool ShowProgress(LintOptions options, TextWriter stdout, TextWriter stderr)
        {
            if (options.Format != "human" || Environment.GetEnvironmentVariable("TERM") == "dumb") return false;
            return IsConsole(stdout) && !Console.IsOutputRedirected && IsConsoleError(stderr) && !Console.IsErrorRedirected;
        }

        private static bool IsConsole(TextWriter w) => w == Console.Out || w is Program.ConsoleWriter;

        private static bool IsConsoleError(TextWriter w) => w == Console.Error;

        private static bool UseColor(TextWriter stdout)
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))) return false;
            if (Environment.GetEnvironmentVariable("TERM") == "dumb") return false;
            return IsConsole(stdout) && !Console.IsOutputRedirected;
        }

        private static void PrepareEngine()
        {
            try
            {
                Linter.Prepare();
            }
            catch (Exception)
            {
                // Nothing is lost: a list that cannot be built fails again where a rule asks for it, and that
                // rule's failure is reported on the template (CX0004) instead of ending the run from this thread.
            }
        }

        /// <summary>
        /// The reports of <paramref name="files"/>, in their order, as they finish: linted on one long-lived
        /// large-stack worker per core, at most a small window of reports held (bounded memory at any N).
        /// </summary>
        internal static IEnumerable<FileReport> LintAll(ConfigurationResolver configs, IReadOnlyList<TemplateFile> files, FixMode fix = FixMode.None)
        {
            var linter = Linter.Default;
            var workers = Math.Max(1, Environment.ProcessorCount);
            return OrderedParallel.Run(files, f => LintFile(linter, configs, f, fix), workers, LargeStack, window: 16 * workers);
        }

        internal static FileReport LintFile(Linter linter, ConfigurationResolver configs, TemplateFile file, FixMode fix = FixMode.None)
        {
            var text = TemplateReader.Read(file.FullPath, out var error, out var errorOffset, out var errorPosition);
            if (text == null)
            {
                var d = new Diagnostic(ToolRules.TemplateSyntaxError, Severity.Error, $"This file {error}.", new SourceSpan(errorOffset, errorOffset),
                    errorPosition, errorPosition);
                return new FileReport(file.DisplayPath, file.Syntax.ToText(), new[] { d }, null, null);
            }
            var config = configs.For(file.FullPath);
            var source = new TemplateSource(file.FullPath.Replace('\\', '/'), text, file.Syntax);
            LintResult result;
            try
            {
                result = RunWithLargeStack(() => linter.Lint(source, config));
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                var d = new Diagnostic(ToolRules.AnalysisFailure, Severity.Info, $"Cx could not analyse this file ({ex.GetType().Name}: {ex.Message}).",
                    new SourceSpan(0, 0), new LinePosition(1, 1), new LinePosition(1, 1));
                return new FileReport(file.DisplayPath, file.Syntax.ToText(), new[] { d }, null, text);
            }
            string? diff = null;
            if (fix != FixMode.None)
            {
                var (after, fixDiff, fixError) = FixCommand.Run(linter, source, config, result, fix, file.DisplayPath, file.FullPath);
                if (fixError != null)
                {
                    var failure = new Diagnostic(ToolRules.AnalysisFailure, Severity.Info, "--fix: " + fixError + ".", new SourceSpan(0, 0), new LinePosition(1, 1), new LinePosition(1, 1));
                    return new FileReport(file.DisplayPath, file.Syntax.ToText(), result.Diagnostics.Concat(new[] { failure }).ToList(), result.Model.HasSyntaxErrors ? null : result.Levels, text);
                }
                // Written: report what remains in the new text. Dry run: the file is unchanged, so report it as it is.
                if (fix == FixMode.Write)
                {
                    result = after;
                    text = after.Source.Text;
                }
                diff = fixDiff;
            }
            // A template that does not parse has no levels: the scorecard counts only what was read.
            return new FileReport(file.DisplayPath, file.Syntax.ToText(), result.Diagnostics, result.Model.HasSyntaxErrors ? null : result.Levels, text) { Diff = diff };
        }

        private const int LargeStack = 256 * 1024 * 1024;

        /// <summary>
        /// Deeply nested templates recurse deep inside the parsers; a stack overflow cannot be caught in
        /// .NET, so each file is linted on a thread with a 256 MB stack.
        /// </summary>
        private static T RunWithLargeStack<T>(Func<T> work)
        {
            // The run's worker threads already have that stack: no thread per file.
            if (OrderedParallel.OnWorkerThread) return work();
            T result = default!;
            Exception? error = null;
            var thread = new Thread(() =>
            {
                try { result = work(); }
                catch (Exception ex) { error = ex; }
            }, LargeStack);
            thread.Start();
            thread.Join();
            if (error != null) throw error;
            return result;
        }
    }
}
