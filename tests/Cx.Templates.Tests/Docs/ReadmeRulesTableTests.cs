using System.Text;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Templates.Tests.Docs;

/// <summary>The README's rule table and the doc pages are generated from, and held to, the rule catalogue.</summary>
public class ReadmeRulesTableTests
{
    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Cx.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cx.sln not found above " + AppContext.BaseDirectory);
    }

    internal static string ExpectedTable()
    {
        var sb = new StringBuilder();
        sb.Append("| id | name | dimension | level | default |\n| --- | --- | --- | --- | --- |\n");
        foreach (var r in RuleCatalog.Descriptors)
        {
            var level = r.Dimension == Dimension.Tool ? "-" : r.Level.ToText();
            sb.Append($"| [{r.Id}](docs/rules/{r.Id}.md) | {r.Name} | {r.Dimension.ToText()} | {level} | {r.DefaultSeverity.ToText()} |\n");
        }
        return sb.ToString();
    }

    [Fact]
    public void The_readme_rules_table_matches_the_catalogue()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).Replace("\r\n", "\n");
        const string start = "<!-- rules-table:start -->\n";
        const string end = "<!-- rules-table:end -->";
        var from = readme.IndexOf(start, StringComparison.Ordinal);
        var to = readme.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "README.md needs the rules-table markers");
        Assert.Equal(ExpectedTable(), readme.Substring(from + start.Length, to - from - start.Length));
    }

    [Fact]
    public void Every_rule_has_a_doc_page_whose_header_matches_its_metadata()
    {
        var root = RepositoryRoot();
        foreach (var r in RuleCatalog.Descriptors)
        {
            var path = Path.Combine(root, "docs", "rules", r.Id + ".md");
            Assert.True(File.Exists(path), $"{r.Id} has no doc page at docs/rules/{r.Id}.md");
            var page = File.ReadAllText(path);
            Assert.StartsWith($"# {r.Id}: {r.Name}", page);
            Assert.Contains($"| Default severity | {r.DefaultSeverity.ToText()} |", page);
            if (r.Dimension != Dimension.Tool)
                Assert.Contains($"| Level | {r.Level.ToDisplay().Replace(" Service", "").Replace(" Expertise", "")} |", page);
        }
    }

    [Fact]
    public void Every_diagnostic_help_link_points_at_an_existing_page()
    {
        var root = RepositoryRoot();
        foreach (var r in RuleCatalog.Descriptors)
        {
            Assert.StartsWith(RuleDescriptor.HelpBase, r.HelpUri);
            Assert.True(File.Exists(Path.Combine(root, "docs", "rules", r.HelpUri.Substring(RuleDescriptor.HelpBase.Length))));
        }
    }
}
