using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Responsiveness
{
    /// <summary>
    /// CX2004: a visit, call-back, delivery window or appointment with no date or time: "an engineer will
    /// visit to fix it", "we will call you back", "your delivery slot".
    /// </summary>
    public sealed class AppointmentWithoutSpecificsRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX2004", "AppointmentWithoutSpecifics", Dimension.Responsiveness, Level.Bad, Severity.Error,
            "A visit, call-back, delivery window or appointment mentioned without a date or time.");

        private const RegexOptions Options = RegexOptions.CultureInvariant;

        /// <summary>An event the commitment waits for: the customer knows when it happens ("once the part arrives", "if nobody is home").</summary>
        private static readonly Regex EventTrigger = new Regex(
            @"(?<![\p{L}'])(?:once|as soon as|the moment|after|(?<!(?:ask|tell|confirm|decide|say|agree|arrange|discuss|check|find out|to see|to know) )when|whenever|(?<!(?:see|check|ask|know|find out|tell|sure|decide|confirm|determine|whether|even|as|wonder) )if|before|until)(?! (?:possible|practicable|feasible|convenient|we can|i can|we are able|i am able|we're able|i'm able|we have time|i have time)\b) (?!soon\b)[\p{L}\uE000]",
            Options);

        private static readonly Regex Call = new Regex(@"\b(?:call|ring|phone)", Options);
        private static readonly Regex Delivery = new Regex(@"deliver|collect", Options);
        private static readonly Regex Redelivery = new Regex(@"re-?deliver", Options);

        /// <summary>The noun is the subject of what is promised: "Redelivery will be arranged", "your visit is being booked".</summary>
        private static readonly Regex PromisedNext = new Regex(@"^(?:s|ies)? (?:will|'ll|shall|is to be|are to be|is being|are being|is going to|are going to|gets|get) ", Options);

        /// <summary>Words that put a sentence about the same kind of commitment: a date there dates a later "the visit".</summary>
        private static readonly Regex[] Topics =
        {
            new Regex(@"\b(?:visit|appointment|engineer|technician|fitter|installer|plumber|electrician|surveyor|booking|booked|slot|window|arrive|arrives|arrival|with you)", Options),
            Call,
            new Regex(@"deliver|collect|slot|window|arrive|arrives|arrival", Options),
            Redelivery,
        };

        /// <summary>A match that begins "a …", "another …": a new commitment in the phrase itself.</summary>
        private static readonly Regex NewOne = new Regex(@"^(?:an?|another) ", Options);

        /// <summary>"a visit", "another appointment", "a new slot": a new commitment, not a reference to one.</summary>
        private static readonly Regex Indefinite = new Regex(@"(?:^|[ \n(])(?:an?|another|new|one more|a further|some)( [\p{L}-]+)? ?$", Options);

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("CX2004");

        public override bool AppliesTo(RuleContext context) => !context.Model.Prose.IsEmpty;

        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            var lastSentence = -1;
            bool[]? dated = null;
            foreach (var m in Phrases.Matches(prose))
            {
                var index = prose.SentenceIndexAt(m.Start);
                if (index == lastSentence) continue;
                var sentence = index < 0 ? m : prose.Sentences[index];
                if (Signals.HasConcreteTime(prose, sentence) || HasFormattedDate(context.Model.Source.Text, prose, sentence)) continue;
                if (EventTrigger.IsMatch(prose.Slice(sentence))) continue;
                var topic = TopicOf(prose.Slice(m));
                if (IsReference(prose, m))
                {
                    dated ??= DatedTopics(prose);
                    if (dated[topic]) continue;
                }
                lastSentence = index;
                var span = prose.ToSource(m);
                context.Report(span, MessageFor(topic, Quote(context.Model.Source.Text, span)));
            }
        }

        /// <summary>
        /// A variable written through a date filter or a date format is a date whatever its name:
        /// <c>{{ order.estimated_delivery | date.to_string "%A %d %b" }}</c>, <c>{{ order.eta_day | date: "%d %b" }}</c>.
        /// </summary>
        private static bool HasFormattedDate(string source, ProseText prose, ProseRange sentence)
        {
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                if (prose.Text[i] != ProseText.HoleChar) continue;
                foreach (var v in prose.VariablesAt(i))
                    foreach (var f in v.Filters)
                        if (DateFilter.IsMatch(f)) return true;
                var span = prose.ToSource(i, i + 1);
                if (span.End <= source.Length && DateCode.IsMatch(source.Substring(span.Start, span.Length))) return true;
            }
            return false;
        }

        private static readonly Regex DateFilter = new Regex(@"^(?:date|time|datetime)(?:\..+)?$|^(?:strftime|date_format|format_date|format_datetime|format_time|localize_date|time_ago|timeago|time_tag)$", Options | RegexOptions.IgnoreCase);

        /// <summary>A date filter or a strftime format in a hole's code.</summary>
        private static readonly Regex DateCode = new Regex(@"\|\s*date\b|\bdate\.to_string\b|[""'][^""']*%-?[aAbBdeHIjmMpSyY][^""']*[""']", Options);

        /// <summary>0 a visit or appointment, 1 a call, 2 a delivery or collection, 3 a redelivery (a new commitment after a failed one).</summary>
        private static int TopicOf(string matched) =>
            Redelivery.IsMatch(matched) ? 3 : Delivery.IsMatch(matched) ? 2 : Call.IsMatch(matched) && !matched.Contains("visit") ? 1 : 0;

        /// <summary>
        /// "the visit", "your delivery slot", "appointment times": a noun that can point back at a commitment the
        /// message dates elsewhere. "An engineer will visit", "a call-back", "another appointment" are new ones.
        /// </summary>
        private static bool IsReference(ProseText prose, ProseRange m)
        {
            var matched = prose.Slice(m);
            if (matched.Contains(" will") || matched.Contains("'ll ")) return false;
            if (NewOne.IsMatch(matched)) return false;
            if (PromisedNext.IsMatch(prose.Text.Substring(m.End, System.Math.Min(30, prose.Text.Length - m.End)))) return false;
            var from = System.Math.Max(0, m.Start - 40);
            return !Indefinite.IsMatch(prose.Text.Substring(from, m.Start - from));
        }

        /// <summary>Which topics the message dates somewhere: a sentence about them with a concrete time.</summary>
        private static bool[] DatedTopics(ProseText prose)
        {
            var dated = new bool[Topics.Length];
            foreach (var s in prose.Sentences)
            {
                if (!Signals.HasConcreteTime(prose, s)) continue;
                var text = prose.Slice(s);
                for (var t = 0; t < Topics.Length; t++)
                    if (Topics[t].IsMatch(text)) dated[t] = true;
            }
            return dated;
        }

        private static string MessageFor(int topic, string matched)
        {
            switch (topic)
            {
                case 1:
                    return $"\"{matched}\" does not say when: give the time of the call (\"I'll call you at 3pm today\", \"between {{{{ callback.window }}}}\") or let the customer choose one.";
                case 2:
                case 3:
                    return $"\"{matched}\" does not say when: give the day and the window (\"on {{{{ delivery.date }}}} between {{{{ delivery.window }}}}\") or let the customer choose a slot.";
                default:
                    return $"\"{matched}\" does not say when: give the date and time (\"on {{{{ appointment.date }}}} between {{{{ appointment.window }}}}\") or let the customer choose a slot.";
            }
        }

        protected override string MessageFor(string matched) => MessageFor(0, matched);
    }
}
