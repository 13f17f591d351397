using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Lint.Formatters
{
    /// <summary>
    /// SARIF 2.1.0 (the schema in shared/schemas): one run, <c>tool.driver.rules</c> with help links,
    /// results with regions. Results stream out as files finish; the rule table comes first since it is known up front.
    /// </summary>
    internal sealed class SarifFormatter : IFormatter
    {
        private Utf8JsonWriter? _json;
        private MemoryStream? _stream;
        private TextWriter _out = TextWriter.Null;
        private readonly Dictionary<string, int> _ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);

        public void Begin(TextWriter output)
        {
            _out = output;
            _stream = new MemoryStream();
            var w = _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "cx-lint");
            w.WriteString("version", Program.Version);
            w.WriteString("semanticVersion", Program.Version);
            w.WriteString("informationUri", "https://github.com/cx-lint/cx");
            w.WriteStartArray("rules");
            var i = 0;
            foreach (var rule in RuleCatalog.Descriptors)
            {
                _ruleIndex[rule.Id] = i++;
                w.WriteStartObject();
                w.WriteString("id", rule.Id);
                w.WriteString("name", rule.Name);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", rule.Summary);
                w.WriteEndObject();
                w.WriteString("helpUri", rule.HelpUri);
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", Level(rule.DefaultSeverity));
                w.WriteEndObject();
                w.WriteStartObject("properties");
                w.WriteString("dimension", rule.Dimension.ToText());
                if (rule.Dimension != Dimension.Tool) w.WriteString("level", rule.Level.ToText());
                w.WriteStartArray("tags");
                w.WriteStringValue(rule.Dimension.ToText());
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("columnKind", "utf16CodeUnits");
            w.WriteStartArray("results");
            Flush();
        }

        public void File(FileReport report)
        {
            var w = _json!;
            foreach (var d in report.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", d.Id);
                if (_ruleIndex.TryGetValue(d.Id, out var index)) w.WriteNumber("ruleIndex", index);
                w.WriteString("level", Level(d.Severity));
                w.WriteStartObject("message");
                w.WriteString("text", d.Message);
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", Uri(report.Path));
                w.WriteEndObject();
                w.WriteStartObject("region");
                w.WriteNumber("startLine", d.Start.Line);
                w.WriteNumber("startColumn", d.Start.Column);
                w.WriteNumber("endLine", Math.Max(d.End.Line, d.Start.Line));
                w.WriteNumber("endColumn", d.End.Line > d.Start.Line ? d.End.Column : Math.Max(d.End.Column, d.Start.Column));
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteStartObject("properties");
                w.WriteString("dimension", d.Dimension.ToText());
                if (d.Dimension != Dimension.Tool) w.WriteString("level", d.Level.ToText());
                w.WriteEndObject();
                w.WriteEndObject();
            }
            Flush();
        }

        public void End(RunSummary summary)
        {
            var w = _json!;
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            Flush();
            _out.WriteLine();
        }

        private static string Level(Severity s) => s switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            Severity.Info => "note",
            _ => "none",
        };

        /// <summary>
        /// A relative path stays a relative reference (SARIF allows it); an absolute path becomes a
        /// <c>file://</c> URI. Spaces, reserved characters and non-ASCII (as UTF-8 bytes) are percent-encoded,
        /// so the result is a valid RFC 3986 URI reference.
        /// </summary>
        internal static string Uri(string path)
        {
            var p = path.Replace('\\', '/');
            var prefix = "";
            if (p.StartsWith("/", StringComparison.Ordinal)) prefix = "file://";
            else if (p.Length >= 3 && p[1] == ':' && p[2] == '/' && ((p[0] >= 'A' && p[0] <= 'Z') || (p[0] >= 'a' && p[0] <= 'z'))) prefix = "file:///";
            var sb = new StringBuilder(prefix, p.Length + 16);
            foreach (var b in Encoding.UTF8.GetBytes(p))
            {
                var c = (char)b;
                var unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
                var allowed = unreserved || c == '/' || c == '!' || c == '$' || c == '&' || c == '\'' || c == '(' || c == ')' || c == '*'
                    || c == '+' || c == ',' || c == ';' || c == '=' || c == '@' || (c == ':' && prefix.Length > 0);
                if (allowed && b < 0x80) sb.Append(c);
                else sb.Append('%').Append(b.ToString("X2"));
            }
            return sb.ToString();
        }

        private void Flush()
        {
            _json!.Flush();
            _out.Write(Encoding.UTF8.GetString(_stream!.GetBuffer(), 0, (int)_stream.Length));
            _stream.SetLength(0);
        }
    }
}
