using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Cx.Templates;
using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Lint.Commands
{
    /// <summary>How <c>--fix</c> runs: write the fixed files, or only show what would change.</summary>
    internal enum FixMode
    {
        None,
        Write,
        DryRun,
    }

    /// <summary>
    /// Applies the safe fixes of a lint result to a template: only edits that rules marked safe
    /// (substitutions), never overlapping, never inside template syntax. The fixed text must parse
    /// again, or nothing is written. Applying twice changes nothing the second time.
    /// </summary>
    internal static class FixCommand
    {
        /// <summary>The fixed text and how many edits it took; the original text when there is nothing safe to apply.</summary>
        public static (string Text, int Applied) Apply(string text, IEnumerable<Diagnostic> diagnostics)
        {
            var edits = diagnostics
                .Where(d => d.Fix != null && d.Severity != Severity.Off)
                .Select(d => d.Fix!)
                .OrderBy(e => e.Span.Start)
                .ToList();
            if (edits.Count == 0) return (text, 0);
            var sb = new StringBuilder(text.Length + 64);
            var position = 0;
            var applied = 0;
            foreach (var edit in edits)
            {
                if (edit.Span.Start < position || edit.Span.End > text.Length) continue; // overlaps an earlier edit
                sb.Append(text, position, edit.Span.Start - position);
                sb.Append(edit.NewText);
                position = edit.Span.End;
                applied++;
            }
            sb.Append(text, position, text.Length - position);
            return (sb.ToString(), applied);
        }

        /// <summary>
        /// Fixes one template: returns the result to report (of the fixed text when a fix applied) and a
        /// diff for --dry-run. Writes only in <see cref="FixMode.Write"/>, keeping the byte-order mark.
        /// </summary>
        public static (LintResult Result, string? Diff, string? Error) Run(Linter linter, TemplateSource source, CxConfiguration config, LintResult result, FixMode mode, string displayPath, string fullPath)
        {
            var (fixedText, applied) = Apply(source.Text, result.Diagnostics);
            if (applied == 0 || fixedText == source.Text) return (result, null, null);
            var fixedSource = new TemplateSource(source.Path, fixedText, source.Syntax);
            var after = linter.Lint(fixedSource, config);
            if (after.Model.HasSyntaxErrors && !result.Model.HasSyntaxErrors)
                return (result, null, "the fixes would break the template's syntax, so none were applied");
            var diff = Diff(displayPath, source.Text, fixedText);
            if (mode == FixMode.Write)
            {
                try
                {
                    var bytes = File.ReadAllBytes(fullPath);
                    var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
                    File.WriteAllText(fullPath, fixedText, new UTF8Encoding(bom));
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    return (result, null, "the fixed file could not be written: " + ex.Message);
                }
            }
            return (after, mode == FixMode.DryRun ? diff : null, null);
        }

        /// <summary>A unified diff of line-preserving edits (fixes never add or remove lines).</summary>
        internal static string Diff(string path, string before, string after)
        {
            var a = SplitLines(before);
            var b = SplitLines(after);
            var sb = new StringBuilder();
            sb.Append("--- ").Append(path).Append('\n');
            sb.Append("+++ ").Append(path).Append('\n');
            var count = Math.Min(a.Count, b.Count);
            for (var i = 0; i < count; i++)
            {
                if (a[i] == b[i]) continue;
                sb.Append($"@@ -{i + 1},1 +{i + 1},1 @@\n");
                sb.Append('-').Append(a[i]).Append('\n');
                sb.Append('+').Append(b[i]).Append('\n');
            }
            return sb.ToString();
        }

        private static List<string> SplitLines(string text) =>
            text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').ToList();
    }
}
