using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Cx.Templates.Text;

namespace Cx.Templates.Rules
{
    /// <summary>A wait the text promises, read from normalized prose: "within 3 business days" is three days.</summary>
    public readonly struct PromisedDuration
    {
        public PromisedDuration(ProseRange range, TimeSpan duration)
        {
            Range = range;
            Duration = duration;
        }

        /// <summary>The words that say it, from the preposition to the unit ("within 3 business days").</summary>
        public ProseRange Range { get; }

        public TimeSpan Duration { get; }
    }

    /// <summary>
    /// Reads how long a promise lets the customer wait. A literal duration needs a word that makes it a
    /// limit ("within", "in", "up to", "allow", "takes"): "3 days ago" and "for 2 days" are not waits.
    /// A range counts at its upper end ("2-3 days" is 3 days), a business or working day as one day,
    /// a month as 30 days. Relative deadlines are read at a typical length: end of the day 8 hours,
    /// tomorrow and the next business day 1 day, this week 3 days, next week 7 days, this month
    /// 14 days, next month 30 days. Weekday names and dates are not read (their wait depends on the
    /// day the message is sent), nor date or time variables ("by {{ appointment.date }}").
    /// </summary>
    public static class Durations
    {
        private const string Number =
            @"\d+(?:\.\d+)?|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty-four|twenty four|twenty|thirty|forty-eight|forty eight|seventy-two|seventy two|ninety";

        private static readonly Regex Literal = new Regex(
            @"(?<![\p{L}\p{N}_'])" +
            @"(?:within|in|inside|under|up to|less than|no more than|no longer than|no later than|at most|allow|allowing|take|takes|taking|the next|another|a further|over the next|for up to)" +
            @"(?: (?:the next|the coming|about|around|roughly|approximately|approx\.?|up to|at most|just|only|another|a further|a maximum of|max\.?))*" +
            @" (?<n1>" + Number + @")(?: ?(?:-|to|or) ?(?<n2>" + Number + @"))?[ -]?(?<q>(?:business|working|calendar|full|clear|office) )?" +
            @"(?<u>minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?)(?<or> or (?:two|three|so))?(?![\p{L}\p{N}_])",
            RegexOptions.CultureInvariant);

        private static readonly Regex HalfAnHour = new Regex(@"(?<![\p{L}\p{N}_'])(?:within|in|under|up to) (?:about |around )?half an hour(?![\p{L}])", RegexOptions.CultureInvariant);

        private static readonly (Regex Pattern, TimeSpan Duration)[] Relative =
        {
            (Relative1(@"(?:by |before |until |at )?(?:the )?end of next (?:week|working week)"), TimeSpan.FromDays(10)),
            (Relative1(@"(?:by |before |until |at )?(?:the )?end of next month"), TimeSpan.FromDays(45)),
            (Relative1(@"(?:by |before |until |at )?(?:the )?(?:end of (?:the |this )?(?:working |business )?day|close of (?:business|play)|eod|cob)"), TimeSpan.FromHours(8)),
            (Relative1(@"(?:by |before |until )?(?:first thing |early |late )?tomorrow(?: (?:morning|afternoon|evening|night|at the latest))?|(?:by |on |within )?(?:the )?next (?:business|working) day"), TimeSpan.FromDays(1)),
            (Relative1(@"(?:by |before |until |at )?(?:the )?end of (?:the |this )?(?:working )?week|(?:later |sometime |some time )?this week|(?:in|within|over) the (?:next|coming) (?:few|couple of) days|in the coming days"), TimeSpan.FromDays(3)),
            (Relative1(@"(?:by |before |until |during |in |within |sometime |some time )?next week|(?:in|within|over) the (?:next|coming) week"), TimeSpan.FromDays(7)),
            (Relative1(@"(?:by |before |until |at )?(?:the )?end of (?:the |this )?month|(?:later |sometime |some time )?this month|(?:in|within|over) the (?:next|coming) (?:few|couple of) weeks|in the coming weeks"), TimeSpan.FromDays(14)),
            (Relative1(@"(?:by |before |until |during |in |within |sometime |some time )?next month|(?:in|within|over) the (?:next|coming) month"), TimeSpan.FromDays(30)),
        };

