using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Responsiveness
{
    /// <summary>
    /// CX2002: a promised response time longer than the response standard of the message's channel
    /// (seeds/000 "Channel Responsiveness Standards"): an SMS that promises a reply "within 3 business days".
    /// </summary>
    public sealed class ChannelStandardExceededRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX2002", "ChannelStandardExceeded", Dimension.Responsiveness, Level.MiddleOfTheRoad, Severity.Warning,
            "A promised response time longer than the configured standard for the message's channel.");

        /// <summary>Where the team promises to respond; the durations in the same sentence are the promised response time.</summary>
        internal static PhraseSet ResponseActs => PhraseSet.Load("CX2002");

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) =>
            !context.Model.Prose.IsEmpty && context.Configuration.ChannelFor(context.Metadata.Channel)?.Response != null;

        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            var channel = context.Metadata.Channel!;
            var standard = context.Configuration.ChannelFor(channel)!.Response!.Value;
            var reported = new HashSet<int>();
            foreach (var act in ResponseActs.Matches(prose))
            {
                var index = prose.SentenceIndexAt(act.Start);
                if (index < 0) continue;
                foreach (var promise in Durations.Find(prose, ClauseAround(prose, prose.Sentences[index], act)))
                {
                    if (promise.Duration <= standard || IsAnchoredElsewhere(prose, promise.Range) || !reported.Add(promise.Range.Start)) continue;
                    var span = prose.ToSource(promise.Range);
                    context.Report(span, MessageFor(channel, standard, Quote(context.Model.Source.Text, span)));
                }
            }
        }

        /// <summary>
        /// Where a new clause starts: "The worktop is cut in 7 to 10 working days, and I'll phone you" gives the
        /// worktop 7 to 10 days, not the call.
        /// </summary>
        private static readonly Regex ClauseBoundary = new Regex(
            @";|,? (?:and|but|so|then|while|or|because|although|though|whereas)(?= (?:i|we|you|they|he|she|it|this|that|there|our|your|the|\uE000)(?![\p{L}]))|, (?:which|once|when|after|before|until|if)(?![\p{L}])",
            RegexOptions.CultureInvariant);

        /// <summary>A duration counted from something other than now, unless that is the customer's own message: "within 5 days of the visit".</summary>
        private static readonly Regex Anchor = new Regex(
            @"^ (?:of|after|from|following)(?! (?:receiving|receipt|hearing|getting|your (?:message|email|e-mail|enquiry|inquiry|request|query|question|call|complaint|letter|reply|text|chat)|you (?:contacting|writing|calling|getting in touch)|today|now)\b)",
            RegexOptions.CultureInvariant);

        private static ProseRange ClauseAround(ProseText prose, ProseRange sentence, ProseRange act)
        {
            var start = sentence.Start;
            var end = sentence.End;
            foreach (Match m in ClauseBoundary.Matches(prose.Text.Substring(sentence.Start, sentence.Length)))
            {
                var at = sentence.Start + m.Index;
                if (at + m.Length <= act.Start) start = at + m.Length;
                else if (at >= act.End) { end = at; break; }
            }
            return new ProseRange(start, end);
        }

        private static bool IsAnchoredElsewhere(ProseText prose, ProseRange duration)
        {
            var after = prose.Text.Substring(duration.End, Math.Min(60, prose.Text.Length - duration.End));
            return Anchor.IsMatch(after);
        }

        private static string MessageFor(string channel, TimeSpan standard, string quoted)
        {
            var within = Durations.Describe(standard);
            return $"\"{quoted}\" is longer than the {channel} response standard of {within}: on {channel}, commit to a response within {within}. " +
                   $"If the full answer takes longer, say who is on it and when you will update the customer, within {within}.";
        }
    }
}
