using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Lint.Formatters
{
    /// <summary>
    /// The library scorecard: one self-contained HTML page (no external assets) with the seed table
    /// and template counts as a heat map, then the templates worst first, each finding linked to its
    /// line in the template's source listing.
    /// </summary>
    internal sealed class HtmlReport
    {
        /// <summary>The seeds/000 table, condensed: what each level looks like in each dimension.</summary>
        private static readonly Dictionary<Dimension, string[]> SeedTable = new Dictionary<Dimension, string[]>
        {
            [Dimension.Attitude] = new[] { "Rude, distracted, disrespectful; no authority to help.", "Seems fine, nothing special: \"I feel like a job number\".", "Upbeat, patient, treats me as an individual, by name; has authority to help." },
            [Dimension.Responsiveness] = new[] { "Misses appointments, doesn't return calls.", "Mostly responsive, inconsistent in time and clarity.", "Makes and keeps appointments; responds clearly and quickly to the channel's standard." },
            [Dimension.Personalization] = new[] { "Same communications for all customers.", "Same for all, some project-based personalization.", "I feel known: words, examples and channel chosen for me." },
            [Dimension.Knowledge] = new[] { "No knowledge beyond surface level.", "General expertise in the industry.", "Knows what is offered locally; best practices; good outcomes." },
            [Dimension.Insights] = new[] { "General information; can't explain the key steps.", "\"I can check if you want me to.\" Doesn't bring up what I didn't ask.", "Describes how work proceeds and my choices; a specific recommendation and why." },
            [Dimension.Friction] = new[] { "Fine print, asks what it already knows, sends me elsewhere.", "Some effort needed to get things done.", "Complete, accurate, easy: no games, no gimmicks." },
        };

        private readonly List<FileReport> _files = new List<FileReport>();

        public void Add(FileReport report)
        {
            if (report.Levels != null || report.Diagnostics.Count > 0) _files.Add(report);
        }

        public void Write(TextWriter w, RunSummary summary, DateTime generated)
        {
            w.Write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            w.Write("<title>Cx scorecard</title><style>");
            w.Write(StyleSheet);
            w.Write("</style></head><body><main>");
            w.Write($"<header><h1>Customer experience scorecard</h1><p class=\"meta\">{summary.Templates} templates · {summary.Errors} errors · {summary.Warnings} warnings · {summary.Infos} infos · generated {generated:yyyy-MM-dd HH:mm} by cx-lint {E(Program.Version)}</p></header>");

            // The seed table as a heat map: the share of templates at each level colours the cell.
            w.Write("<section><h2>Where the library stands</h2><table class=\"seed\"><thead><tr><th></th><th class=\"bad\">Bad Service</th><th class=\"motr\">Middle of the Road</th><th class=\"good\">Helpful Expertise</th></tr></thead><tbody>");
            foreach (var dim in EnumText.ScoredDimensions)
            {
                w.Write($"<tr><th scope=\"row\">{E(Title(dim))}</th>");
                var levels = new[] { Level.Bad, Level.MiddleOfTheRoad, Level.Helpful };
                for (var i = 0; i < 3; i++)
                {
                    var count = summary.CountAt(dim, levels[i]);
                    var share = summary.Templates == 0 ? 0 : (double)count / summary.Templates;
                    var hue = i == 0 ? "0,70%,50%" : i == 1 ? "38,92%,50%" : "145,55%,40%";
                    w.Write($"<td style=\"background:hsla({hue},{0.08 + share * 0.72:0.00})\"><span class=\"count\">{count}</span><span class=\"seedtext\">{E(SeedTable[dim][i])}</span></td>");
                }
                w.Write("</tr>");
            }
            w.Write("</tbody></table></section>");

            // Worst templates first: Bad dimensions weigh double, then the number of findings.
            var ranked = _files
                .Select((f, i) => (File: f, Index: i, Score: Score(f)))
                .OrderByDescending(x => x.Score)
                .ThenByDescending(x => x.File.Diagnostics.Count)
                .ThenBy(x => x.File.Path, StringComparer.Ordinal)
                .ToList();
            w.Write("<section><h2>Templates, worst first</h2>");
            foreach (var (file, index, _) in ranked)
            {
                var id = "t" + index;
                w.Write($"<article id=\"{id}\"><h3><a href=\"#{id}\">{E(file.Path)}</a> <span class=\"syntax\">{E(file.Syntax)}</span></h3><div class=\"chips\">");
                if (file.Levels != null)
                    foreach (var dim in EnumText.ScoredDimensions)
                    {
                        var level = file.Levels.TryGetValue(dim, out var l) ? l : Level.Helpful;
                        w.Write($"<span class=\"chip {LevelClass(level)}\" title=\"{E(level.ToDisplay())}\">{E(Title(dim))}</span>");
                    }
                w.Write("</div>");
                if (file.Diagnostics.Count == 0) w.Write("<p class=\"clean\">No findings: Helpful Expertise in every dimension.</p>");
                else
                {
                    w.Write("<ol class=\"findings\">");
                    var lines = file.Text == null ? null : new LineMap(file.Text); // once per file, not per finding
                    foreach (var d in file.Diagnostics)
                    {
                        w.Write($"<li class=\"{d.Severity.ToText()}\"><a class=\"pos\" href=\"#{id}-L{d.Start.Line}\">{d.Start.Line}:{d.Start.Column}</a> ");
                        w.Write($"<span class=\"sev\">{d.Severity.ToText()}</span> <a class=\"rule\" href=\"{E(d.HelpUri)}\">{E(d.Id)} {E(d.Rule.Name)}</a> <span class=\"msg\">{E(d.Message)}</span>");
                        var excerpt = Excerpt(file.Text, lines, d);
                        if (excerpt != null) w.Write($"<pre class=\"excerpt\">{excerpt}</pre>");
                        w.Write("</li>");
                    }
                    w.Write("</ol>");
                }
                if (file.Text != null) WriteSource(w, id, file);
                w.Write("</article>");
            }
            w.Write("</section><footer>Cx reads the static text of each template and the variables it uses; levels follow the five dimensions of customer experience.</footer></main></body></html>");
        }

        private static int Score(FileReport f) =>
            f.Levels == null ? 100 : f.Levels.Values.Sum(l => l == Level.Bad ? 2 : l == Level.MiddleOfTheRoad ? 1 : 0);

        private static string? Excerpt(string? text, LineMap? lines, Diagnostic d)
        {
            if (text == null || lines == null || d.Span.Length == 0 && d.Start.Line <= 1 && d.Start.Column <= 1 && d.Dimension == Dimension.Tool) return null;
            if (d.Start.Line > lines.LineCount) return null;
            var start = lines.LineStart(d.Start.Line);
            var end = start;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r' && end - start < 400) end++;
            var line = text.Substring(start, end - start);
            var from = Math.Min(line.Length, Math.Max(0, d.Start.Column - 1));
            var to = d.End.Line == d.Start.Line ? Math.Min(line.Length, Math.Max(from, d.End.Column - 1)) : line.Length;
            return $"<span class=\"ln\">{d.Start.Line}</span>{E(line.Substring(0, from))}<mark>{E(line.Substring(from, to - from))}</mark>{E(line.Substring(to))}";
        }

        private static void WriteSource(TextWriter w, string id, FileReport file)
        {
            var marked = new HashSet<int>(file.Diagnostics.Select(d => d.Start.Line));
            w.Write("<details><summary>Source</summary><pre class=\"source\">");
            var n = 0;
            foreach (var line in file.Text!.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
            {
                n++;
                w.Write($"<span id=\"{id}-L{n}\" class=\"line{(marked.Contains(n) ? " hit" : "")}\"><span class=\"ln\">{n}</span>{E(line)}</span>\n");
                if (n > 2000) { w.Write("…\n"); break; }
            }
            w.Write("</pre></details>");
        }

        private static string Title(Dimension d) => char.ToUpperInvariant(d.ToText()[0]) + d.ToText().Substring(1);

        private static string LevelClass(Level l) => l == Level.Bad ? "bad" : l == Level.MiddleOfTheRoad ? "motr" : "good";

        private static string E(string s) => WebUtility.HtmlEncode(s);

        private const string StyleSheet = @"
:root{--ink:#1d2330;--muted:#5b6475;--line:#e3e6ec;--bad:#c62828;--motr:#b26a00;--good:#1e7d4a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink);background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:32px 24px}h1{margin:0 0 4px;font-size:28px}h2{font-size:20px;margin:32px 0 12px}.meta{color:var(--muted);margin:0}
table.seed{width:100%;border-collapse:separate;border-spacing:6px;table-layout:fixed}table.seed th{text-align:left;font-weight:600;padding:6px 8px}
table.seed thead th.bad{color:var(--bad)}table.seed thead th.motr{color:var(--motr)}table.seed thead th.good{color:var(--good)}
table.seed td{border-radius:10px;padding:12px 14px;vertical-align:top}.count{display:block;font-size:26px;font-weight:700}.seedtext{display:block;font-size:12.5px;color:#333;margin-top:4px;line-height:1.35}
article{background:#fff;border:1px solid var(--line);border-radius:12px;padding:16px 20px;margin:14px 0;box-shadow:0 1px 2px rgba(0,0,0,.04)}
article h3{margin:0 0 8px;font-size:16px;word-break:break-all}article h3 a{color:var(--ink);text-decoration:none}.syntax{font-size:12px;color:var(--muted);font-weight:400;border:1px solid var(--line);border-radius:6px;padding:1px 6px;margin-left:6px}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}.chip{font-size:12px;border-radius:999px;padding:2px 10px;color:#fff}.chip.bad{background:var(--bad)}.chip.motr{background:var(--motr)}.chip.good{background:var(--good)}
ol.findings{padding-left:18px;margin:0}ol.findings li{margin:8px 0;line-height:1.45}.pos{font-family:ui-monospace,monospace;font-size:12.5px;color:var(--muted)}
.sev{font-size:11px;text-transform:uppercase;letter-spacing:.04em;font-weight:700;margin:0 4px}li.error .sev{color:var(--bad)}li.warning .sev{color:var(--motr)}li.info .sev{color:#1565c0}
.rule{font-weight:600;color:var(--ink)}.msg{color:#2b3242}pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12.5px;white-space:pre-wrap;word-break:break-word}
pre.excerpt{background:#f3f4f7;border-radius:8px;padding:6px 10px;margin:6px 0 0}mark{background:#ffe08a;border-radius:3px;padding:0 1px}
.ln{display:inline-block;min-width:3em;color:#9aa1ad;user-select:none}details summary{cursor:pointer;color:var(--muted);margin-top:10px}pre.source{background:#fafbfc;border:1px solid var(--line);border-radius:8px;padding:8px}
.line.hit{background:#fff4d6;display:inline-block;width:100%}.line:target{background:#ffe08a;display:inline-block;width:100%}.clean{color:var(--good);margin:0}footer{color:var(--muted);font-size:12px;margin:32px 0}";
    }
}
