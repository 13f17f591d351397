using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Friction
{
    /// <summary>
    /// CX6001: asks the customer for an order/account/ticket number, e-mail or phone that the
    /// template already has as a variable: the "goldfish" company of seeds/002. An e-mail or phone
    /// variable counts only when it is the customer's (a customer root, or a bare <c>{{ email }}</c>):
    /// <c>{{ agent.phone }}</c> is how to reach us, not what we know about them.
    /// </summary>
    public sealed class AsksForKnownInformationRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX6001", "AsksForKnownInformation", Dimension.Friction, Level.Bad, Severity.Error,
            "Asks the customer for a number or contact detail the template already has as a variable.");

        /// <summary>What is asked for (from the matched words) → the variable path segments that already hold it.</summary>
        private static readonly (Regex Asked, Regex Known, string Name, bool Personal)[] Kinds =
        {
            (Word("order"), Segment("order|order_?(?:number|id|no|ref|reference)|purchase"), "order number", false),
            (Word("account|customer|membership"), Segment("account|account_?(?:number|id|no)|customer_?(?:number|id|no)|member_?(?:number|id)|membership"), "account number", false),
            (Word("ticket|case"), Segment("ticket|case|ticket_?(?:number|id|no)|case_?(?:number|id|no)"), "ticket number", false),
            (Word("booking|reservation|confirmation"), Segment("booking|reservation|booking_?(?:number|id|ref|reference)|confirmation_?(?:number|code)"), "booking reference", false),
            (Word("job"), Segment("job|job_?(?:number|id|no)|work_?order"), "job number", false),
            (Word("invoice"), Segment("invoice|invoice_?(?:number|id|no)"), "invoice number", false),
            (Word("tracking"), Segment("tracking|tracking_?(?:number|code|url|id)"), "tracking number", false),
            (Word("policy|claim"), Segment("policy|claim|policy_?(?:number|id)|claim_?(?:number|id)"), "policy or claim number", false),
            (Word("reference|ref"), Segment("reference|ref|reference_?(?:number|id)"), "reference", false),
            (Word("e-?mail"), Segment("e_?mail|email_?address"), "e-mail address", true),
            (Word("phone|mobile|telephone|contact number|best number"), Segment("phone|mobile|telephone|phone_?number|mobile_?number|tel|msisdn"), "phone number", true),
        };

        public override RuleDescriptor Descriptor => Rule;

        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            foreach (var (range, message) in Findings(context))
                context.Report(prose.ToSource(range), message);
        }

        /// <summary>Each request for something the template already has, with its message. CX6004 leaves these requests to this rule.</summary>
        internal static IEnumerable<(ProseRange Range, string Message)> Findings(RuleContext context)
        {
            var prose = context.Model.Prose;
            foreach (var m in PhraseSet.Load("AskKnown").Matches(prose))
            {
                var asked = prose.Slice(m);
                foreach (var (askedRegex, knownRegex, name, personal) in Kinds)
                {
                    if (!askedRegex.IsMatch(asked)) continue;
                    var known = Known(context, knownRegex, personal);
                    if (known == null) continue;
                    yield return (m, $"You already have the customer's {name} ({{{{ {known.Path} }}}}): don't make them look it up, quote it back to them.");
                    break;
                }
            }
        }

        private static Variable? Known(RuleContext context, Regex segment, bool personal)
        {
            foreach (var v in context.Model.Variables)
            {
                if (personal && !(context.Configuration.IsCustomerRoot(v.Root) || v.Path == v.Root)) continue;
                foreach (var part in v.Path.Split('.', '[', ']'))
                    if (part.Length > 0 && segment.IsMatch(part)) return v;
            }
            return null;
        }

        private static Regex Word(string alternatives) =>
            new Regex(@"\b(?:" + alternatives + @")\b", RegexOptions.CultureInvariant);

        private static Regex Segment(string alternatives) =>
            new Regex("^(?:" + alternatives + ")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
