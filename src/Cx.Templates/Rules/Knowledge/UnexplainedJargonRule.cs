using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Knowledge
{
    /// <summary>
    /// CX4002: internal codes and acronyms the customer is not told the meaning of ("your RMA", "our SLA",
    /// "escalated to tier 2"). Customers who have to look words up feel the company talks to itself.
    /// </summary>
    /// <remarks>
    /// An acronym is 2 to 5 capital letters in the original text (the prose is lower case, so the rule reads
    /// the source through <see cref="ProseText.ToSource(ProseRange)"/>), optionally with a plural "s". It is
    /// explained, everywhere in the message, once the message spells it out: "RMA (return authorisation
    /// number)", "Return Merchandise Authorisation (RMA)", "RMA, which means …", "RMA stands for …". It is
    /// not reported when it is in the configured <c>glossary</c>, in the built-in list of words customers
    /// know (<see cref="Known"/>: UK, VAT, PDF, FAQ, PIN, SMS, NHS …), a common word written in capitals
    /// for emphasis ("FREE", "NOTE"), part of a line in capitals ("NORTHWIND HOME: …"), a keyword the
    /// customer types ("Reply YES", "use code SPRING"), a unit after a number ("3 GB"), or inside double
    /// quotes. Each term is reported once, at its first use.
    /// </remarks>
    public sealed class UnexplainedJargonRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX4002", "UnexplainedJargon", Dimension.Knowledge, Level.Bad, Severity.Error,
            "Internal codes and acronyms the customer is not told the meaning of (RMA, SLA, SKU, \"escalated to tier 2\"); configurable glossary.");

        private const RegexOptions Options = RegexOptions.CultureInvariant;

        /// <summary>
        /// A short word in the normalized prose that may be an acronym, checked against the original's capitals;
        /// tried only at a given word start (<c>\G</c>).
        /// </summary>
        private static readonly Regex CandidateHere = new Regex(@"\G(?<![\p{L}\p{N}_'&+/])[a-z]{2,5}s?(?![\p{L}\p{N}_&+])(?!'(?:[a-rt-z]|s[\p{L}]))", Options);

        private static readonly Regex Acronym = new Regex(@"^([A-Z]{2,5})(s?)$", Options);
        private static readonly Regex AllCaps = new Regex(@"^[A-Z][A-Z'&-]+$", Options);

        /// <summary>"(return authorisation number)", ", which means", " stands for" right after the term.</summary>
        private static readonly Regex ExplainedAfter = new Regex(
            @"^s?\s?\((?<inside>[^()\n]{3,100})\)" +
            @"|^s?,? (?:which|that|this) (?:is|means|stands for|is short for)\b" +
            @"|^s? (?:means|stands for|is short for|is an?|is the|is your|is our|are the|are your)\b" +
            @"|^s? ?[–—] ?(?:a|an|the|your|our)\b" +
            @"|^s?, (?:a|an|the|your|our) [^,.!?\n]{3,60},",
            Options);

        /// <summary>"… (" or "…, or " or "… known as " right before the term: the words before it may be its expansion.</summary>
        private static readonly Regex DefinedBefore = new Regex(@"(?:\(|,? or|,? also called|,? called|,? known as|,? aka|,? i\.e\.,?) ?$", Options);

        private static readonly HashSet<string> StopWords = new HashSet<string>(StringComparer.Ordinal) { "of", "and", "the", "for", "to", "a", "an", "in", "on", "&", "at", "by" };

        /// <summary>Acronyms customers know. The configured <c>glossary</c> adds to these.</summary>
        internal static readonly HashSet<string> Known = new HashSet<string>(StringComparer.Ordinal)
        {
            "UK", "US", "USA", "EU", "GB", "UAE", "NZ", "UN",
            "VAT", "GST", "HST", "APR", "ISA", "IBAN", "BIC", "USD", "GBP", "EUR", "AUD", "CAD", "NZD", "CHF",
            "PDF", "FAQ", "URL", "PIN", "SMS", "MMS", "USB", "GPS", "ATM", "TV", "HD", "UHD", "DVD", "CD", "LED", "LCD", "HDMI", "PC", "SIM", "IMEI", "WIFI", "QR", "NFC", "AI", "IT",
            "OK", "ID", "AM", "PM", "PS", "NB", "FYI", "ASAP", "RSVP", "TBC", "TBA", "DIY", "HQ", "CEO",
            "NHS", "HMRC", "DVLA", "MOT", "IRS", "DMV", "SSN", "ZIP", "ISO", "BBC", "COVID",
            "CVV", "CVC", "GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "AEST",
            "DHL", "UPS", "DPD", "USPS", "TNT", "GLS",
            "KG", "KM", "CM", "MM", "ML", "KW", "KWH", "MPH", "MB", "TB",
        };

        /// <summary>Words written in capitals for emphasis or as keywords ("FREE", "NOTE", "STOP"), not acronyms.</summary>
        private static readonly HashSet<string> CommonWords = new HashSet<string>(
            ("ALL AND ANY ARE AS ASK AT BACK BE BEST BIG BONUS BOOK BOTH BUT BUY BY CALL CAN CASH CLICK CODE COME COST DATE DAY DAYS DEAL DEALS DEAR DO DONE DUE " +
             "EACH END ENDS ENTER EVEN EVER EXTRA FAST FEW FIND FIRST FOR FREE FROM FULL GET GIFT GIVE GO GOOD GOT GREAT HAD HALF HAS HAVE HE HELLO HELP HER HERE HEY HI HIS " +
             "HOME HOT HOUR HOURS HOW IF IN INFO INTO IS ITS JOIN JUST KEEP KNOW LAST LATE LESS LET LIKE LIVE LOOK LOVE LOW MADE MAKE MANY MAY ME MEET MISS MONEY MORE MOST MUCH MUST MY " +
             "NAME NEAR NEED NEVER NEW NEWS NEXT NICE NO NOT NOTE NOW OF OFF OFFER OH OLD ON ONCE ONE ONLY OPEN OR ORDER OUR OUT OVER PAID PART PAY PLAN PLUS PRICE PRIZE " +
             "RATE READ REAL REPLY RIGHT SAFE SAID SALE SAME SAVE SEE SENT SET SHE SHOP SHOW SIGN SIZE SO SOLD SOME SOON SORRY STAR START STAY STILL STOP SURE " +
             "TAKE TAP TELL TEXT THAN THANK THAT THE THEIR THEM THEN THERE THESE THEY THING THINK THIS THOSE TIME TO TODAY TOO TOP TRUE TRY TWO UNTIL UP UPON USE USED " +
             "VALUE VERY WAIT WANT WAS WAY WE WEEK WELL WERE WHAT WHEN WHERE WHICH WHO WHY WILL WIN WITH WORK WORLD WOW WRITE WRONG YEAR YEARS YES YET YOU YOUR " +
             "II III IV VI VII VIII IX XI XII XX").Split(' '),
            StringComparer.Ordinal);

        /// <summary>Words after which a capitalised word is something the customer types or reads, not jargon.</summary>
        private static readonly HashSet<string> KeywordCues = new HashSet<string>(StringComparer.Ordinal)
        {
            "reply", "text", "send", "code", "keyword", "type", "enter", "password", "say", "word", "press", "tap", "select", "choose", "dial", "option", "button", "marked", "labelled", "labeled",
        };

        /// <summary>What to write instead, for the codes support teams use most.</summary>
        private static readonly Dictionary<string, string> Plain = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["RMA"] = "returns number", ["SLA"] = "the response time we promise", ["SKU"] = "product code", ["PO"] = "purchase order number",
            ["ETA"] = "expected arrival time", ["BOM"] = "parts list", ["SOP"] = "our standard process", ["EOD"] = "by 5pm", ["COB"] = "by 5pm",
            ["RRP"] = "recommended retail price", ["POD"] = "proof of delivery", ["WO"] = "work order", ["KYC"] = "identity check", ["TAT"] = "turnaround time",
            ["FTF"] = "first-visit fix", ["NFF"] = "no fault found", ["DOA"] = "faulty on arrival", ["BER"] = "beyond economic repair", ["WIP"] = "in progress",
            ["OOS"] = "out of stock", ["BAU"] = "as usual", ["CSR"] = "customer adviser", ["DD"] = "direct debit",
        };

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) => !context.Model.Prose.IsEmpty;

        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            var source = context.Model.Source.Text;
            var glossary = new HashSet<string>(context.Configuration.Glossary, StringComparer.OrdinalIgnoreCase);

            // Pass 1: every acronym in capitals, and whether the message explains it anywhere.
            var uses = new List<(string Term, ProseRange Range)>();
            var explained = new HashSet<string>(StringComparer.Ordinal);
            var text = prose.Text;
            var after = 0;
            foreach (var p in prose.MatchStarts)
            {
                // Most words are not written in capitals: look at a word only when its first letter is one in the
                // file (the test below would reject it anyway), instead of matching every short word in the message.
                if (p < after || p >= text.Length || text[p] < 'a' || text[p] > 'z') continue;
                var at = prose.SourceStartOf(p);
                if (at >= source.Length || !char.IsUpper(source[at])) continue;
                var m = CandidateHere.Match(text, p);
                if (!m.Success) continue;
                after = m.Index + m.Length;
                var span = prose.ToSource(m.Index, m.Index + m.Length);
                if (span.Length != m.Length || span.End > source.Length) continue; // an entity or markup between the letters
                if (!char.IsUpper(source[span.Start]) || !char.IsUpper(source[span.Start + 1])) continue; // cheap filter first
                var a = Acronym.Match(source.Substring(span.Start, span.Length));
                if (!a.Success) continue;
                var term = a.Groups[1].Value;
                var range = new ProseRange(m.Index, m.Index + m.Length);
                if (IsExplainedAt(prose, range, term)) explained.Add(term);
                uses.Add((term, range));
            }

            // Pass 2: the first unexplained use of each term.
            var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (term, range) in uses)
            {
                if (explained.Contains(term) || Known.Contains(term) || CommonWords.Contains(term) || reported.Contains(term)) continue;
                if (glossary.Contains(term) || glossary.Contains(prose.Slice(range))) continue;
                if (prose.IsQuoted(range.Start, range.End) || IsNotJargonHere(prose, source, range, term)) continue;
                reported.Add(term);
                var plain = Plain.TryGetValue(term, out var p) ? $" (for {term}: \"{p}\")" : "";
                context.Report(prose.ToSource(range),
                    $"\"{term}\" is internal shorthand the customer may not know: say what it means for them{plain}, or spell it out the first time; if your customers do know it, add it to `glossary:` in .cxlint.yml.");
            }

            // Jargon written as words: "escalated to tier 2", "T+3".
            foreach (var r in PhraseSet.Load("CX4002").Matches(prose))
            {
                var words = prose.Slice(r).Trim();
                if (glossary.Contains(words) || reported.Contains(words)) continue;
                if (ExplainedAfter.IsMatch(prose.Text.Substring(r.End, Math.Min(120, prose.Text.Length - r.End)))) continue;
                reported.Add(words);
                var span = prose.ToSource(r);
                context.Report(span,
                    $"\"{Quote(source, span)}\" is how your team talks, not the customer: say what it means for them (\"I've passed this to our boiler specialists, who can …\"), or add it to `glossary:` in .cxlint.yml.");
            }
        }

        /// <summary>Spelled out right after ("RMA (return authorisation number)") or defined just before ("Return Merchandise Authorisation (RMA)").</summary>
        private static bool IsExplainedAt(ProseText prose, ProseRange range, string term)
        {
            var text = prose.Text;
            var after = text.Substring(range.End, Math.Min(120, text.Length - range.End));
            var m = ExplainedAfter.Match(after);
            if (m.Success)
            {
                var inside = m.Groups["inside"];
                if (!inside.Success) return true;
                if (Initials(inside.Value.Trim(), term)) return true;
                // "(12345)" or "(2 days)" is a value, not a meaning: at least two words of letters.
                var words = 0;
                foreach (var w in inside.Value.Split(' ', '-', '/'))
                    if (w.Length >= 2 && Regex.IsMatch(w, @"^\p{L}[\p{L}'’]*[,.;:]?$")) words++;
                if (words >= 2) return true;
            }
            var start = Math.Max(0, range.Start - 120);
            var before = text.Substring(start, range.Start - start);
            var d = DefinedBefore.Match(before);
            return d.Success && Initials(before.Substring(0, d.Index), term);
        }

        /// <summary>True when the words that end <paramref name="words"/> start with the term's letters, small words skipped.</summary>
        private static bool Initials(string words, string term)
        {
            var letters = term.ToLowerInvariant();
            var parts = words.Split(new[] { ' ', '-', '/', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            var j = letters.Length - 1;
            for (var k = parts.Length - 1; k >= 0 && j >= 0; k--)
            {
                var w = parts[k].Trim('(', ')', ',', '.', ':', ';', '"', '\'');
                if (w.Length == 0) continue;
                if (char.ToLowerInvariant(w[0]) == letters[j]) { j--; continue; }
                if (StopWords.Contains(w)) continue;
                return false;
            }
            return j < 0;
        }

        /// <summary>Capitals that are not a code here: a shouted line, a keyword to type, a unit after a number, "PO Box".</summary>
        private static bool IsNotJargonHere(ProseText prose, string source, ProseRange range, string term)
        {
            var text = prose.Text;
            var (prevStart, prevEnd) = WordBefore(text, range.Start);
            var (nextStart, nextEnd) = WordAfter(text, range.End);
            if (prevEnd > prevStart)
            {
                var prev = text.Substring(prevStart, prevEnd - prevStart);
                if (KeywordCues.Contains(prev) || char.IsDigit(prev[prev.Length - 1])) return true;
                if (IsShouted(prose, source, prevStart, prevEnd)) return true;
            }
            if (nextEnd > nextStart)
            {
                if (term == "PO" && text.Substring(nextStart, nextEnd - nextStart) == "box") return true;
                if (IsShouted(prose, source, nextStart, nextEnd)) return true;
            }
            return false;
        }

        /// <summary>A neighbouring word in capitals that is not itself a known acronym: the line is shouted, not abbreviated.</summary>
        private static bool IsShouted(ProseText prose, string source, int start, int end)
        {
            var span = prose.ToSource(start, end);
            if (span.Length != end - start || span.End > source.Length) return false;
            var word = source.Substring(span.Start, span.Length);
            return word.Length >= 2 && AllCaps.IsMatch(word) && !Known.Contains(word);
        }

        /// <summary>The word just before <paramref name="index"/> in the same block, skipping spaces, quotes and colons.</summary>
        private static (int Start, int End) WordBefore(string text, int index)
        {
            var e = index;
            while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '"' || text[e - 1] == ':' || text[e - 1] == '\'')) e--;
            var s = e;
            while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '&')) s--;
            return (s, e);
        }

        private static (int Start, int End) WordAfter(string text, int index)
        {
            var s = index;
            while (s < text.Length && (text[s] == ' ' || text[s] == '"' || text[s] == ':' || text[s] == '\'')) s++;
            var e = s;
            while (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] == '&')) e++;
            return (s, e);
        }
    }
}
