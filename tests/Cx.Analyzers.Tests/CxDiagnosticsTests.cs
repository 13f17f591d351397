using Cx.Templates.Model;
using Cx.Templates.Rules;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Cx.Analyzers.Tests;

/// <summary>The analyzer's descriptors and the engine's catalog agree rule for rule, and release tracking lists them all.</summary>
public class CxDiagnosticsTests
{
    [Fact]
    public void Every_catalog_rule_has_a_descriptor_with_the_same_id_severity_dimension_and_help()
    {
        var ids = CxDiagnostics.All.Select(d => d.Id).ToList();
        Assert.Equal(RuleCatalog.Descriptors.Select(r => r.Id), ids);
        foreach (var rule in RuleCatalog.Descriptors)
        {
            var d = CxDiagnostics.Find(rule.Id)!;
            Assert.Equal(rule.Dimension.ToString(), d.Category);
            Assert.Equal(CxDiagnostics.ToRoslyn(rule.DefaultSeverity), d.DefaultSeverity);
            Assert.Equal(rule.HelpUri, d.HelpLinkUri);
            Assert.Equal(rule.Summary, d.Description.ToString());
            Assert.Equal("{0}", d.MessageFormat.ToString());
            Assert.True(d.IsEnabledByDefault);
        }
    }

    /// <summary>
    /// AnalyzerReleases.Unshipped.md and the descriptor list in CxDiagnostics.cs follow the catalog.
    /// When the engine gains a rule, run the tests once with CX_REGENERATE=1 to rewrite both.
    /// </summary>
    [Fact]
    public void Release_tracking_and_descriptors_list_every_rule()
    {
        var rules = RuleCatalog.Descriptors;
        var table = string.Concat(rules.Select(r => $"{r.Id} | {r.Dimension} | {CxDiagnostics.ToRoslyn(r.DefaultSeverity)} | {r.Name}\n"));
        var fields = string.Concat(rules.Select(r =>
            $"        public static readonly DiagnosticDescriptor {r.Name} = new DiagnosticDescriptor(\n" +
            $"            \"{r.Id}\", Title(\"{r.Id}\"), MessageFormat, \"{r.Dimension}\", DiagnosticSeverity.{CxDiagnostics.ToRoslyn(r.DefaultSeverity)}, isEnabledByDefault: true,\n" +
            $"            description: Description(\"{r.Id}\"), helpLinkUri: HelpLink(\"{r.Id}\"), customTags: Tags(\"{r.Id}\"));\n\n"));
        var all = "        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(\n            " +
            string.Join(",\n            ", rules.Select(r => r.Name)) + ");\n\n";

        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Cx.sln"))) root = Path.GetDirectoryName(root)!;
        var releasesPath = Path.Combine(root, "src", "Cx.Analyzers", "AnalyzerReleases.Unshipped.md");
        var descriptorsPath = Path.Combine(root, "src", "Cx.Analyzers", "CxDiagnostics.cs");
        var releases = File.ReadAllText(releasesPath);
        var descriptors = File.ReadAllText(descriptorsPath);
        var tableStart = releases.IndexOf("CX", releases.IndexOf("--------|", StringComparison.Ordinal), StringComparison.Ordinal);
        var fieldsStart = descriptors.IndexOf("        public static readonly DiagnosticDescriptor ", StringComparison.Ordinal);
        var fieldsEnd = descriptors.IndexOf("        private static readonly Dictionary<string, DiagnosticDescriptor> ById", StringComparison.Ordinal);
        var expectedReleases = releases.Substring(0, tableStart) + table;
        var expectedDescriptors = descriptors.Substring(0, fieldsStart) + fields + all + descriptors.Substring(fieldsEnd);

        if (Environment.GetEnvironmentVariable("CX_REGENERATE") == "1")
        {
            File.WriteAllText(releasesPath, expectedReleases);
            File.WriteAllText(descriptorsPath, expectedDescriptors);
        }
        Assert.True(expectedReleases == releases, "AnalyzerReleases.Unshipped.md is out of date: run the tests with CX_REGENERATE=1.");
        Assert.True(expectedDescriptors == descriptors, "CxDiagnostics.cs is out of date: run the tests with CX_REGENERATE=1.");
    }

    [Fact]
    public void Titles_read_as_words()
    {
        Assert.Equal("Passive offer", CxDiagnostics.Find("CX5001")!.Title.ToString());
        Assert.Equal("Template syntax error", CxDiagnostics.Find("CX0001")!.Title.ToString());
    }

    [Fact]
    public void Severities_map_one_to_one()
    {
        Assert.Equal(DiagnosticSeverity.Error, CxDiagnostics.ToRoslyn(Severity.Error));
        Assert.Equal(DiagnosticSeverity.Warning, CxDiagnostics.ToRoslyn(Severity.Warning));
        Assert.Equal(DiagnosticSeverity.Info, CxDiagnostics.ToRoslyn(Severity.Info));
    }
}
