namespace Cx.Lint.Tests;

/// <summary>The built cx-lint executable: what only a real process shows (current directory, terminal, environment).</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static readonly Dictionary<string, string?> Plain = new() { ["TERM"] = "xterm" };

    [Fact]
    public void RelativePathsStayRelative()
    {
        _dir.Write("lib/a/warn.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/b/clean.txt", TestTemplates.Clean);
        var r = Cli.RunProcess(_dir.Path, null, "--format", "json", "lib", "./lib/b/clean.txt");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = r.Json();
        Assert.Equal(new[] { "lib/a/warn.sbn", "lib/b/clean.txt" }, doc.Files().Select(f => f.Str("path")).ToArray());

        var human = Cli.RunProcess(_dir["lib"], null, "a/warn.sbn");
        Assert.Contains("a/warn.sbn:7:43: warning CX5001: ", human.Stdout);
    }

    [Fact]
    public void DefaultPathIsTheCurrentDirectory()
    {
        _dir.Write("a.sbn", TestTemplates.WarningsOnly);
        _dir.Write("sub/b.txt", TestTemplates.WithErrors);
        var r = Cli.RunProcess(_dir.Path, null, "--format", "json");
        Assert.True(r.ExitCode == 1, r.ToString());
        using var doc = r.Json();
        Assert.Equal(new[] { "a.sbn", "sub/b.txt" }, doc.Files().Select(f => f.Str("path")).ToArray());
    }

    [Fact]
    public void RelativeConfigPathIsShownRelative()
    {
        _dir.Write("lib/.cxlint.yml", "foo: 1\n");
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.RunProcess(_dir.Path, null, "lib");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("lib/.cxlint.yml:1:1: error CX0002: ", r.Stdout);
    }

    [Fact]
    public void RelativeGlobsExpand()
    {
        _dir.Write("t/x/helpful.sbn", TestTemplates.Clean);
        _dir.Write("t/y/sms-helpful.txt", TestTemplates.Clean);
        _dir.Write("t/y/bad.txt", TestTemplates.WithErrors);
        var r = Cli.RunProcess(_dir.Path, null, "--format", "json", "--fail-level", "info", "t/**/helpful*.*", "t/*/*-helpful.*");
        Assert.True(r.ExitCode == 0, r.ToString());
        using var doc = r.Json();
        Assert.Equal(new[] { "t/x/helpful.sbn", "t/y/sms-helpful.txt" }, doc.Files().Select(f => f.Str("path")).ToArray());
    }

    [Fact]
    public void RedirectedOutputHasNoEscapes()
    {
        var file = _dir.Write("warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.RunProcess(_dir.Path, Plain, "--fail-level", "info", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("CX5001", r.Stdout);
        Assert.False(Ansi.HasEscape(r.Stdout), r.Stdout);
        Assert.False(Ansi.HasEscape(r.Stderr), r.Stderr);
    }

    /// <summary>Runs cx-lint on a pseudo-terminal (util-linux <c>script</c>), so colour would be on by default.</summary>
    private CliResult RunOnTerminal(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        const string script = "/usr/bin/script";
        Assert.True(File.Exists(script), "util-linux 'script' is needed to give cx-lint a terminal");
        var command = string.Join(" ", new[] { Cli.ExecutablePath }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''") + "'"));
        return Cli.RunProgram(script, new[] { "-qec", command, "/dev/null" }, _dir.Path, environment);
    }

    [Fact]
    public void TerminalGetsColourAndNoColorTurnsItOff()
    {
        var file = _dir.Write("warn.sbn", TestTemplates.WarningsOnly);

        var coloured = RunOnTerminal(Plain, file);
        Assert.Contains("CX5001", coloured.Stdout);
        Assert.True(Ansi.HasColour(coloured.Stdout), "expected colour on a terminal:\n" + coloured.Stdout);

        var noColor = RunOnTerminal(new Dictionary<string, string?> { ["TERM"] = "xterm", ["NO_COLOR"] = "1" }, file);
        Assert.Contains("CX5001", noColor.Stdout);
        Assert.False(Ansi.HasColour(noColor.Stdout), "NO_COLOR is set, yet:\n" + noColor.Stdout);

        var flag = RunOnTerminal(Plain, "--no-color", file);
        Assert.Contains("CX5001", flag.Stdout);
        Assert.False(Ansi.HasColour(flag.Stdout), flag.Stdout);

        var dumb = RunOnTerminal(new Dictionary<string, string?> { ["TERM"] = "dumb" }, file);
        Assert.False(Ansi.HasColour(dumb.Stdout), dumb.Stdout);

        // Machine formats are never coloured.
        var json = RunOnTerminal(Plain, "--format", "json", file);
        Assert.False(Ansi.HasColour(json.Stdout), json.Stdout);
    }

    [Fact]
    public void EmptyNoColorDoesNotDisableColour()
    {
        // no-color.org: NO_COLOR counts when it is present and not empty.
        var file = _dir.Write("warn.sbn", TestTemplates.WarningsOnly);
        var r = RunOnTerminal(new Dictionary<string, string?> { ["TERM"] = "xterm", ["NO_COLOR"] = "" }, file);
        Assert.True(Ansi.HasColour(r.Stdout), r.Stdout);
    }

    [Fact]
    public void VersionAndUnknownOptionAsAProcess()
    {
        var version = Cli.RunProcess(_dir.Path, null, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Equal(Program.Version, version.Stdout.Trim());

        var bogus = Cli.RunProcess(_dir.Path, null, "--bogus");
        Assert.Equal(2, bogus.ExitCode);
        Assert.Contains("--bogus", bogus.Stderr);
        Assert.DoesNotContain("   at ", bogus.Stderr);
    }

    [Fact]
    public void BadInputAsAProcessIsOneLineNoStackTrace()
    {
        _dir.WriteBytes("lib/bin.txt", new byte[] { (byte)'a', 0, (byte)'b' });
        _dir.WriteBytes("lib/latin1.txt", new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9 });
        var r = Cli.RunProcess(_dir.Path, null, "lib", "missing.sbn");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("lib/bin.txt:1:1: error CX0001: This file is a binary file", r.Stdout);
        Assert.Contains("lib/latin1.txt:1:4: error CX0001: This file is not valid UTF-8", r.Stdout);
        Assert.Equal("cx-lint: 'missing.sbn' does not exist", r.Stderr.Trim());
    }
}
