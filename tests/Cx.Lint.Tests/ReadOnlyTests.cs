namespace Cx.Lint.Tests;

/// <summary>The linter never writes to what it reads: bytes, timestamps and the file list stay as they were.</summary>
public sealed class ReadOnlyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void NoFormatChangesAnyFile()
    {
        _dir.Write("lib/.cxlint.yml", "rules:\n  CX5003: info\n");
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/crlf.sbn", TestTemplates.WarningsOnly.Replace("\n", "\r\n"));
        _dir.WriteBytes("lib/bom.md", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(TestTemplates.WarningsOnly)).ToArray());
        _dir.Write("lib/err.liquid", TestTemplates.WithErrors);
        _dir.Write("lib/broken.sbn", TestTemplates.ParseError);
        _dir.WriteBytes("lib/bin.txt", new byte[] { 1, 0, 2 });
        // Timestamps in the past, so a rewrite with the same bytes would still show.
        var past = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        foreach (var f in Directory.EnumerateFiles(_dir.Path, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(f, past);

        var before = new FolderSnapshot(_dir.Path);
        Assert.Equal(7, before.Count);
        foreach (var format in new[] { "human", "json", "sarif", "github" })
        {
            Cli.Run("--format", format, _dir["lib"]);
            Cli.Run("--format", format, "--fail-level", "info", _dir["lib"] + "/**/*.sbn");
        }
        before.AssertUnchanged();
    }

    [Fact]
    public void ConfigErrorRunChangesNothing()
    {
        _dir.Write("lib/.cxlint.yml", "bogus: 1\n");
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var before = new FolderSnapshot(_dir.Path);
        Assert.Equal(2, Cli.Run(_dir["lib"]).ExitCode);
        before.AssertUnchanged();
    }

    [Fact]
    public void SamplesAreUnchangedByALint()
    {
        var before = new FolderSnapshot(Repo.Samples);
        Cli.Run("--format", "json", Repo.Samples);
        before.AssertUnchanged();
    }
}
