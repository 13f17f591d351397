using System;
using System.Text.RegularExpressions;
using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules
{
    /// <summary>Facts several rules read from prose and variables: concrete times, owners, who a variable is about.</summary>
    public static class Signals
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant;

        /// <summary>A concrete time, date or duration in normalized prose.</summary>
        public static readonly Regex ConcreteTime = new Regex(
            @"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty-eight|a couple of|a few)[ -](?:business |working |calendar |full )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b" +
            @"|\b\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])|\b\d{1,2}:\d{2}\b|\b\d{1,2}[.:]\d{2} ?(?:h|hrs)\b" +
            @"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend))\b" +
            @"|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\bmay \d|\b\d{1,2} may\b" +
            @"|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? \d|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b" +
            @"|\b(?:end of (?:the )?(?:day|week|month|business day)|close of business|eod|cob|noon|midday|midnight)\b" +
            @"|\bnext (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|business day|working day)\b" +
            @"|\bwithin (?:an|one|the|the next|a) (?:hour|day|minute|business day|working day)\b|\bovernight\b",
            Options);

        /// <summary>A path segment that holds a date, a time or a time window: <c>date</c>, <c>delivery_date</c>, <c>starts_at</c>, <c>arrivalTime</c>.</summary>
        private static readonly Regex TimeSegment = new Regex(
            @"^(?:date|time|eta|deadline|window|slot|due|scheduled|when|day|hour|hours|until|expiry|expires|datetime|timestamp|arrival|start|end)$|(?:^|_)(?:date|time|at|on|by|window|slot|day|eta|deadline|due|until)$|[a-z](?:Date|Time|At|Window|Slot)$",
            Options);

        /// <summary>A variable that names the person who acts: the agent, technician, team.</summary>
        private static readonly Regex OwnerVariable = new Regex(
            @"agent|rep\b|representative|owner|assignee|staff|team|technician|engineer|advisor|adviser|manager|specialist|sender|consultant|installer|driver|courier|author|signature|csr|employee",
            Options | RegexOptions.IgnoreCase);

        private static readonly Regex NameLike = new Regex(
            @"^(?:first_?name|firstname|last_?name|full_?name|name|fname|given_?name|nickname|salutation|display_?name|preferred_?name|recipient_?name|customer_?name|contact_?name|user_?name|to_?name)$",
            Options | RegexOptions.IgnoreCase);

        private static readonly Regex FirstPerson = new Regex(@"(?<![\p{L}'])(?:i|me|my|myself)(?![\p{L}])|(?<![\p{L}'])i'(?:ll|m|d|ve)", Options);

        /// <summary>
        /// A team the customer can hold to the promise, named in prose: "by our Returns team", "from the billing department".
        /// Not a team that could be any team: "the relevant team", "our team", "our customer service team".
        /// </summary>
        private static readonly Regex NamedTeam = new Regex(
            @"\b(?:by|from) (?:our|the) (?!(?:relevant|appropriate|responsible|right|correct|other|wider|whole|entire|dedicated|specialist|expert|friendly|support|service|care|customer)\b)[\p{L}-]+ (?:team|department|desk)\b",
            Options);

        public static bool IsTimeVariable(Variable v)
        {
            // The same paths recur in every template of a library (order.date, customer.name): remembered, up to a bound.
            if (TimePaths.TryGetValue(v.Path, out var known)) return known;
            var result = false;
            foreach (var segment in v.Path.Split('.', '[', ']'))
                if (segment.Length > 0 && TimeSegment.IsMatch(segment)) { result = true; break; }
            if (TimePaths.Count < 4096) TimePaths[v.Path] = result;
            return result;
        }

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> TimePaths =
            new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        public static bool IsOwnerVariable(Variable v) => OwnerVariable.IsMatch(v.Path);

        /// <summary>A variable about the person: a configured customer root, or a bare name-like variable.</summary>
        public static bool IsPersonVariable(Variable v, CxConfiguration config)
        {
            if (config.IsCustomerRoot(v.Root)) return true;
            if (v.Path.IndexOf('.') < 0 && v.Path.IndexOf('[') < 0 && NameLike.IsMatch(v.Path)) return true;
            // A person's name under another object: order.customer_name, ticket.customerName, ticket.name.first,
            // requester.first_name. A bare "name" under an order, product or shop is the thing's name, not a person's.
            var segments = v.Path.Replace("[]", "").Split('.');
            for (var i = 1; i < segments.Length; i++)
            {
                if (PersonNameSegment.IsMatch(segments[i])) return true;
                if (segments[i - 1].Equals("name", StringComparison.OrdinalIgnoreCase) &&
                    (segments[i] == "first" || segments[i] == "last" || segments[i] == "full")) return true;
            }
            return PersonRoot.IsMatch(segments[0]) && segments.Length > 1 && NameLike.IsMatch(segments[segments.Length - 1]);
        }

        /// <summary>A path segment that is a person's name wherever it sits.</summary>
        private static readonly Regex PersonNameSegment = new Regex(
            @"^(?:(?:\w+_)?(?:first|last|full|given|family|display|preferred)_?name|firstname|lastname|fullname|fname|lname|nickname|salutation|(?:recipient|customer|contact|client|requester|requestor|member|guest|patient|user|buyer|owner|to)_?name)$",
            Options | RegexOptions.IgnoreCase);

        /// <summary>Objects that stand for the person in helpdesk and CRM data models besides the configured customer roots.</summary>
        private static readonly Regex PersonRoot = new Regex(
            @"^(?:requester|requestor|member|guest|patient|client|subscriber|person|owner|buyer|account|profile|lead|attendee|registrant|participant)$",
            Options | RegexOptions.IgnoreCase);

        public static bool HasConcreteTime(ProseText prose, ProseRange sentence)
        {
            if (ConcreteTime.IsMatch(prose.Slice(sentence))) return true;
            foreach (var v in prose.VariablesIn(sentence))
                if (IsTimeVariable(v)) return true;
            return false;
        }

        public static bool HasOwner(ProseText prose, ProseRange sentence)
        {
            var text = prose.Slice(sentence);
            if (FirstPerson.IsMatch(text) || NamedTeam.IsMatch(text)) return true;
            foreach (var v in prose.VariablesIn(sentence))
                if (IsOwnerVariable(v)) return true;
            return false;
        }

        /// <summary>The sentence that contains a match.</summary>
        public static ProseRange SentenceOf(ProseText prose, ProseRange match)
        {
            var i = prose.SentenceIndexAt(match.Start);
            return i < 0 ? match : prose.Sentences[i];
        }
    }
}
