using System.Text.RegularExpressions;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Knowledge
{
    /// <summary>
    /// CX4001: "industry-leading", "world-class", "our experts", "state of the art" with nothing behind
    /// them: seeds/000's "General expertise in industry", the Middle of the Road of Knowledge.
    /// </summary>
    /// <remarks>
    /// A claim is cleared when the sentence that makes it, or the next sentence in the same paragraph,
    /// shows something the customer can check: a figure that is not a time, date or phone number
    /// ("12,400 boilers fitted", "4.9 on Trustpilot", "25 years", "twenty years"), a named certification or body
    /// ("Gas Safe registered", "accredited by NICEIC", "ISO 9001"), or a variable that names who does the
    /// work or holds the credential (<c>{{ technician.first_name }}</c>, <c>{{ engineer.certification }}</c>).
    /// </remarks>
    public sealed class GenericExpertiseClaimRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX4001", "GenericExpertiseClaim", Dimension.Knowledge, Level.MiddleOfTheRoad, Severity.Warning,
            "Expertise claimed with nothing specific behind it: \"industry-leading\", \"world-class\", \"our experts\", \"state of the art\".");

        private const RegexOptions Options = RegexOptions.CultureInvariant;

        /// <summary>Numbers that are not evidence: times, dates, durations, phone numbers, "#1"/"no. 1" (itself a claim).</summary>
        private static readonly Regex NotEvidence = new Regex(
            @"\+?\d[\d ()-]{7,}\d|#\s?1\b|\bno\. ?1\b|\bnumber (?:1|one)\b", Options);

        /// <summary>A figure, in digits or words ("twenty years", "a thousand boilers").</summary>
        private static readonly Regex Figure = new Regex(
            @"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million)\b", Options);

        /// <summary>A named certification, scheme or body, or a verb that names one ("accredited by …").</summary>
        private static readonly Regex Credential = new Regex(
            @"\b(?:gas safe|niceic|napit|oftec|hetas|fensa|trustmark|checkatrade|trustpilot|feefo|which\? trusted trader|trusted trader|iso ?\d+|b corp|city (?:and|&) guilds|nvq|chartered|ofgem|fca|ase certified|red seal)\b" +
            @"|\b(?:certified|accredited|registered|licensed|approved|regulated|authori[sz]ed|insured|trained) (?:by|with|under|as|to)\b|\bmember of the\b|\b(?:awarded|winner of|won)\b",
            Options);

        /// <summary>A variable that says who does the work or what backs the claim.</summary>
        private static readonly Regex EvidenceVariable = new Regex(
            @"certif|accredit|licen[cs]e|qualif|credential|registration|rating|review|years|experience|award|jobs_?(?:done|completed|count)|install(?:s|ations)_?count|_count$|Count$",
            Options | RegexOptions.IgnoreCase);

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("CX4001");

        protected override bool IsCleared(RuleContext context, ProseRange match)
        {
            var prose = context.Model.Prose;
            var i = prose.SentenceIndexAt(match.Start);
            if (i < 0) return false;
            if (HasEvidence(prose, prose.Sentences[i])) return true;
            return i + 1 < prose.Sentences.Count
                && prose.BlockIndexAt(prose.Sentences[i + 1].Start) == prose.BlockIndexAt(match.Start)
                && HasEvidence(prose, prose.Sentences[i + 1]);
        }

        internal static bool HasEvidence(ProseText prose, ProseRange sentence)
        {
            var text = prose.Slice(sentence);
            var stripped = NotEvidence.Replace(Signals.ConcreteTime.Replace(text, " "), " ");
            if (Figure.IsMatch(stripped) || Credential.IsMatch(text)) return true;
            foreach (var v in prose.VariablesIn(sentence))
                if (Signals.IsOwnerVariable(v) || EvidenceVariable.IsMatch(v.Path)) return true;
            return false;
        }

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" claims expertise without showing it: say what makes it true for this customer (how many jobs like theirs, which certification, who will do the work).";
    }
}
