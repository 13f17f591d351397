using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Cx.Lint.Commands;
using Cx.Templates.Model;

namespace Cx.Lint
{
    /// <summary>cx-lint: finds Middle of the Road writing in customer message templates.</summary>
    public static class Program
    {
        public static string Version { get; } =
            (typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

        public static int Main(string[] args)
        {
            // Standard output through one buffer (Console.Out writes each call through to the OS):
            // flushed when the run ends, and before each redraw of the progress line.
            Console.OutputEncoding = new UTF8Encoding(false);
            // The engine and Scriban use more distinct static Regex patterns than the default cache (15)
            // holds; a miss re-parses the pattern on every call.
            System.Text.RegularExpressions.Regex.CacheSize = 64;
            var stdout = new ConsoleWriter();
            try
            {
                return Run(args, stdout, Console.Error);
            }
            catch (Exception ex)
            {
                // Last line of defence: one clear line, never a stack trace.
                try { stdout.Flush(); } catch (IOException) { }
                Console.Error.WriteLine($"cx-lint: internal error: {ex.GetType().Name}: {ex.Message}");
                return 2;
            }
            finally
            {
                try { stdout.Flush(); } catch (IOException) { }
            }
        }

        internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var paths = new Argument<string[]>("paths")
            {
                Description = "Template files, directories or globs to lint (default: the current directory).",
                Arity = ArgumentArity.ZeroOrMore,
            };
            var format = new Option<string>("--format", "-f")
            {
                Description = "Output format: human, json, sarif or github.",
                DefaultValueFactory = _ => "human",
            };
            format.AcceptOnlyFromAmong("human", "json", "sarif", "github");
            var failLevel = new Option<string>("--fail-level")
            {
                Description = "Exit 1 when a finding has at least this severity: info, warning or error.",
                DefaultValueFactory = _ => "error",
            };
            failLevel.AcceptOnlyFromAmong("info", "warning", "error");
            var config = new Option<string?>("--config", "-c")
            {
                Description = "Use this configuration file for every template instead of the nearest .cxlint.yml.",
            };
            var fix = new Option<bool>("--fix") { Description = "Apply safe fixes (house-rule substitutions) to the files, then report what remains." };
            var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the changes as a diff and write nothing." };
            var noColor = new Option<bool>("--no-color") { Description = "Never colour the output (NO_COLOR does the same)." };

            var root = new RootCommand("cx-lint finds Middle of the Road writing in customer message templates (Scriban, Liquid, Markdown, text) and says what to write instead.")
            {
                paths, format, failLevel, config, fix, dryRun, noColor,
            };
            // The version of cx-lint itself, not of whatever process hosts it (the default reads the entry assembly).
            foreach (var option in root.Options)
                if (option is VersionOption version) version.Action = new PrintVersionAction(stdout);
            var exitCode = 0;
            root.SetAction(parse =>
            {
                EnumText.TryParseSeverity(parse.GetValue(failLevel), out var fail);
                var given = parse.GetValue(paths) ?? Array.Empty<string>();
                var options = new LintOptions
                {
                    Paths = given.Length == 0 ? new[] { "." } : given,
                    Format = parse.GetValue(format) ?? "human",
                    FailLevel = fail,
                    ConfigPath = parse.GetValue(config),
                    Color = parse.GetValue(noColor) ? false : null,
                    Fix = !parse.GetValue(fix) ? FixMode.None : parse.GetValue(dryRun) ? FixMode.DryRun : FixMode.Write,
                };
                if (parse.GetValue(dryRun) && !parse.GetValue(fix))
                {
                    stderr.WriteLine("cx-lint: --dry-run only goes with --fix");
                    exitCode = 2;
                    return;
                }
                exitCode = LintCommand.Run(options, stdout, stderr);
            });

            var rules = new Command("rules", "List every rule: id, name, dimension, level and default severity.");
            rules.SetAction(_ => { exitCode = RulesCommand.List(stdout); });
            root.Subcommands.Add(rules);

            var id = new Argument<string>("id") { Description = "A rule id such as CX5001." };
            var explain = new Command("explain", "Print a rule's documentation: what it finds, why, a bad and a good example.") { id };
            explain.SetAction(parse => { exitCode = RulesCommand.Explain(parse.GetValue(id) ?? "", stdout, stderr); });
            root.Subcommands.Add(explain);

            var reportPaths = new Argument<string[]>("paths") { Description = "Template files, directories or globs (default: the current directory).", Arity = ArgumentArity.ZeroOrMore };
            var html = new Option<string>("--html") { Description = "Write the scorecard page to this file.", Required = true };
            var reportConfig = new Option<string?>("--config", "-c") { Description = "Use this configuration file for every template." };
            var report = new Command("report", "Write the library scorecard as one self-contained HTML page.") { reportPaths, html, reportConfig };
            report.SetAction(parse => { exitCode = ReportCommand.Run(parse.GetValue(reportPaths) ?? Array.Empty<string>(), parse.GetValue(html)!, parse.GetValue(reportConfig), stdout, stderr); });
            root.Subcommands.Add(report);

            var result = root.Parse(args);
            var errors = result.Errors.Select(e => e.Message).ToList();
            if (result.CommandResult.Command == root) errors.AddRange(UnknownOptions(args, result.GetValue(paths)));
            if (errors.Count > 0)
            {
                foreach (var e in errors) stderr.WriteLine("cx-lint: " + e);
                stderr.WriteLine("Run 'cx-lint --help' for usage.");
                return 2;
            }
            var invocation = new InvocationConfiguration { Output = stdout, Error = stderr };
            var code = result.Invoke(invocation);
            return code != 0 ? code : exitCode;
        }

        /// <summary>Standard output as UTF-8 (no BOM) with a 64 KB buffer; colour and progress treat it as the console.</summary>
        internal sealed class ConsoleWriter : StreamWriter
        {
            public ConsoleWriter() : base(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) => AutoFlush = false;
        }

        private sealed class PrintVersionAction : SynchronousCommandLineAction
        {
            private readonly TextWriter _out;

            public PrintVersionAction(TextWriter output) => _out = output;

            public override int Invoke(ParseResult parseResult)
            {
                _out.WriteLine(Version);
                return 0;
            }
        }

        /// <summary>
        /// The paths argument takes any token, so an option cx-lint does not know ("--bogus", "-x")
        /// would otherwise be linted as a path. Such a token is a usage error unless it comes after "--".
        /// </summary>
        private static IEnumerable<string> UnknownOptions(string[] args, string[]? pathValues)
        {
            if (pathValues == null || pathValues.Length == 0) yield break;
            var end = Array.IndexOf(args, "--");
            var options = new HashSet<string>(end < 0 ? args : args.Take(end), StringComparer.Ordinal);
            foreach (var v in pathValues)
            {
                if (v.Length > 1 && v[0] == '-' && options.Contains(v))
                    yield return $"Unrecognized option '{v}'.";
            }
        }
    }
}
