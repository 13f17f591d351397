using System.Text.Json;
using System.Text.Json.Nodes;
using Cx.Templates.Rules;
using Json.Schema;

namespace Cx.Lint.Tests;

/// <summary>
/// The SARIF 2.1.0 schema from shared/schemas, loaded once. The file is JSON Schema draft-04, which
/// JsonSchema.Net does not read; it is evaluated as draft-07 without its root <c>id</c> (every
/// <c>$ref</c> in it is local). That is sound only while the schema uses keywords that mean the same in both drafts,
/// which <see cref="SarifFormatTests.SchemaUsesOnlyKeywordsThatMeanTheSameInDraft4AndDraft7"/> checks.
/// </summary>
public static class SarifSchema
{
    public static string PathOnDisk => Path.Combine(Repo.Shared, "schemas", "sarif-schema-2.1.0.json");

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        // Fail, never skip: without the schema the SARIF output is unchecked.
        Assert.True(File.Exists(PathOnDisk), $"The SARIF schema is missing: {PathOnDisk} (expected shared/ beside the repository root {Repo.Root}).");
        var node = JsonNode.Parse(File.ReadAllText(PathOnDisk))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)node["$schema"]);
        // Every $ref in it is local ("#/definitions/…"), so its draft-04 "id" is only a label: dropped.
        node.Remove("id");
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft07 };
        return JsonSchema.FromText(node.ToJsonString(), options);
    });

    public static JsonNode Raw() => JsonNode.Parse(File.ReadAllText(PathOnDisk))!;

    public static void AssertValid(string sarif)
    {
        using var doc = JsonDocument.Parse(sarif);
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return;
        var problems = (result.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors != null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .Take(30);
        Assert.Fail("SARIF output does not validate against sarif-schema-2.1.0.json:\n" + string.Join("\n", problems) + "\n--- output ---\n" + sarif);
    }
}

