using System.Text.RegularExpressions;
using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Attitude
{
    /// <summary>
    /// CX1003: the message greets a number ("Dear customer #{{ customer.id }}") or opens with the
    /// case, ticket or order reference as its first line ("Re: Ticket #{{ ticket.id }}",
    /// "Order {{ order.number }}:") and names the person nowhere in its opening: "I feel like a job number".
    /// </summary>
    /// <remarks>
    /// Only the opening lines count (<see cref="NoNameInGreetingRule.OpeningBlocks"/>): a reference in the
    /// body ("Your ticket number is 4471") is useful, and a reference line above a greeting that names
    /// the customer is a header, not how they are addressed. A sentence that happens to start with the
    /// order ("Order {{ order.number }} has shipped.") is not a reference label; CX1002 reports the missing name.
    /// </remarks>
    public sealed class CaseNumberAsIdentityRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX1003", "CaseNumberAsIdentity", Dimension.Attitude, Level.MiddleOfTheRoad, Severity.Warning,
            "The message addresses or opens with a case, ticket or order number instead of the person.");

        private const RegexOptions Options = RegexOptions.CultureInvariant;

        // Pieces of a reference in normalized prose: "ticket", "order no.", "#", "§" (a hole) or "inc-00123".
        private const string Noun = @"(?:ticket|case|order|request|incident|claim|job|booking|reservation|reference|ref|account|invoice|policy|complaint|enquiry|inquiry|query|rma|return|confirmation|application|quote|work order|service request|sr)";
        private const string Qualifier = @"(?:(?:your|our|support|service|help ?desk|repair|warranty|customer|new|open|updated?)\s)";
        private const string Marker = @"(?:\s?(?:number|no\.?|num|nr|id|ref|reference|code))";
        private const string Id = @"(?:\uE000|[a-z]{0,4}-?\d[\p{L}\p{N}/-]*)";

        /// <summary>The reference ends the label: a closing bracket, the end of the line, or a separator before the rest ("Order 123: shipped").</summary>
        private const string LabelEnd = @"(?:[\])]|(?=\s*(?:$|[:\-–—|,.!])))";

        /// <summary>A first line that is a reference label: "re: ticket #§", "order §:", "[#4471]", "case no. 00123 –".</summary>
        private static readonly Regex Label = new Regex(
            @"^(?:(?:re|ref|reference|fw|fwd|subject|regarding|update|status)\s?:\s?)?[\[(]?(?:" + Qualifier + "{0,2}" + Noun + Marker + @"?\s?(?:#\s?|no\.?\s?)?|#\s?)" + Id + LabelEnd +
            @"|^(?:re|ref|reference)\s?:\s?" + Id + LabelEnd,
            Options);

        /// <summary>A greeting that addresses a number: "dear customer #§", "hi §," (a ticket id), "hello account 4471-2231,".</summary>
        private static readonly Regex Address = new Regex(
            @"^(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening)),?\s(?:(?:valued|dear|esteemed|loyal)\s)?" +
            @"(?:(?:customer|client|member|account holder|policyholder|policy holder|subscriber|user|patient|guest|cardholder|ticket|case|order|account|reference)\s?)?" +
            Marker + @"?\s?(?:#\s?|no\.?\s?)?" + Id + @"(?=\s*(?:$|[,:!.\-–—]))",
            Options);

        /// <summary>A marker that makes any value a reference: "#", "no.", "number", "id".</summary>
        private static readonly Regex ExplicitMarker = new Regex(@"#|\bno\.|\b(?:no|number|num|nr|id|ref|reference|code)\b", Options);

        /// <summary>A variable that holds an identifier, not a name: <c>ticket.id</c>, <c>order.number</c>, <c>customer.account_no</c>, <c>caseRef</c>.</summary>
        private static readonly Regex IdentifierSegment = new Regex(
            @"^(?:id|number|no|num|nr|ref|reference|code|uuid|guid|key|ticket|case|order|booking|reservation|claim|policy|invoice|account|job|incident)$" +
            @"|(?:_|^)(?:id|number|no|num|nr|ref|reference|code|uuid|guid)$|[a-z](?:Id|ID|Number|No|Ref|Reference|Code)$",
            Options);

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) =>
            context.Metadata.Channel != "push" && !context.Model.Prose.IsEmpty;

        public override void Analyze(RuleContext context)
        {
            if (Find(context, out var range, out var addressed))
            {
                var prose = context.Model.Prose;
                var span = prose.ToSource(range);
                var quoted = Quote(context.Model.Source.Text, span);
                context.Report(span, addressed
                    ? $"\"{quoted}\" addresses the customer by a number: greet them by name (\"Hi {{{{ customer.first_name ?? \"there\" }}}},\") and give the reference further down."
                    : $"The message opens with \"{quoted}\", not the customer: greet them by name first (\"Hi {{{{ customer.first_name ?? \"there\" }}}},\") and give the reference further down (\"Your ticket number is …\").");
            }
        }

        /// <summary>
        /// The reference the opening puts in the person's place, if any: a greeting that addresses a number
        /// (<paramref name="addressed"/>), or a reference label as an opening line when no opening line names the person.
        /// </summary>
        internal static bool Find(RuleContext context, out ProseRange range, out bool addressed)
        {
            range = default;
            addressed = false;
            var prose = context.Model.Prose;
            if (prose.IsEmpty || prose.Blocks.Count == 0) return false;
            var opening = NoNameInGreetingRule.OpeningBlocks(prose);

            // "Dear customer #{{ customer.id }}": wrong whatever else the opening says.
            foreach (var i in opening)
            {
                if (MatchIn(prose, i, Address, out range))
                {
                    addressed = true;
                    return true;
                }
            }

            foreach (var i in opening)
                if (NamesThePerson(prose, prose.Blocks[i], context.Configuration)) return false;

            foreach (var i in opening)
                if (MatchIn(prose, i, Label, out range)) return true;
            return false;
        }

        /// <summary>True when a greeting in this block addresses a number (CX1001 leaves it to this rule).</summary>
        internal static bool AddressesByNumber(ProseText prose, int block) =>
            block >= 0 && block < prose.Blocks.Count && MatchIn(prose, block, Address, out _);

        /// <summary>
        /// Whether this rule runs on the message: CX1001 and CX1002 stay quiet where it reports, but only
        /// when it is on, so turning CX1003 off gives their findings back.
        /// </summary>
        internal static bool IsOn(RuleContext context) =>
            context.Metadata.Channel != "push" &&
            context.IsOn(Rule);

        private static bool MatchIn(ProseText prose, int block, Regex regex, out ProseRange range)
        {
            range = default;
            var b = prose.Blocks[block];
            var text = prose.Slice(b);
            var m = regex.Match(text);
            if (!m.Success) return false;
            if (prose.IsQuoted(b.Start + m.Index, b.Start + m.Index + m.Length)) return false;
            // A hole is a reference only when a marker says so or the variable holds an identifier:
            // "Order {{ order.number }}:" is, "Booking {{ booking.date }}:" is not.
            var hole = m.Value.IndexOf(ProseText.HoleChar);
            if (hole >= 0 && !ExplicitMarker.IsMatch(m.Value))
            {
                var any = false;
                foreach (var v in prose.VariablesAt(b.Start + m.Index + hole))
                    if (IsIdentifier(v)) { any = true; break; }
                if (!any) return false;
            }
            range = new ProseRange(b.Start + m.Index, b.Start + m.Index + m.Length);
            return true;
        }

        /// <summary>A variable about the person that is not one of their identifiers: <c>customer.first_name</c>, not <c>customer.id</c>.</summary>
        internal static bool NamesThePerson(ProseText prose, ProseRange block, CxConfiguration configuration)
        {
            foreach (var v in prose.VariablesIn(block))
                if (Signals.IsPersonVariable(v, configuration) && !IsIdentifier(v)) return true;
            return false;
        }

        internal static bool IsIdentifier(Variable v)
        {
            var path = v.Path;
            var last = path.Substring(path.LastIndexOf('.') + 1).TrimEnd(']', '[');
            return IdentifierSegment.IsMatch(last);
        }
    }
}