        private static Regex Relative1(string pattern) =>
            new Regex(@"(?<![\p{L}\p{N}_'])(?:" + pattern + @")(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant);

        /// <summary>Every wait promised in a range of the prose, in text order, quoted words left out.</summary>
        public static List<PromisedDuration> Find(ProseText prose, ProseRange within)
        {
            var found = new List<PromisedDuration>();
            var text = prose.Slice(within);
            foreach (Match m in Literal.Matches(text))
            {
                var n = Math.Max(ReadNumber(m.Groups["n1"].Value), m.Groups["n2"].Success ? ReadNumber(m.Groups["n2"].Value) : 0);
                if (m.Groups["or"].Success && m.Groups["or"].Value.EndsWith("two", StringComparison.Ordinal)) n = Math.Max(n, 2);
                if (m.Groups["or"].Success && m.Groups["or"].Value.EndsWith("three", StringComparison.Ordinal)) n = Math.Max(n, 3);
                if (n <= 0) continue;
                Add(found, prose, within.Start + m.Index, m.Length, Unit(m.Groups["u"].Value, n));
            }
            foreach (Match m in HalfAnHour.Matches(text)) Add(found, prose, within.Start + m.Index, m.Length, TimeSpan.FromMinutes(30));
            foreach (var (pattern, duration) in Relative)
                foreach (Match m in pattern.Matches(text)) Add(found, prose, within.Start + m.Index, m.Length, duration);
            found.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
            return found;
        }

        /// <summary>"2 hours", "1 day", "30 minutes", "1.5 hours": a standard or a promise, for a message.</summary>
        public static string Describe(TimeSpan t)
        {
            if (t.TotalDays >= 1 && t.TotalHours % 24 == 0) return Plural(t.TotalDays, "day");
            if (t.TotalHours >= 1 && t.TotalMinutes % 60 == 0) return Plural(t.TotalHours, "hour");
            if (t.TotalHours >= 1) return Plural(Math.Round(t.TotalHours, 1), "hour");
            return Plural(Math.Round(t.TotalMinutes), "minute");
        }

        private static string Plural(double n, string unit) =>
            n.ToString("0.#", CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? "" : "s");

        private static void Add(List<PromisedDuration> found, ProseText prose, int start, int length, TimeSpan duration)
        {
            var end = start + length;
            if (prose.IsQuoted(start, end)) return;
            // The longest reading wins: "end of next week" is not also "next week".
            foreach (var f in found)
                if (f.Range.Start < end && start < f.Range.End) return;
            found.Add(new PromisedDuration(new ProseRange(start, end), duration));
        }

        private static TimeSpan Unit(string unit, double n)
        {
            if (unit.StartsWith("m", StringComparison.Ordinal) && !unit.StartsWith("mo", StringComparison.Ordinal)) return TimeSpan.FromMinutes(n);
            switch (unit[0])
            {
                case 'h': return TimeSpan.FromHours(n);
                case 'd': return TimeSpan.FromDays(n);
                case 'w': return TimeSpan.FromDays(7 * n);
                default: return TimeSpan.FromDays(30 * n);
            }
        }

        private static double ReadNumber(string word)
        {
            if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
            switch (word.Replace('-', ' '))
            {
                case "a": case "an": case "one": return 1;
                case "two": case "a couple of": return 2;
                case "three": case "a few": case "several": return 3;
                case "four": return 4;
                case "five": return 5;
                case "six": return 6;
                case "seven": return 7;
                case "eight": return 8;
                case "nine": return 9;
                case "ten": return 10;
                case "eleven": return 11;
                case "twelve": return 12;
                case "fifteen": return 15;
                case "twenty": return 20;
                case "twenty four": return 24;
                case "thirty": return 30;
                case "forty eight": return 48;
                case "seventy two": return 72;
                case "ninety": return 90;
                default: return 0;
            }
        }
    }
}
