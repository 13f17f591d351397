using System.IO;
using Cx.Templates.Model;

namespace Cx.Lint.Formatters
{
    /// <summary>GitHub Actions workflow commands: one <c>::error file=…,line=…::message</c> annotation per finding.</summary>
    internal sealed class GitHubFormatter : IFormatter
    {
        private TextWriter _out = TextWriter.Null;

        public void Begin(TextWriter output) => _out = output;

        public void File(FileReport report)
        {
            foreach (var d in report.Diagnostics)
            {
                var command = d.Severity switch
                {
                    Severity.Error => "error",
                    Severity.Warning => "warning",
                    _ => "notice",
                };
                _out.WriteLine($"::{command} file={Property(report.Path)},line={d.Start.Line},col={d.Start.Column},endLine={d.End.Line},endColumn={d.End.Column},title={Property(d.Id + " " + d.Rule.Name)}::{Data(d.Message + " (" + d.HelpUri + ")")}");
            }
        }

        public void End(RunSummary summary) =>
            _out.WriteLine($"cx-lint: {summary.Files} files, {summary.Errors} errors, {summary.Warnings} warnings, {summary.Infos} infos");

        // Escaping as the Actions toolkit does it, so a message with ':' or ',' or a newline stays one annotation.
        private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

        private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
    }
}
