using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Insights
{
    /// <summary>
    /// CX5005: more than the customer can take in at once. More than three questions in one message
    /// (seeds/001 "don't ask too many questions all at once"), more words than the channel carries well,
    /// or a reading grade above 10.
    /// </summary>
    public sealed class InformationOverloadRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX5005", "InformationOverload", Dimension.Insights, Level.MiddleOfTheRoad, Severity.Warning,
            "More than three questions at once, more words than the channel carries well, or a reading grade above 10.");

        /// <summary>More questions than this in one message is too many at once.</summary>
        public const int MaxQuestions = 3;

        /// <summary>The highest Flesch-Kincaid grade a message may read at.</summary>
        public const double MaxGrade = 10;

        /// <summary>Shorter messages are not graded: the formula is noise on a few sentences.</summary>
        public const int MinWordsForGrade = 100;

        /// <summary>Words a message on each channel carries well. Letters and phone scripts have no budget.</summary>
        public static readonly IReadOnlyDictionary<string, int> WordBudgets = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["sms"] = 60,
            ["push"] = 25,
            ["chat"] = 160,
            ["email"] = 400,
        };

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) => !context.Model.Prose.IsEmpty;

        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            Questions(context, prose);
            var words = Words(prose, new ProseRange(0, prose.Text.Length));
            var channel = context.Metadata.Channel;
            if (channel != null && WordBudgets.TryGetValue(channel, out var budget) && words.Count > budget)
                context.Report(context.Model.OpeningSpan,
                    $"This {Personalization.ChannelMismatchRule.Display(channel)} has {words.Count} words, more than the {budget} a {channel} message carries well: keep what the customer needs now and link to the rest.");
            if (words.Count >= MinWordsForGrade) Grade(context, prose, words);
        }

        // --- questions --------------------------------------------------------------------------

        private static void Questions(RuleContext context, ProseText prose)
        {
            var questions = new List<ProseRange>();
            for (var i = 0; i < prose.Sentences.Count; i++)
            {
                var s = prose.Sentences[i];
                if (!IsQuestion(prose, s) || prose.IsQuoted(s.Start, s.End) || IsSignpost(prose, i) || IsCustomersOwn(context.Model.Source.Text, prose, i)) continue;
                questions.Add(s);
            }
            if (questions.Count <= MaxQuestions) return;
            context.Report(prose.ToSource(questions[MaxQuestions]),
                $"This message asks {questions.Count} questions at once: ask the one or two you need to move forward now, and ask the rest once you have those answers (or offer choices: \"Reply 1 for…, 2 for…\").");
        }

        private static bool IsQuestion(ProseText prose, ProseRange s)
        {
            var end = s.End;
            while (end > s.Start && (prose.Text[end - 1] == '"' || prose.Text[end - 1] == ')' || prose.Text[end - 1] == ' ')) end--;
            // "You asked \"is it safe?\"" reports a question; it does not ask one.
            return end > s.Start && prose.Text[end - 1] == '?' && !prose.IsQuoted(end - 1, end);
        }

        /// <summary>"Can't make it? You can choose…", "Questions? Reply here.": a short question that introduces its own answer asks nothing.</summary>
        private static bool IsSignpost(ProseText prose, int index)
        {
            var s = prose.Sentences[index];
            if (WordCount(prose, s) > 4 || index + 1 >= prose.Sentences.Count) return false;
            var next = prose.Sentences[index + 1];
            return prose.BlockIndexAt(next.Start) == prose.BlockIndexAt(s.Start) && !IsQuestion(prose, next);
        }

        private static readonly Regex FirstPerson = new Regex(
            @"(?<![\p{L}'])(?:i|me|my|mine|i'm|i've|i'd|i'll)(?![\p{L}'])", RegexOptions.CultureInvariant);

        /// <summary>The writer's "I", not the customer's: "Shall I go ahead?", "Can I check the serial number?".</summary>
        private static readonly Regex WritersOffer = new Regex(
            @"^(?:and |so |then )?(?:shall|should|may|could|would it help if) i\b|^(?:can|could) i (?:help|ask|check|book|call|ring|send|arrange|confirm|take|get)\b", RegexOptions.CultureInvariant);

        private static readonly Regex SecondPerson = new Regex(
            @"(?<![\p{L}'])(?:you|your|yours|you're|you've|you'd|you'll)(?![\p{L}'])", RegexOptions.CultureInvariant);

        /// <summary>What a heading or an FAQ entry starts with in the source line: "## ", "**", "&lt;h3&gt;", "&lt;strong&gt;", "Q: ".</summary>
        private static readonly Regex HeadingStart = new Regex(
            @"(?:^|\n)[ \t]*(?:#{1,6}[ \t]+|\*\*|__|<(?:h[1-6]|strong|b|dt|summary)\b[^>]*>[ \t]*)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private static readonly Regex FaqPrefix = new Regex(
            @"^(?:q|question|faq)[:.] ", RegexOptions.CultureInvariant);

        /// <summary>
        /// A question the customer might ask, answered in the message: an FAQ. "How do I contact a real person?"
        /// is in the customer's voice; "**How long do refunds take?**", "&lt;h3&gt;Do you ship abroad?&lt;/h3&gt;" and
        /// "Q: Can I return a gift?" are headings over their answers.
        /// </summary>
        private static bool IsCustomersOwn(string source, ProseText prose, int index)
        {
            var s = prose.Sentences[index];
            var text = prose.Slice(s);
            if (FirstPerson.IsMatch(text) && !SecondPerson.IsMatch(text) && !WritersOffer.IsMatch(text)) return true;
            var block = prose.Blocks[prose.BlockIndexAt(s.Start)];
            if (block.Start != s.Start) return false;
            if (FaqPrefix.IsMatch(text)) return true;
            var at = prose.ToSource(s.Start, s.Start + 1).Start;
            var lineStart = at;
            while (lineStart > 0 && source[lineStart - 1] != '\n') lineStart--;
            return HeadingStart.IsMatch(source.Substring(lineStart, at - lineStart));
        }

        // --- words and grade ------------------------------------------------------------------------

        /// <summary>The words of a range: runs of characters with a letter, digit or variable in them.</summary>
        internal static List<string> Words(ProseText prose, ProseRange range)
        {
            var words = new List<string>();
            var text = prose.Text;
            var i = range.Start;
            while (i < range.End)
            {
                while (i < range.End && (text[i] == ' ' || text[i] == '\n')) i++;
                var start = i;
                while (i < range.End && text[i] != ' ' && text[i] != '\n') i++;
                if (i == start) continue;
                var word = text.Substring(start, i - start);
                foreach (var c in word)
                {
                    if (char.IsLetterOrDigit(c) || c == ProseText.HoleChar) { words.Add(word); break; }
                }
            }
            return words;
        }

        /// <summary>How many <see cref="Words"/> a range has, without making them.</summary>
        internal static int WordCount(ProseText prose, ProseRange range)
        {
            var count = 0;
            var text = prose.Text;
            var i = range.Start;
            while (i < range.End)
            {
                while (i < range.End && (text[i] == ' ' || text[i] == '\n')) i++;
                var counted = false;
                while (i < range.End && text[i] != ' ' && text[i] != '\n')
                {
                    var c = text[i++];
                    if (!counted && (char.IsLetterOrDigit(c) || c == ProseText.HoleChar)) { count++; counted = true; }
                }
            }
            return count;
        }

        private static void Grade(RuleContext context, ProseText prose, List<string> words)
        {
            var sentences = 0;
            ProseRange longest = default;
            var longestWords = 0;
            foreach (var s in prose.Sentences)
            {
                var n = WordCount(prose, s);
                if (n == 0) continue;
                sentences++;
                if (n > longestWords) { longestWords = n; longest = s; }
            }
            if (sentences == 0) return;
            int syllables = 0, lettered = 0;
            foreach (var w in words)
            {
                var s = Syllables(w);
                if (s == 0) continue; // a variable or a number: neither easy nor hard, left out of the average
                syllables += s;
                lettered++;
            }
            if (lettered == 0) return;
            var wordsPerSentence = (double)words.Count / sentences;
            var syllablesPerWord = (double)syllables / lettered;
            var grade = FleschKincaidGrade(wordsPerSentence, syllablesPerWord);
            if (grade <= MaxGrade) return;
            context.Report(prose.ToSource(longest),
                string.Format(CultureInfo.InvariantCulture,
                    "This message reads at grade {0:0.0} (Flesch-Kincaid: {1:0.#} words a sentence, {2:0.00} syllables a word), above grade {3:0}: split long sentences (this one has {4} words) and prefer short, everyday words.",
                    grade, wordsPerSentence, syllablesPerWord, MaxGrade, longestWords));
        }

        internal static double FleschKincaidGrade(double wordsPerSentence, double syllablesPerWord) =>
            0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;

        /// <summary>Syllables by vowel groups, less a silent final "e" and a silent "-ed"; 0 for a word with no letters.</summary>
        internal static int Syllables(string word)
        {
            // Over the letters a-z only (digits, apostrophes and hyphens are not sounded), without copying them out.
            var count = 0;
            var inVowel = false;
            char last = '\0', secondLast = '\0', thirdLast = '\0';
            foreach (var c in word)
            {
                if (c < 'a' || c > 'z') continue;
                var vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
                if (vowel && !inVowel) count++;
                inVowel = vowel;
                thirdLast = secondLast;
                secondLast = last;
                last = c;
            }
            if (last == '\0') return 0;
            if (count > 1 && last == 'e' && secondLast != 'l' && secondLast != 'e') count--;
            else if (count > 1 && last == 'd' && secondLast == 'e' && thirdLast != 't' && thirdLast != 'd') count--;
            return Math.Max(1, count);
        }
    }
}
