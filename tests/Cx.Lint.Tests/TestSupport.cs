using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cx.Lint.Tests;

/// <summary>What one cx-lint run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonDocument Json() => JsonDocument.Parse(Stdout);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs the CLI in-process through <c>Program.Run</c>, or as the built <c>cx-lint</c> executable.</summary>
public static class Cli
{
    /// <summary>cx-lint in-process, with its output captured. Pass absolute paths: the tests never change the current directory.</summary>
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The built cx-lint apphost copied next to the tests.</summary>
    public static string ExecutablePath
    {
        get
        {
            var name = OperatingSystem.IsWindows() ? "cx-lint.exe" : "cx-lint";
            var path = Path.Combine(AppContext.BaseDirectory, name);
            Assert.True(File.Exists(path), $"the cx-lint executable is not at {path}; build src/Cx.Lint");
            return path;
        }
    }

    /// <summary>cx-lint as a separate process with redirected output, in <paramref name="workingDirectory"/>.</summary>
    public static CliResult RunProcess(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        RunProgram(ExecutablePath, args, workingDirectory, environment);

    public static CliResult RunProgram(string fileName, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string?>? environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        // A colour setting inherited from whoever runs the tests must not decide the outcome.
        info.Environment.Remove("NO_COLOR");
        if (environment != null)
        {
            foreach (var (key, value) in environment)
            {
                if (value == null) info.Environment.Remove(key);
                else info.Environment[key] = value;
            }
        }
        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), $"{fileName} did not finish in 2 minutes");
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>Where the repository, shared/ and the samples are, found from the test binaries.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Cx.sln"))) dir = dir.Parent;
        Assert.True(dir != null, $"no folder with Cx.sln above {AppContext.BaseDirectory}");
        return dir!.FullName;
    });

    public static string Root => RootPath.Value;

    /// <summary>/work/shared: beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Samples => Path.Combine(Root, "samples", "templates");

    public static string Docs => Path.Combine(Root, "docs", "rules");
}

/// <summary>A fresh folder under the system temp folder, deleted afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cx-lint-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Writes UTF-8 text (no BOM) exactly as given: line endings are not touched.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Mkdir(string relative)
    {
        var full = this[relative];
        Directory.CreateDirectory(full);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Templates with known findings, shared by the tests.</summary>
public static class TestTemplates
{
    /// <summary>A Helpful SMS: no findings at all.</summary>
    public const string Clean =
        "---\nkind: transactional\nchannel: sms\nphase: delivery\nlocale: en-GB\n---\n" +
        "Hi {{ customer.first_name ?? \"there\" }}, your Northwind Home delivery arrives today, {{ order.delivery_window }}. " +
        "Heads up: the crew need clear access to the water tap. Track or change: {{ order.tracking_url }}\n";

    /// <summary>
    /// Warnings only: CX5002 and CX5004 at 5:1–5:41, CX5001 at 7:43 ("I can check if you want…"; where the
    /// match ends depends on the engine's phrase list).
    /// </summary>
    public const string WarningsOnly =
        "---\nkind: support-reply\nchannel: chat\n---\n" +
        "Hi {{ customer.first_name ?? \"there\" }},\n" +
        "\n" +
        "Your order {{ order.number }} is delayed. I can check if you want me to.\n" +
        "You may notice a second tracking email from the courier; it is for the same parcel.\n";

    /// <summary>A Bad Service message: errors (CX3001, CX6002) among others.</summary>
    public const string WithErrors =
        "---\nkind: transactional\nchannel: sms\nphase: delivery\n---\n" +
        "NORTHWIND HOME: Your delivery is tomorrow between 8am-6pm. Times subject to change without notice.\n";

    /// <summary>Does not parse: the '+' has no right-hand side. CX0001 at 3:22–3:24 (the "}}").</summary>
    public const string ParseError =
        "Hi {{ customer.first_name }},\n" +
        "\n" +
        "Your total is {{ 1 + }} today.\n";
}

public static class Ansi
{
    /// <summary>Any escape character at all.</summary>
    public static bool HasEscape(string s) => s.Contains('\u001b');

    /// <summary>An SGR (colour/bold) sequence such as ESC[1;31m.</summary>
    public static bool HasColour(string s) => Regex.IsMatch(s, "\u001b\\[[0-9;]*m");
}

public static class JsonExtensions
{
    public static IEnumerable<JsonElement> Files(this JsonDocument doc) => doc.RootElement.GetProperty("files").EnumerateArray();

    public static IEnumerable<JsonElement> Diagnostics(this JsonElement file) => file.GetProperty("diagnostics").EnumerateArray();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();

    public static JsonElement FileNamed(this JsonDocument doc, string pathSuffix) =>
        doc.Files().Single(f => f.Str("path").EndsWith(pathSuffix, StringComparison.Ordinal));

    public static string[] Ids(this JsonElement file) => file.Diagnostics().Select(d => d.Str("id")).ToArray();
}

/// <summary>Snapshot of a folder's files: bytes and timestamps, to prove a run wrote nothing.</summary>
public sealed class FolderSnapshot
{
    private readonly Dictionary<string, (byte[] Bytes, DateTime Written, DateTime Created)> _files;

    public FolderSnapshot(string root)
    {
        Root = root;
        _files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f), File.GetCreationTimeUtc(f)), StringComparer.Ordinal);
    }

    public string Root { get; }

    public int Count => _files.Count;

    public void AssertUnchanged()
    {
        var now = Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.Equal(_files.Keys.OrderBy(f => f, StringComparer.Ordinal).ToArray(), now);
        foreach (var (path, before) in _files)
        {
            Assert.True(before.Bytes.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{path} changed");
            Assert.Equal(before.Written, File.GetLastWriteTimeUtc(path));
            Assert.Equal(before.Created, File.GetCreationTimeUtc(path));
        }
    }
}
