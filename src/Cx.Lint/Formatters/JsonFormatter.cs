using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cx.Templates.Model;

namespace Cx.Lint.Formatters
{
    /// <summary>
    /// The JSON contract (version 1): <c>{"version":1,"files":[…],"summary":{…}}</c>. Written with a
    /// streaming writer, one file at a time, so memory does not grow with the library.
    /// </summary>
    internal sealed class JsonFormatter : IFormatter
    {
        private Utf8JsonWriter? _json;
        private Stream? _stream;
        private TextWriter _out = TextWriter.Null;

        public void Begin(TextWriter output)
        {
            _out = output;
            _stream = new MemoryStream();
            _json = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _json.WriteStartObject();
            _json.WriteNumber("version", 1);
            _json.WriteString("tool", "cx-lint");
            _json.WriteString("toolVersion", Program.Version);
            _json.WriteStartArray("files");
            Flush();
        }

        public void File(FileReport report)
        {
            var w = _json!;
            w.WriteStartObject();
            w.WriteString("path", report.Path);
            w.WriteString("syntax", report.Syntax);
            if (report.Levels != null)
            {
                w.WriteStartObject("levels");
                foreach (var dim in EnumText.ScoredDimensions)
                    w.WriteString(dim.ToText(), (report.Levels.TryGetValue(dim, out var l) ? l : Level.Helpful).ToText());
                w.WriteEndObject();
            }
            w.WriteStartArray("diagnostics");
            foreach (var d in report.Diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteString("name", d.Rule.Name);
                w.WriteString("severity", d.Severity.ToText());
                w.WriteString("dimension", d.Dimension.ToText());
                if (d.Dimension != Dimension.Tool) w.WriteString("level", d.Level.ToText());
                w.WriteString("message", d.Message);
                w.WriteNumber("line", d.Start.Line);
                w.WriteNumber("column", d.Start.Column);
                w.WriteNumber("endLine", d.End.Line);
                w.WriteNumber("endColumn", d.End.Column);
                w.WriteString("helpUri", d.HelpUri);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            Flush();
        }

        public void End(RunSummary summary)
        {
            var w = _json!;
            w.WriteEndArray();
            w.WriteStartObject("summary");
            w.WriteNumber("files", summary.Files);
            w.WriteNumber("errors", summary.Errors);
            w.WriteNumber("warnings", summary.Warnings);
            w.WriteNumber("infos", summary.Infos);
            w.WriteStartObject("scorecard");
            foreach (var dim in EnumText.ScoredDimensions)
            {
                w.WriteStartObject(dim.ToText());
                w.WriteNumber(Level.Bad.ToText(), summary.CountAt(dim, Level.Bad));
                w.WriteNumber(Level.MiddleOfTheRoad.ToText(), summary.CountAt(dim, Level.MiddleOfTheRoad));
                w.WriteNumber(Level.Helpful.ToText(), summary.CountAt(dim, Level.Helpful));
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            Flush();
            _out.WriteLine();
        }

        private void Flush()
        {
            _json!.Flush();
            var ms = (MemoryStream)_stream!;
            _out.Write(Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length));
            ms.SetLength(0);
        }
    }
}
