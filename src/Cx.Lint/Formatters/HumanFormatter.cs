using System;
using System.IO;
using System.Linq;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Lint.Formatters
{
    /// <summary>
    /// Compiler-style output: <c>path:line:col: severity CXnnnn: message</c>, the source line with the
    /// span underlined, then totals and the scorecard. Colour only when <see cref="Color"/> is on.
    /// </summary>
    internal sealed class HumanFormatter : IFormatter
    {
        private TextWriter _out = TextWriter.Null;

        public HumanFormatter(bool color)
        {
            Color = color;
        }

        public bool Color { get; }

        public void Begin(TextWriter output) => _out = output;

        public void File(FileReport report)
        {
            if (report.Diff != null) _out.Write(report.Diff);
            if (report.Diagnostics.Count == 0) return;
            var lines = report.Text == null ? null : new LineMap(report.Text);
            foreach (var d in report.Diagnostics)
            {
                _out.Write(Paint($"{report.Path}:{d.Start.Line}:{d.Start.Column}:", "1"));
                _out.Write(' ');
                _out.Write(Paint(d.Severity.ToText(), SeverityColor(d.Severity)));
                _out.Write(' ');
                _out.Write(Paint(d.Id, "1"));
                _out.Write(": ");
                _out.WriteLine(d.Message);
                if (lines != null && report.Text != null) Excerpt(report.Text, lines, d);
                _out.WriteLine(Paint($"    = {d.Rule.Name} ({DimensionLabel(d)}); see {d.HelpUri}", "2"));
            }
            _out.WriteLine();
        }

        private void Excerpt(string text, LineMap lines, Diagnostic d)
        {
            if (d.Start.Line < 1 || d.Start.Line > lines.LineCount) return;
            var lineStart = lines.LineStart(d.Start.Line);
            var lineEnd = Math.Min(text.Length, lineStart + Math.Max(0, d.Start.Column - 1));
            var scanLimit = Math.Min(text.Length, lineStart + Math.Max(0, d.Start.Column) + 200);
            while (lineEnd < scanLimit && text[lineEnd] != '\n' && text[lineEnd] != '\r') lineEnd++;
            // Long lines (minified HTML, a 1 MB single line) are cut around the finding before copying.
            var from = 0;
            var length = lineEnd - lineStart;
            if (length > 160)
            {
                from = Math.Max(0, Math.Min(d.Start.Column - 1 - 60, length - 160));
                length = 160;
            }
            var line = text.Substring(lineStart + from, length);
            var number = d.Start.Line.ToString();
            var gutter = new string(' ', number.Length);
            _out.WriteLine(Paint($" {number} | ", "2") + line.Replace('\t', ' '));
            var startCol = Math.Max(0, d.Start.Column - 1 - from);
            var endCol = d.End.Line == d.Start.Line ? d.End.Column - 1 - from : line.Length;
            var width = Math.Max(1, Math.Min(endCol, line.Length) - startCol);
            _out.WriteLine(Paint($" {gutter} | ", "2") + new string(' ', Math.Min(startCol, line.Length)) + Paint(new string('^', width), SeverityColor(d.Severity)));
        }

        public void End(RunSummary summary)
        {
            _out.WriteLine(Paint($"{summary.Files} file{(summary.Files == 1 ? "" : "s")} linted: {summary.Errors} error{Plural(summary.Errors)}, {summary.Warnings} warning{Plural(summary.Warnings)}, {summary.Infos} info{Plural(summary.Infos)}", "1"));
            if (summary.Templates == 0) return;
            _out.WriteLine();
            _out.WriteLine($"Scorecard: {summary.Templates} template{Plural(summary.Templates)} by their level in each dimension");
            _out.WriteLine($"  {"",-16} {"Bad Service",12} {"Middle of the Road",19} {"Helpful Expertise",18}");
            foreach (var dim in EnumText.ScoredDimensions)
            {
                var name = char.ToUpperInvariant(dim.ToText()[0]) + dim.ToText().Substring(1);
                _out.Write($"  {name,-16} ");
                _out.Write(Paint($"{summary.CountAt(dim, Level.Bad),12}", summary.CountAt(dim, Level.Bad) > 0 ? "31" : "2"));
                _out.Write(' ');
                _out.Write(Paint($"{summary.CountAt(dim, Level.MiddleOfTheRoad),19}", summary.CountAt(dim, Level.MiddleOfTheRoad) > 0 ? "33" : "2"));
                _out.Write(' ');
                _out.WriteLine(Paint($"{summary.CountAt(dim, Level.Helpful),18}", "32"));
            }
        }

        private static string DimensionLabel(Diagnostic d) =>
            d.Dimension == Dimension.Tool ? "tool" : $"{d.Dimension.ToText()}, {d.Level.ToDisplay()}";

        private static string Plural(int n) => n == 1 ? "" : "s";

        private static string SeverityColor(Severity s) => s switch
        {
            Severity.Error => "1;31",
            Severity.Warning => "1;33",
            _ => "1;36",
        };

        private string Paint(string text, string code) => Color ? $"\u001b[{code}m{text}\u001b[0m" : text;
    }
}
