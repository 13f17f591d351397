using Cx.Lint.Commands;

namespace Cx.Lint.Tests;

/// <summary>The progress line of long runs: on a terminal only, never mixed into the report.</summary>
public class ProgressTests
{
    private static (int Code, string Out, string Err) Lint(LintOptions options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = LintCommand.Run(options, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void When_shown_it_counts_files_and_findings_and_is_erased_at_the_end()
    {
        var (code, output, errors) = Lint(new LintOptions { Paths = new[] { Repo.Samples }, Progress = true, ProgressDelay = TimeSpan.Zero });
        Assert.Equal(1, code);
        Assert.Matches(@"\rcx-lint: \d+/\d+ files, \d+ findings?", errors);
        Assert.EndsWith("\r\u001b[K", errors); // nothing left on the line once the report is written
        Assert.DoesNotContain("cx-lint: ", output.Replace("cx-lint: no", ""));
    }

    [Fact]
    public void The_report_is_the_same_with_or_without_it()
    {
        var plain = Lint(new LintOptions { Paths = new[] { Repo.Samples }, Progress = false });
        var shown = Lint(new LintOptions { Paths = new[] { Repo.Samples }, Progress = true, ProgressDelay = TimeSpan.Zero });
        Assert.Equal(plain.Out, shown.Out);
        Assert.Equal(plain.Code, shown.Code);
    }

    [Fact]
    public void Not_before_the_delay()
    {
        var (_, _, errors) = Lint(new LintOptions { Paths = new[] { Repo.Samples }, Progress = true, ProgressDelay = TimeSpan.FromHours(1) });
        Assert.DoesNotContain("files,", errors);
    }

    [Theory]
    [InlineData("human")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void Never_in_redirected_or_machine_output(string format)
    {
        // Left to decide by itself, as from the command line: these writers are not a terminal.
        var (_, _, errors) = Lint(new LintOptions { Paths = new[] { Repo.Samples }, Format = format, ProgressDelay = TimeSpan.Zero });
        Assert.DoesNotContain("files,", errors);
    }

    [Fact]
    public void Never_from_the_executable_when_output_is_redirected()
    {
        var result = Cli.RunProcess(Repo.Root, null, Repo.Samples);
        Assert.DoesNotContain("files,", result.Stderr);
        Assert.DoesNotContain("\u001b[K", result.Stderr);
    }
}
