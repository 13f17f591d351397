using System.Text.RegularExpressions;

namespace Cx.Lint.Tests;

public class ReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cx-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void The_report_is_one_self_contained_page_with_the_seed_table_and_worst_templates_first()
    {
        var html = Path.Combine(_dir, "out", "scorecard.html");
        var (code, output, _) = Run("report", Repo.Samples, "--html", html);
        Assert.Equal(0, code);
        Assert.Contains("36 templates", output);
        var page = File.ReadAllText(html);
        Assert.StartsWith("<!DOCTYPE html>", page);
        foreach (var label in new[] { "Bad Service", "Middle of the Road", "Helpful Expertise", "Attitude", "Responsiveness", "Personalization", "Knowledge", "Insights", "Friction" })
            Assert.Contains(label, page);
        // No external assets: no scripts, stylesheets or images loaded from elsewhere.
        Assert.DoesNotMatch(new Regex("<(script|link|img|iframe)\\b", RegexOptions.IgnoreCase), page);
        Assert.DoesNotContain("@import", page);
        // Every finding links to its line in the template's listing, and that anchor exists.
        foreach (Match m in Regex.Matches(page, "href=\"#(t\\d+-L\\d+)\""))
            Assert.Contains($"id=\"{m.Groups[1].Value}\"", page);
        // Worst first: a Bad sample comes before every Helpful one.
        var firstBad = page.IndexOf("bad.", StringComparison.Ordinal);
        var firstHelpful = page.IndexOf("helpful.", StringComparison.Ordinal);
        Assert.True(firstBad > 0 && firstBad < firstHelpful);
    }

    [Fact]
    public void Template_text_is_escaped()
    {
        var template = Path.Combine(_dir, "a.sbn");
        File.WriteAllText(template, "Dear customer, <script>alert(1)</script> {{ order.number }}");
        var html = Path.Combine(_dir, "r.html");
        Assert.Equal(0, Run("report", template, "--html", html).Code);
        var page = File.ReadAllText(html);
        Assert.DoesNotContain("<script>alert", page);
        Assert.Contains("&lt;script&gt;", page);
    }

    [Fact]
    public void Report_without_html_is_a_usage_error() =>
        Assert.Equal(2, Run("report", Repo.Samples).Code);
}
