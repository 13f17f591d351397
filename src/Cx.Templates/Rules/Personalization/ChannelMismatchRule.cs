using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Parsing;

namespace Cx.Templates.Rules.Personalization
{
    /// <summary>
    /// CX3005: content that does not fit its channel. An SMS, push or chat message longer than the channel's
    /// <c>max_length</c> (an SMS counted in GSM-7 or UCS-2 segments), an SMS that a single character pushes
    /// into UCS-2, Markdown or HTML in an SMS or push notification, an email with no subject, a push
    /// notification of several paragraphs.
    /// </summary>
    public sealed class ChannelMismatchRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX3005", "ChannelMismatch", Dimension.Personalization, Level.MiddleOfTheRoad, Severity.Warning,
            "Content that does not fit its channel: a long or markup-laden SMS, an email without a subject, a push notification of several paragraphs.");

        private const RegexOptions Options = RegexOptions.CultureInvariant;

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) => context.Metadata.Channel != null;

        public override void Analyze(RuleContext context)
        {
            var channel = context.Metadata.Channel!.ToLowerInvariant();
            var model = context.Model;
            switch (channel)
            {
                case "email":
                    // Only a template with front matter describes the whole email; a body embedded in code
                    // (or a partial) gets its subject elsewhere.
                    if (model.FrontMatterSpan != null && string.IsNullOrWhiteSpace(context.Metadata.Subject))
                        context.Report(model.OpeningSpan,
                            "This email has no subject, so the inbox shows a blank or the first line: add a specific `subject:` to the front matter (\"Your boiler service on {{ appointment.date }}\").");
                    break;
                case "push":
                    if (model.Prose.Blocks.Count > 1)
                        context.Report(model.Prose.ToSource(model.Prose.Blocks[1]),
                            $"This push notification has {model.Prose.Blocks.Count} paragraphs, but a lock screen shows two lines of one: say it in one short paragraph and put the rest behind the tap.");
                    break;
            }
            if (channel == "sms" || channel == "push") ReportMarkup(context, channel);
            ReportLength(context, channel);
        }

        // --- length -----------------------------------------------------------------------------

        private static void ReportLength(RuleContext context, string channel)
        {
            var max = context.Configuration.ChannelFor(channel)?.MaxLength;
            var sms = channel == "sms";
            if (max == null && !sms) return;
            var estimate = RenderEstimate.Of(context.Model);
            if (estimate.Text.Length == 0) return;
            var length = estimate.Text.Length;
            var gsm = Gsm.FirstNonGsm(estimate.Text) < 0;

            if (max != null && length > max.Value)
            {
                var what = sms ? $" ({Gsm.Describe(estimate.Text)})" : "";
                context.Report(context.Model.OpeningSpan,
                    $"This {Display(channel)} comes to about {length} characters when rendered{what}, over the {channel} limit of {max.Value}: cut it to what the customer needs now" +
                    (sms ? " and link to the rest." : "."));
            }

            if (sms && !gsm)
            {
                // Only when the one character costs the customer (and you) extra segments.
                var asGsm = Gsm.Segments(Gsm.Replace(estimate.Text), true);
                var asUcs2 = Gsm.Segments(estimate.Text, false);
                if (asUcs2 <= asGsm) return;
                var at = estimate.SourceIndexOfFirstNonGsm;
                if (at < 0) return;
                var source = context.Model.Source.Text;
                var c = char.IsHighSurrogate(source[at]) && at + 1 < source.Length && char.IsLowSurrogate(source[at + 1])
                    ? source.Substring(at, 2)
                    : source.Substring(at, 1);
                var span = new SourceSpan(at, at + c.Length);
                var replacement = Gsm.Suggestion(c);
                context.Report(span,
                    $"'{c}' (U+{(c.Length == 2 ? char.ConvertToUtf32(c[0], c[1]) : c[0]):X4}) is not in the GSM-7 alphabet, so this SMS is sent as UCS-2: {asUcs2} segments of 70 characters instead of {asGsm} of 160" +
                    (replacement == null ? ": leave it out." : replacement == " " ? ": write a plain space instead." : $": write `{replacement}` instead."));
            }
        }

        /// <summary>How a message on the channel is named in a finding ("SMS", "push notification", "email message").</summary>
        internal static string Display(string channel) => channel == "sms" ? "SMS" : channel == "push" ? "push notification" : channel + " message";

        // --- markup ------------------------------------------------------------------------------

        private static readonly (string What, Regex Pattern)[] Markup =
        {
            ("Markdown bold", new Regex(@"\*\*[^*\n]+?\*\*|(?<![\p{L}\p{N}])__[^_\n]+?__", Options)),
            ("a Markdown heading", new Regex(@"(?m)^[ \t]{0,3}#{1,6}[ \t]+[^\s#][^\r\n]*", Options)),
            ("a Markdown link", new Regex(@"\[[^\]\n]+\]\([^)\s]+\)", Options)),
            ("an HTML tag", new Regex(@"</?(?:a|b|i|u|s|p|br|hr|em|strong|span|div|font|img|h[1-6]|ul|ol|li|table|tr|td|small|big|sup|sub|center|blockquote|html|body)\b[^<>]*>", Options | RegexOptions.IgnoreCase)),
            ("an HTML entity", new Regex(@"&(?:nbsp|amp|lt|gt|quot|apos|pound|euro|copy|reg|hellip|mdash|ndash|rsquo|lsquo|rdquo|ldquo|#\d+|#x[0-9a-fA-F]+);", Options)),
        };

        private static void ReportMarkup(RuleContext context, string channel)
        {
            var visible = RenderEstimate.VisibleSource(context.Model);
            foreach (var (what, pattern) in Markup)
            {
                var m = pattern.Match(visible);
                if (!m.Success) continue;
                var more = 0;
                for (var n = m.NextMatch(); n.Success; n = n.NextMatch()) more++;
                var shown = Regex.Replace(context.Model.Source.Text.Substring(m.Index, m.Length), @"\s+", " ");
                context.Report(new SourceSpan(m.Index, m.Index + m.Length),
                    $"{Capital(what)} (\"{shown}\"{(more > 0 ? $", and {more} more" : "")}) is shown to the customer as typed: {(channel == "sms" ? "an SMS" : "a push notification")} is plain text, so write it without markup" +
                    (what.EndsWith("link", StringComparison.Ordinal) ? " and give the bare URL." : "."));
            }
        }

        private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s.Substring(1);

        /// <summary>
        /// What a template renders to, estimated without rendering it: the static text as written, each
        /// variable as a typical value of its kind (a first name 12 characters, an id 10, a URL 30, a date
        /// formatted by its own format string), and of each if/else or case the longest branch.
        /// </summary>
        internal sealed class RenderEstimate
        {
            private RenderEstimate(string text, int sourceIndexOfFirstNonGsm)
            {
                Text = text;
                SourceIndexOfFirstNonGsm = sourceIndexOfFirstNonGsm;
            }

            public string Text { get; }

            /// <summary>Where the first character outside GSM-7 stands in the source, or -1.</summary>
            public int SourceIndexOfFirstNonGsm { get; }

            private static readonly Regex ControlTag = new Regex(@"(?:\{%|\{\{)[-~]?\s*(?<kw>[a-z]+)", Options);

            private sealed class Frame
            {
                public readonly List<StringBuilder> Arms = new List<StringBuilder> { new StringBuilder() };
                public StringBuilder Current => Arms[Arms.Count - 1];
                public string Longest()
                {
                    var best = Arms[0];
                    foreach (var a in Arms) if (a.Length > best.Length) best = a;
                    return best.ToString();
                }
            }

            public static RenderEstimate Of(MessageModel model)
            {
                var source = model.Source.Text;
                var items = new List<(int Start, int End, Hole? Hole)>();
                foreach (var r in model.Runs) items.Add((r.Span.Start, r.Span.End, null));
                foreach (var h in model.Holes) items.Add((h.Span.Start, h.Span.End, h));
                items.Sort((a, b) => a.Start.CompareTo(b.Start));

                var stack = new Stack<Frame>();
                stack.Push(new Frame());
                var last = model.FrontMatterSpan?.End ?? 0;
                var firstNonGsm = -1;
                foreach (var item in items)
                {
                    if (item.Start > last) Control(source.Substring(last, item.Start - last), stack);
                    last = Math.Max(last, item.End);
                    if (item.Hole != null)
                    {
                        stack.Peek().Current.Append('x', Estimate(item.Hole, source));
                        continue;
                    }
                    var start = Math.Max(item.Start, model.FrontMatterSpan?.End ?? 0);
                    if (start >= item.End) continue;
                    var run = source.Substring(start, item.End - start);
                    if (firstNonGsm < 0)
                    {
                        var i = Gsm.FirstNonGsm(run);
                        if (i >= 0) firstNonGsm = start + i;
                    }
                    stack.Peek().Current.Append(run);
                }
                while (stack.Count > 1) Close(stack);
                return new RenderEstimate(Collapse(stack.Peek().Longest()), firstNonGsm);
            }

            private static void Control(string gap, Stack<Frame> stack)
            {
                foreach (Match m in ControlTag.Matches(gap))
                {
                    var kw = m.Groups["kw"].Value;
                    switch (kw)
                    {
                        case "if": case "unless": case "case": case "for": case "tablerow": case "while": case "capture": case "with": case "wrap":
                            stack.Push(new Frame());
                            break;
                        case "else": case "elsif": case "elseif": case "when":
                            if (stack.Count > 1) stack.Peek().Arms.Add(new StringBuilder());
                            break;
                        case "end": case "endif": case "endunless": case "endcase": case "endfor": case "endtablerow": case "endwhile": case "endcapture": case "endwith":
                            if (stack.Count > 1) Close(stack);
                            break;
                    }
                }
            }

            private static void Close(Stack<Frame> stack)
            {
                var frame = stack.Pop();
                stack.Peek().Current.Append(frame.Longest());
            }

            /// <summary>Whitespace as an SMS shows it: runs of spaces as one, at most one blank line, none at either end.</summary>
            private static string Collapse(string text)
            {
                var sb = new StringBuilder(text.Length);
                var i = 0;
                while (i < text.Length)
                {
                    if (!IsLayout(text[i])) { sb.Append(text[i++]); continue; }
                    var newlines = 0;
                    while (i < text.Length && IsLayout(text[i])) { if (text[i] == '\n') newlines++; i++; }
                    sb.Append(newlines >= 2 ? "\n\n" : newlines == 1 ? "\n" : " ");
                }
                return sb.ToString().Trim(' ', '\t', '\r', '\n');
            }

            /// <summary>Template layout whitespace; a no-break space is a character the customer receives.</summary>
            private static bool IsLayout(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

            /// <summary>The source with only what the customer sees kept in place: text runs as written, holes as 'x', the rest blank.</summary>
            public static string VisibleSource(MessageModel model)
            {
                var source = model.Source.Text;
                var chars = new char[source.Length];
                for (var i = 0; i < chars.Length; i++) chars[i] = source[i] == '\n' ? '\n' : ' ';
                foreach (var r in model.Runs)
                    for (var i = r.Span.Start; i < r.Span.End && i < chars.Length; i++) chars[i] = source[i];
                foreach (var h in model.Holes)
                    for (var i = h.Span.Start; i < h.Span.End && i < chars.Length; i++) chars[i] = 'x';
                if (model.FrontMatterSpan is SourceSpan fm)
                    for (var i = fm.Start; i < fm.End && i < chars.Length; i++) chars[i] = source[i] == '\n' ? '\n' : ' ';
                return new string(chars);
            }

            private static readonly Regex Quoted = new Regex(@"""(?<s>[^""]*)""|'(?<s>[^']*)'", Options);

            /// <summary>A typical rendered length for one output hole.</summary>
            internal static int Estimate(Hole hole, string source)
            {
                var code = source.Substring(hole.Span.Start, Math.Min(hole.Span.Length, source.Length - hole.Span.Start));
                int? format = null;
                var literal = 0;
                foreach (Match q in Quoted.Matches(code))
                {
                    var s = q.Groups["s"].Value;
                    if (s.IndexOf('%') >= 0) format = Math.Max(format ?? 0, FormatLength(s));
                    else literal = Math.Max(literal, s.Length);
                }
                if (hole.Variables.Count == 0) return Math.Max(literal, format ?? 0);
                var best = 0;
                foreach (var v in hole.Variables)
                    best = Math.Max(best, Signals.IsTimeVariable(v) && format != null ? format.Value : Estimate(v));
                return Math.Max(best, literal);
            }

            internal static int Estimate(Variable v)
            {
                var path = v.Path.ToLowerInvariant();
                var last = path.Substring(path.LastIndexOfAny(new[] { '.', ']' }) + 1).Replace("_", "");
                if (last.Length == 0) last = path;
                if (Has(last, "url", "link", "href")) return 30;
                if (Has(last, "email")) return 25;
                if (Has(last, "fullname", "displayname", "customername", "recipientname", "contactname")) return 24;
                if (Has(last, "firstname", "givenname", "nickname", "preferredname", "fname", "lastname", "surname", "salutation")) return 12;
                if (Has(last, "phone", "mobile", "tel", "directline", "line")) return 13;
                if (Has(last, "postcode", "zip")) return 8;
                if (Has(last, "address", "street")) return 40;
                if (Has(last, "city", "town")) return 12;
                if (Has(last, "window", "slot")) return 13;
                if (Signals.IsTimeVariable(v)) return Has(last, "time") ? 5 : 10;
                if (Has(last, "amount", "price", "total", "cost", "fee", "balance", "charge", "refund")) return 7;
                if (Has(last, "number", "id", "ref", "reference", "code", "num", "no", "pin")) return 10;
                if (Has(last, "company", "brand", "store", "shop", "carrier")) return 16;
                if (Has(last, "product", "service", "item", "model", "title", "description", "plan")) return 20;
                if (last == "name") return path.IndexOf('.') < 0 || path.StartsWith("customer.", StringComparison.Ordinal) || path.StartsWith("user.", StringComparison.Ordinal) ? 12 : 20;
                return 10;
            }

            private static bool Has(string segment, params string[] words)
            {
                foreach (var w in words)
                    if (segment == w || segment.EndsWith(w, StringComparison.Ordinal) && w.Length >= 3) return true;
                return false;
            }

            /// <summary>The length of a strftime-style format's output: "%A %d %B" is "Wednesday 24 September".</summary>
            internal static int FormatLength(string format)
            {
                var n = 0;
                for (var i = 0; i < format.Length; i++)
                {
                    if (format[i] != '%' || i + 1 >= format.Length) { n++; continue; }
                    var c = format[++i];
                    if ((c == '-' || c == '_' || c == '0' || c == '^' || c == '#') && i + 1 < format.Length) c = format[++i];
                    switch (c)
                    {
                        case 'A': case 'B': n += 9; break;
                        case 'a': case 'b': case 'h': n += 3; break;
                        case 'Y': case 'G': n += 4; break;
                        case 'j': n += 3; break;
                        case 'c': n += 24; break;
                        case 'x': case 'D': n += 8; break;
                        case 'X': case 'T': n += 8; break;
                        case 'F': n += 10; break;
                        case 'R': n += 5; break;
                        case '%': n += 1; break;
                        default: n += 2; break;
                    }
                }
                return n;
            }
        }

        /// <summary>GSM 03.38: which characters an SMS can carry in 7 bits, and how many segments a text takes.</summary>
        internal static class Gsm
        {
            private const string Basic =
                "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

            /// <summary>Characters of the extension table: each takes two septets.</summary>
            private const string Extension = "^{}\\[~]|€\f";

            /// <summary>Every GSM-7 character but '€' is below U+0400: one table lookup per character.</summary>
            private static readonly bool[] Table = BuildTable();

            private static bool[] BuildTable()
            {
                var table = new bool[0x400];
                foreach (var c in Basic + Extension) if (c < table.Length) table[c] = true;
                return table;
            }

            public static bool IsGsm(char c) => c < Table.Length ? Table[c] : c == '\u20AC';

            private static bool IsExtension(char c) => c == '\u20AC' || (c < 0x80 && Extension.IndexOf(c) >= 0);

            public static int FirstNonGsm(string text)
            {
                for (var i = 0; i < text.Length; i++)
                    if (!IsGsm(text[i])) return i;
                return -1;
            }

            public static int Septets(string text)
            {
                var n = 0;
                foreach (var c in text) n += IsExtension(c) ? 2 : 1;
                return n;
            }

            /// <summary>Segments of a concatenated SMS: 160 septets or 70 UTF-16 units alone, 153 or 67 each when split.</summary>
            public static int Segments(string text, bool gsm)
            {
                var units = gsm ? Septets(text) : text.Length;
                int single = gsm ? 160 : 70, part = gsm ? 153 : 67;
                return units <= single ? 1 : (units + part - 1) / part;
            }

            public static string Describe(string text)
            {
                var gsm = FirstNonGsm(text) < 0;
                var segments = Segments(text, gsm);
                return $"{segments} {(segments == 1 ? "segment" : "segments")} of {(gsm ? "GSM-7" : "UCS-2")}";
            }

            /// <summary>The text with every non-GSM character as its GSM stand-in: what it would cost written plainly.</summary>
            public static string Replace(string text)
            {
                var sb = new StringBuilder(text.Length);
                foreach (var c in text)
                {
                    if (IsGsm(c)) sb.Append(c);
                    else if (char.IsHighSurrogate(c)) sb.Append('?');
                    else if (!char.IsLowSurrogate(c)) sb.Append(Suggestion(c.ToString()) ?? "?");
                }
                return sb.ToString();
            }

            /// <summary>The plain GSM-7 text to write instead; null when there is none (an emoji).</summary>
            public static string? Suggestion(string c)
            {
                switch (c)
                {
                    case "\u2018": case "\u2019": case "\u201B": case "\u2032": case "`": case "\u00B4": return "'";
                    case "\u201C": case "\u201D": case "\u201E": case "\u2033": return "\"";
                    case "\u2013": case "\u2014": case "\u2212": return "-";
                    case "\u2026": return "...";
                    case "\u00A0": case "\u2009": case "\u202F": return " ";
                    case "\u2022": return "-";
                    default:
                        var folded = c.Normalize(NormalizationForm.FormD);
                        var plain = new StringBuilder();
                        foreach (var ch in folded)
                            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) plain.Append(ch);
                        var p = plain.ToString();
                        return p.Length == 1 && p != c && IsGsm(p[0]) ? p : null;
                }
            }
        }
    }
}