public sealed class SarifFormatTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void SchemaFileIsPresent()
    {
        Assert.True(File.Exists(SarifSchema.PathOnDisk), $"missing {SarifSchema.PathOnDisk}");
    }

    [Fact]
    public void SchemaUsesOnlyKeywordsThatMeanTheSameInDraft4AndDraft7()
    {
        // draft-04 keywords whose meaning changed by draft-07: "id" (now "$id", only at the root here)
        // and boolean "exclusiveMinimum"/"exclusiveMaximum". Anything else unknown would need a look.
        var safe = new HashSet<string>(StringComparer.Ordinal)
        {
            "$schema", "$ref", "title", "description", "default", "type", "enum", "properties", "additionalProperties",
            "patternProperties", "required", "items", "minItems", "maxItems", "uniqueItems", "minimum", "maximum",
            "minLength", "maxLength", "pattern", "format", "definitions", "anyOf", "oneOf", "allOf", "not", "dependencies",
        };
        var root = SarifSchema.Raw().AsObject();
        var used = new HashSet<string>(StringComparer.Ordinal);
        Collect(root, used, isRoot: true);
        Assert.DoesNotContain(used, k => !safe.Contains(k));

        static void Collect(JsonNode? node, HashSet<string> keys, bool isRoot)
        {
            if (node is JsonObject o)
            {
                foreach (var (k, v) in o)
                {
                    if (isRoot && k == "id") continue;
                    keys.Add(k);
                    if (k is "properties" or "definitions" or "patternProperties")
                        foreach (var (_, sub) in v!.AsObject()) Collect(sub, keys, false);
                    else if (k is "enum" or "required" or "default") continue;
                    else Collect(v, keys, false);
                }
            }
            else if (node is JsonArray a)
            {
                foreach (var item in a) Collect(item, keys, false);
            }
        }
    }

    [Fact]
    public void ValidatorRejectsAnInvalidLog()
    {
        // The validation is real: a log without runs, or with a bad region, fails.
        Assert.ThrowsAny<Exception>(() => SarifSchema.AssertValid("{\"version\":\"2.1.0\"}"));
        Assert.ThrowsAny<Exception>(() => SarifSchema.AssertValid(
            "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},\"results\":[{\"message\":{\"text\":\"m\"},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"a\"},\"region\":{\"startLine\":0}}}]}]}]}"));
    }

    [Fact]
    public void SamplesLogIsValid()
    {
        var r = Cli.Run("--format", "sarif", Repo.Samples);
        Assert.Equal(1, r.ExitCode);
        SarifSchema.AssertValid(r.Stdout);
    }

    [Fact]
    public void LogWithBadInputAndConfigurationErrorsIsValid()
    {
        _dir.Write("lib/.cxlint.yml", "rules:\n  CX5001: loud\nfoo: 1\n");
        _dir.Write("lib/parse.sbn", TestTemplates.ParseError);
        _dir.WriteBytes("lib/binary.txt", new byte[] { (byte)'H', (byte)'i', 0, 1, 2 });
        _dir.WriteBytes("lib/latin1.txt", new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n' });
        _dir.Write("lib/with space/caf\u00e9 #1.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/clean.txt", TestTemplates.Clean);
        var r = Cli.Run("--format", "sarif", _dir["lib"]);
        Assert.Equal(2, r.ExitCode);
        SarifSchema.AssertValid(r.Stdout);
    }

    [Fact]
    public void EmptyRunIsValid()
    {
        var file = _dir.Write("clean.txt", TestTemplates.Clean);
        var r = Cli.Run("--format", "sarif", file);
        Assert.Equal(0, r.ExitCode);
        SarifSchema.AssertValid(r.Stdout);
        using var doc = r.Json();
        Assert.Empty(doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public void DriverListsEveryRuleWithHelpUri()
    {
        var file = _dir.Write("clean.txt", TestTemplates.Clean);
        using var doc = Cli.Run("--format", "sarif", file).Json();
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.Str("version"));
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("cx-lint", driver.Str("name"));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.Descriptors.Select(d => d.Id).ToArray(), rules.Select(x => x.Str("id")).ToArray());
        foreach (var rule in rules)
        {
            var descriptor = RuleCatalog.Find(rule.Str("id"))!;
            Assert.Equal(descriptor.HelpUri, rule.Str("helpUri"));
            Assert.Equal(descriptor.Name, rule.Str("name"));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").Str("text")));
        }
    }

    [Fact]
    public void ResultsCarryRuleAndRegion()
    {
        var file = _dir.Write("warn.sbn", TestTemplates.WarningsOnly);
        using var doc = Cli.Run("--format", "sarif", file).Json();
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(x => x.Str("id")).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(new[] { "CX5002", "CX5004", "CX5001" }, results.Select(x => x.Str("ruleId")).ToArray());
        foreach (var res in results)
        {
            Assert.Equal(res.Str("ruleId"), rules[res.Int("ruleIndex")]);
            Assert.Equal("warning", res.Str("level"));
            Assert.False(string.IsNullOrWhiteSpace(res.GetProperty("message").Str("text")));
        }
        var passive = results.Single(x => x.Str("ruleId") == "CX5001");
        var location = passive.GetProperty("locations")[0].GetProperty("physicalLocation");
        var region = location.GetProperty("region");
        Assert.Equal((7, 43, 7), (region.Int("startLine"), region.Int("startColumn"), region.Int("endLine")));
        Assert.True(region.Int("endColumn") > 43);
        Assert.Equal(new Uri(file).AbsoluteUri, location.GetProperty("artifactLocation").Str("uri"));
    }

    [Fact]
    public void SeveritiesMapToSarifLevels()
    {
        _dir.Write("lib/.cxlint.yml", "rules:\n  CX5004: info\n");
        _dir.Write("lib/warn.sbn", TestTemplates.WarningsOnly);
        _dir.Write("lib/err.txt", TestTemplates.WithErrors);
        using var doc = Cli.Run("--format", "sarif", _dir["lib"]).Json();
        var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, x => x.Str("ruleId") == "CX5004" && x.Str("level") == "note");
        Assert.Contains(results, x => x.Str("ruleId") == "CX5001" && x.Str("level") == "warning");
        Assert.Contains(results, x => x.Str("ruleId") == "CX6002" && x.Str("level") == "error");
    }

    [Fact]
    public void UrisAreEscapedUriReferences()
    {
        Assert.Equal("templates/a%20b/caf%C3%A9%20%231.sbn", Formatters.SarifFormatter.Uri("templates/a b/caf\u00e9 #1.sbn"));
        Assert.Equal("templates/x.sbn", Formatters.SarifFormatter.Uri("templates\\x.sbn"));
        Assert.Equal("file:///tmp/a%20b.sbn", Formatters.SarifFormatter.Uri("/tmp/a b.sbn"));
        Assert.Equal("file:///C:/t/x.sbn", Formatters.SarifFormatter.Uri("C:\\t\\x.sbn"));
        Assert.Equal("a%3Ab.sbn", Formatters.SarifFormatter.Uri("a:b.sbn")); // not a scheme
    }
}
