using System.Text.Json;
using Cx.Lint.Files;
using YamlDotNet.RepresentationModel;

namespace Cx.Lint.Tests;

/// <summary>
/// samples/templates/expectations.yml lists, for every sample, the rule ids it is written to trigger.
/// cx-lint must find exactly those (no more, no fewer), and the list and the folder must agree.
/// </summary>
public sealed class SampleExpectationsTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> Expected = new(() =>
    {
        var path = Path.Combine(Repo.Samples, "expectations.yml");
        Assert.True(File.Exists(path), $"missing {path}");
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path)) yaml.Load(reader);
        var map = Assert.IsType<YamlMappingNode>(yaml.Documents[0].RootNode);
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            var ids = Assert.IsType<YamlSequenceNode>(value).Children.Select(n => ((YamlScalarNode)n).Value!).ToArray();
            Assert.True(result.TryAdd(name, ids), $"{name} is listed twice in expectations.yml");
        }
        return result;
    });

    /// <summary>One run of cx-lint --format json over the whole folder: sample (relative, '/') → rule ids found.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> Actual = new(() =>
    {
        var r = Cli.Run("--format", "json", Repo.Samples);
        Assert.True(r.ExitCode is 0 or 1, r.ToString());
        using var doc = JsonDocument.Parse(r.Stdout);
        var prefix = Repo.Samples.Replace('\\', '/').TrimEnd('/') + "/";
        return doc.Files().ToDictionary(
            f => { var p = f.Str("path"); Assert.StartsWith(prefix, p); return p.Substring(prefix.Length); },
            f => f.Ids(),
            StringComparer.Ordinal);
    });

    /// <summary>The samples on disk: every file with a template extension, less the folder's README.</summary>
    private static IReadOnlyList<string> SamplesOnDisk() =>
        Directory.EnumerateFiles(Repo.Samples, "*", SearchOption.AllDirectories)
            .Where(f => FileDiscovery.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Select(f => Path.GetRelativePath(Repo.Samples, f).Replace('\\', '/'))
            .Where(f => f != "README.md")
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var s in SamplesOnDisk()) data.Add(s);
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleHasExactlyTheExpectedRuleIds(string sample)
    {
        Assert.True(Expected.Value.ContainsKey(sample), $"{sample} has no entry in expectations.yml");
        Assert.True(Actual.Value.ContainsKey(sample), $"cx-lint did not lint {sample}");
        var expected = Expected.Value[sample].Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();
        var actual = Actual.Value[sample].Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();
        var missing = expected.Except(actual).ToArray();
        var extra = actual.Except(expected).ToArray();
        Assert.True(missing.Length == 0 && extra.Length == 0,
            $"{sample}: expected [{string.Join(", ", expected)}], found [{string.Join(", ", actual)}]; " +
            $"missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}]");
    }

    [Fact]
    public void EverySampleHasAnEntryAndEveryEntryIsASample()
    {
        var onDisk = SamplesOnDisk();
        Assert.NotEmpty(onDisk);
        var listed = Expected.Value.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.Equal(onDisk, listed);
    }

    [Fact]
    public void CxLintLintsEverySampleAndNothingElse()
    {
        Assert.Equal(SamplesOnDisk(), Actual.Value.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void ExpectationsNameOnlyKnownRules()
    {
        foreach (var (sample, ids) in Expected.Value)
            foreach (var id in ids)
                Assert.True(Cx.Templates.Rules.RuleCatalog.Find(id) != null, $"{sample}: {id} is not a rule");
    }

    [Fact]
    public void HelpfulSamplesExpectNothing()
    {
        foreach (var (sample, ids) in Expected.Value)
        {
            var name = Path.GetFileName(sample);
            if (name.StartsWith("helpful.", StringComparison.Ordinal) || name.Contains("-helpful.", StringComparison.Ordinal))
                Assert.True(ids.Length == 0, $"{sample} is a Helpful sample but expects [{string.Join(", ", ids)}]");
        }
    }
}
