using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Lint.Tests;

/// <summary><c>cx-lint rules</c> and <c>cx-lint explain CXnnnn</c>.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public void RulesListsEveryRuleOnce()
    {
        var r = Cli.Run("rules");
        Assert.Equal(0, r.ExitCode);
        var ids = Regex.Matches(r.Stdout, @"^(CX[0-9]{4}) ", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id).ToArray(), ids);
        foreach (var d in RuleCatalog.Descriptors)
        {
            var line = r.Stdout.Split('\n').Single(l => l.StartsWith(d.Id + " ", StringComparison.Ordinal));
            Assert.Contains(d.Name, line);
            Assert.Contains(d.Dimension.ToText(), line);
            Assert.Contains(d.DefaultSeverity.ToText(), line);
            if (d.Dimension != Dimension.Tool) Assert.Contains(d.Level.ToText(), line);
        }
    }

    [Fact]
    public void RulesListsEveryDocumentedRule()
    {
        var documented = Directory.GetFiles(Repo.Docs, "CX*.md").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.NotEmpty(documented);
        var r = Cli.Run("rules");
        foreach (var id in documented) Assert.Contains(id + " ", r.Stdout);
    }

    [Fact]
    public void ExplainPrintsTheDocPage()
    {
        var r = Cli.Run("explain", "CX5001");
        Assert.Equal(0, r.ExitCode);
        var page = File.ReadAllText(Path.Combine(Repo.Docs, "CX5001.md")).Replace("\r\n", "\n");
        Assert.StartsWith(page.TrimEnd('\n'), r.Stdout.Replace("\r\n", "\n"));
        Assert.Contains("# CX5001: PassiveOffer", r.Stdout);
        Assert.EndsWith("https://github.com/cx-lint/cx/blob/main/docs/rules/CX5001.md", r.Stdout.TrimEnd());
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void ExplainIgnoresCase()
    {
        Assert.Equal(Cli.Run("explain", "CX5001").Stdout, Cli.Run("explain", "cx5001").Stdout);
    }

    [Fact]
    public void ExplainWorksForEveryRule()
    {
        foreach (var d in RuleCatalog.Descriptors)
        {
            var r = Cli.Run("explain", d.Id);
            Assert.True(r.ExitCode == 0, d.Id + ": " + r);
            Assert.Contains(d.Id, r.Stdout);
            Assert.Contains(d.HelpUri, r.Stdout);
            var doc = Path.Combine(Repo.Docs, d.Id + ".md");
            if (File.Exists(doc))
                Assert.StartsWith(File.ReadAllText(doc).Replace("\r\n", "\n").TrimEnd('\n'), r.Stdout.Replace("\r\n", "\n"));
        }
    }

    [Fact]
    public void ExplainOfAnUnknownRuleExitsTwo()
    {
        var r = Cli.Run("explain", "CX9999");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'CX9999' is not a rule", r.Stderr);
        Assert.Equal("", r.Stdout);
    }
}
