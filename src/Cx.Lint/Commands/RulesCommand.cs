using System.IO;
using System.Linq;
using System.Reflection;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Lint.Commands
{
    /// <summary><c>cx-lint rules</c> lists every rule; <c>cx-lint explain CXnnnn</c> prints its documentation page.</summary>
    internal static class RulesCommand
    {
        public static int List(TextWriter stdout)
        {
            stdout.WriteLine($"{"ID",-7} {"NAME",-30} {"DIMENSION",-16} {"LEVEL",-19} {"SEVERITY",-8}");
            foreach (var r in RuleCatalog.Descriptors)
            {
                var level = r.Dimension == Dimension.Tool ? "-" : r.Level.ToText();
                stdout.WriteLine($"{r.Id,-7} {r.Name,-30} {r.Dimension.ToText(),-16} {level,-19} {r.DefaultSeverity.ToText(),-8}");
            }
            return 0;
        }

        public static int Explain(string id, TextWriter stdout, TextWriter stderr)
        {
            var rule = RuleCatalog.Find(id.Trim());
            if (rule == null)
            {
                stderr.WriteLine($"cx-lint: '{id}' is not a rule; 'cx-lint rules' lists them ({string.Join(", ", RuleCatalog.Descriptors.Select(d => d.Id))})");
                return 2;
            }
            var page = DocPage(rule.Id);
            if (page == null)
            {
                stdout.WriteLine($"{rule.Id}: {rule.Name} ({rule.Dimension.ToText()})");
                stdout.WriteLine(rule.Summary);
                stdout.WriteLine(rule.HelpUri);
                return 0;
            }
            stdout.Write(page);
            if (!page.EndsWith("\n")) stdout.WriteLine();
            stdout.WriteLine();
            stdout.WriteLine(rule.HelpUri);
            return 0;
        }

        /// <summary>The rule's docs/rules page, embedded in the tool at build time.</summary>
        internal static string? DocPage(string id)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Cx.Docs." + id + ".md");
            if (stream == null) return null;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
