using System.Text;

namespace Cx.Lint.Tests;

/// <summary>
/// Bad input gives one clear line (a CX0001 or an exit 2), never a stack trace, and the run goes on.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void AssertNoStackTrace(CliResult r)
    {
        foreach (var text in new[] { r.Stdout, r.Stderr })
        {
            Assert.DoesNotContain("   at ", text);
            Assert.DoesNotContain("Exception", text);
            Assert.DoesNotContain("internal error", text);
        }
    }

    private static System.Text.Json.JsonElement Single(System.Text.Json.JsonDocument doc, string suffix) => doc.FileNamed(suffix);

    [Fact]
    public void MissingPathIsOneLineAndExitTwo()
    {
        var missing = _dir["nope/missing.sbn"];
        var r = Cli.Run(missing);
        Assert.Equal(2, r.ExitCode);
        var lines = r.Stderr.Trim().Split('\n');
        Assert.Single(lines);
        Assert.Contains(missing, lines[0]);
        Assert.Contains("does not exist", lines[0]);
        AssertNoStackTrace(r);
    }

    [Fact]
    public void MissingPathBesideARealOneStillLintsTheRealOne()
    {
        var real = _dir.Write("warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "json", _dir["missing.sbn"], real);
        Assert.Equal(2, r.ExitCode);
        using var doc = r.Json();
        Assert.Contains("CX5001", Single(doc, "warn.sbn").Ids());
        Assert.Contains("missing.sbn", r.Stderr);
    }

    [Fact]
    public void GlobMatchingNothingSaysSo()
    {
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run(_dir["lib"] + "/**/*.liquid");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no templates match", r.Stderr);
        AssertNoStackTrace(r);
    }

    [Fact]
    public void EmptyDirectorySaysSo()
    {
        var empty = _dir.Mkdir("empty");
        _dir.Write("empty/notes.yml", "not: a template\n");
        var r = Cli.Run(empty);
        Assert.Equal(2, r.ExitCode);
        var lines = r.Stderr.Trim().Split('\n');
        Assert.Single(lines);
        Assert.Contains("no templates", lines[0]);
        Assert.Contains(empty, lines[0]);
        AssertNoStackTrace(r);
    }

    [Fact]
    public void BinaryFileIsOneCx0001AndTheRunGoesOn()
    {
        _dir.WriteBytes("lib/image.txt", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 13, 0xFF, 0xD8 });
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "json", _dir["lib"]);
        Assert.Equal(1, r.ExitCode);
        using var doc = r.Json();
        var bin = Single(doc, "image.txt");
        var d = Assert.Single(bin.Diagnostics());
        Assert.Equal("CX0001", d.Str("id"));
        Assert.Equal("error", d.Str("severity"));
        Assert.Contains("binary", d.Str("message"));
        Assert.Equal((1, 1), (d.Int("line"), d.Int("column")));
        Assert.Contains("CX5001", Single(doc, "warn.sbn").Ids());
        AssertNoStackTrace(r);

        var human = Cli.Run(_dir["lib"] + "/image.txt");
        Assert.Single(human.Stdout.Split('\n'), l => l.Contains("error CX0001"));
        Assert.Contains(":1:1: error CX0001: This file is a binary file", human.Stdout);
    }

    [Fact]
    public void InvalidUtf8IsCx0001AtTheBadByte()
    {
        // Line 4 is "Caf\xE9 opens at 9." in Latin-1: the bad byte is the 4th character of line 4.
        var bytes = Encoding.ASCII.GetBytes("Hi {{ customer.first_name }},\n\nThanks for waiting.\nCaf")
            .Concat(new byte[] { 0xE9 })
            .Concat(Encoding.ASCII.GetBytes(" opens at 9.\n")).ToArray();
        _dir.WriteBytes("lib/latin1.txt", bytes);
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "json", _dir["lib"]);
        Assert.Equal(1, r.ExitCode);
        using var doc = r.Json();
        var d = Assert.Single(Single(doc, "latin1.txt").Diagnostics());
        Assert.Equal("CX0001", d.Str("id"));
        Assert.Contains("not valid UTF-8", d.Str("message"));
        Assert.Contains("0xE9", d.Str("message"));
        Assert.Contains("byte offset 54", d.Str("message"));
        Assert.Equal((4, 4), (d.Int("line"), d.Int("column")));
        Assert.Contains("CX5001", Single(doc, "warn.sbn").Ids());
        AssertNoStackTrace(r);
    }

    [Fact]
    public void InvalidUtf8AfterABomAndMultibyteCharactersIsPositionedInCharacters()
    {
        // BOM, "Hi,\n", then "é" (2 bytes), "t", then a lone 0xE9: line 2, column 3; byte offset 10 in the file.
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i', (byte)',', (byte)'\n', 0xC3, 0xA9, (byte)'t', 0xE9, (byte)'\n' };
        var file = _dir.WriteBytes("bom-latin1.txt", bytes);
        using var doc = Cli.Run("--format", "json", file).Json();
        var d = Assert.Single(doc.Files().Single().Diagnostics());
        Assert.Equal("CX0001", d.Str("id"));
        Assert.Contains("byte offset 10", d.Str("message"));
        Assert.Equal((2, 3), (d.Int("line"), d.Int("column")));
    }

    [Fact]
    public void UnreadableFileIsOneCx0001()
    {
        var file = _dir.Write("locked.sbn", TestTemplates.WarningsOnly);
        // An exclusive lock makes the read fail on every platform (on Unix .NET takes an flock), even as root.
        using var hold = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var r = Cli.Run("--format", "json", file);
        Assert.Equal(1, r.ExitCode);
        using var doc = r.Json();
        var d = Assert.Single(doc.Files().Single().Diagnostics());
        Assert.Equal("CX0001", d.Str("id"));
        Assert.Contains("cannot be read", d.Str("message"));
        AssertNoStackTrace(r);
    }

    [Fact]
    public void ParseErrorIsCx0001AtTheParsersPosition()
    {
        _dir.Write("lib/broken.sbn", TestTemplates.ParseError);
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        var r = Cli.Run("--format", "json", _dir["lib"]);
        Assert.Equal(1, r.ExitCode);
        using var doc = r.Json();
        var d = Assert.Single(Single(doc, "broken.sbn").Diagnostics());
        Assert.Equal("CX0001", d.Str("id"));
        Assert.Equal("error", d.Str("severity"));
        Assert.Equal((3, 22, 3, 24), (d.Int("line"), d.Int("column"), d.Int("endLine"), d.Int("endColumn")));
        Assert.Contains("CX5001", Single(doc, "warn.sbn").Ids());

        var human = Cli.Run(_dir["lib"] + "/broken.sbn");
        Assert.Contains("broken.sbn:3:22: error CX0001: ", human.Stdout);
        Assert.Contains(" 3 | Your total is {{ 1 + }} today.", human.Stdout);
        Assert.Contains("   |                      ^^", human.Stdout);
        AssertNoStackTrace(human);
    }

    [Fact]
    public void LiquidParseErrorIsCx0001AtTheTag()
    {
        var file = _dir.Write("broken.liquid", "Hi {{ customer.first_name }},\n\n{% if order.late %}\nSorry.\n");
        var r = Cli.Run("--format", "json", file);
        Assert.Equal(1, r.ExitCode);
        using var doc = r.Json();
        var d = Assert.Single(doc.Files().Single().Diagnostics());
        Assert.Equal("CX0001", d.Str("id"));
        Assert.Equal(3, d.Int("line"));
    }

    [Fact]
    public void FrontMatterThatDoesNotParseIsCx0001()
    {
        var file = _dir.Write("fm.sbn", "---\nkind: [oops\n---\nHi {{ customer.first_name }},\n");
        using var doc = Cli.Run("--format", "json", file).Json();
        var d = Assert.Single(doc.Files().Single().Diagnostics(), x => x.Str("id") == "CX0001");
        Assert.Contains("Front matter", d.Str("message"));
    }

    [Fact]
    public void CrlfFileHasTheSamePositionsAsLf()
    {
        var lf = _dir.Write("lf/warn.sbn", TestTemplates.WarningsOnly);
        var crlf = _dir.Write("crlf/warn.sbn", TestTemplates.WarningsOnly.Replace("\n", "\r\n"));
        AssertSamePositions(lf, crlf);
        using var doc = Cli.Run("--format", "json", crlf).Json();
        var passive = doc.Files().Single().Diagnostics().Single(d => d.Str("id") == "CX5001");
        Assert.Equal((7, 43, 7), (passive.Int("line"), passive.Int("column"), passive.Int("endLine")));
        var greeting = doc.Files().Single().Diagnostics().First();
        Assert.Equal((5, 1, 5, 41), (greeting.Int("line"), greeting.Int("column"), greeting.Int("endLine"), greeting.Int("endColumn")));

        var parse = _dir.Write("crlf/broken.sbn", TestTemplates.ParseError.Replace("\n", "\r\n"));
        using var p = Cli.Run("--format", "json", parse).Json();
        var e = Assert.Single(p.Files().Single().Diagnostics());
        Assert.Equal((3, 22, 3, 24), (e.Int("line"), e.Int("column"), e.Int("endLine"), e.Int("endColumn")));

        // The excerpt shows the line without its '\r'.
        var human = Cli.Run(crlf);
        Assert.Contains(" 7 | Your order {{ order.number }} is delayed. I can check if you want me to.\n", human.Stdout.Replace("\r\n", "\n"));
        Assert.DoesNotContain("\r", human.Stdout.Replace(Environment.NewLine, "\n"));
    }

    [Fact]
    public void BomFileHasTheSamePositionsAsWithout()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        var plain = _dir.Write("plain/warn.sbn", TestTemplates.WarningsOnly);
        var withBom = _dir.WriteBytes("bom/warn.sbn", bom.Concat(Encoding.UTF8.GetBytes(TestTemplates.WarningsOnly)).ToArray());
        var bomCrlf = _dir.WriteBytes("bomcrlf/warn.sbn", bom.Concat(Encoding.UTF8.GetBytes(TestTemplates.WarningsOnly.Replace("\n", "\r\n"))).ToArray());
        AssertSamePositions(plain, withBom);
        AssertSamePositions(plain, bomCrlf);

        // A finding on line 1: column 1, not 2 (the BOM is not a character of the template).
        var firstLine = _dir.WriteBytes("bom/first.sbn", bom.Concat(Encoding.UTF8.GetBytes("I can check if you want me to.\n")).ToArray());
        using var doc = Cli.Run("--format", "json", firstLine).Json();
        var passive = doc.Files().Single().Diagnostics().Single(d => d.Str("id") == "CX5001");
        Assert.Equal((1, 1), (passive.Int("line"), passive.Int("column")));

        var parse = _dir.WriteBytes("bom/broken.sbn", bom.Concat(Encoding.UTF8.GetBytes(TestTemplates.ParseError)).ToArray());
        using var p = Cli.Run("--format", "json", parse).Json();
        var e = Assert.Single(p.Files().Single().Diagnostics());
        Assert.Equal((3, 22, 3, 24), (e.Int("line"), e.Int("column"), e.Int("endLine"), e.Int("endColumn")));

        // The excerpt does not show the BOM.
        var human = Cli.Run(firstLine);
        Assert.Contains(" 1 | I can check if you want me to.", human.Stdout);
        Assert.False(human.Stdout.Contains('\uFEFF', StringComparison.Ordinal), "the BOM leaked into the output");
    }

    private static void AssertSamePositions(string reference, string other)
    {
        using var a = Cli.Run("--format", "json", reference).Json();
        using var b = Cli.Run("--format", "json", other).Json();
        static string[] Positions(System.Text.Json.JsonDocument d) => d.Files().Single().Diagnostics()
            .Select(x => $"{x.Str("id")} {x.Int("line")}:{x.Int("column")}-{x.Int("endLine")}:{x.Int("endColumn")}").ToArray();
        var expected = Positions(a);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Positions(b));
    }

    [Fact]
    public void NonTemplateExtensionsAreNotWalked()
    {
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/data.json", "{\"a\":1}");
        _dir.WriteBytes("lib/logo.png", new byte[] { 0x89, (byte)'P', 0, 0 });
        using var doc = Cli.Run("--format", "json", _dir["lib"]).Json();
        Assert.Equal(new[] { "warn.sbn" }, doc.Files().Select(f => Path.GetFileName(f.Str("path"))).ToArray());
    }

    [Fact]
    public void HiddenAndBuildFoldersAreSkipped()
    {
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/.git/x.txt", TestTemplates.WithErrors);
        _dir.Write("lib/node_modules/pkg/readme.md", TestTemplates.WithErrors);
        _dir.Write("lib/bin/Debug/out.txt", TestTemplates.WithErrors);
        _dir.Write("lib/obj/x.txt", TestTemplates.WithErrors);
        var r = Cli.Run("--format", "json", _dir["lib"]);
        Assert.Equal(0, r.ExitCode);
        using var doc = r.Json();
        Assert.Single(doc.Files());
    }
}
