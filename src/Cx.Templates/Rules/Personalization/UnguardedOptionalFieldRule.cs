using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Cx.Templates.Model;

namespace Cx.Templates.Rules.Personalization
{
    /// <summary>
    /// CX3004: rendered for a customer whose optional field is missing, the output breaks ("Hi ,",
    /// "Dear  ,", "()", "null"). Reported on the variable that caused it; the fix is a default.
    /// </summary>
    public sealed class UnguardedOptionalFieldRule : Rule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX3004", "UnguardedOptionalField", Dimension.Personalization, Level.Bad, Severity.Error,
            "Rendered for a customer whose optional fields are missing, the output has artefacts: \"Hi ,\", \"Dear  ,\", \"()\", \"null\".");

        /// <summary>What a missing value leaves behind in rendered text.</summary>
        private static readonly (string Name, Regex Pattern)[] Artefacts =
        {
            ("greeting with no name", new Regex(@"(?<![\p{L}])(?:hi|hello|hey|dear|thanks|thank you|welcome|congratulations|good (?:morning|afternoon|evening))[ \t]+(?=[,!.:;?])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)),
            ("space before punctuation", new Regex(@"[^\s][ \t]+[,.;:!?](?=\s|$)", RegexOptions.CultureInvariant)),
            ("empty brackets", new Regex(@"\(\s*\)|\[\s*\]|""\s*""", RegexOptions.CultureInvariant)),
            ("null", new Regex(@"\b(?:null|undefined|NaN|None)\b", RegexOptions.CultureInvariant)),
            ("doubled space", new Regex(@"[^\s] {2,}[^\s]", RegexOptions.CultureInvariant)),
        };

        private const int MaxFieldsRendered = 24;

        public override RuleDescriptor Descriptor => Rule;

        public override bool AppliesTo(RuleContext context) => context.Rendered.CanRender;

        public override void Analyze(RuleContext context)
        {
            var rendered = context.Rendered;
            if (rendered.Stopped != null || !rendered.Succeeded) return; // CX3002 reports a stopped render once
            var baseline = Count(rendered.Full[0].Output!);
            foreach (var leaf in rendered.Samples.PersonalLeaves().Take(MaxFieldsRendered))
            {
                var variant = rendered.RenderWithout(leaf);
                if (variant.Output == null) continue;
                var found = NewArtefact(variant.Output, rendered.Full[0].Output!, baseline);
                if (found == null) continue;
                var holes = context.Model.Holes.Where(h => h.Variables.Any(v => v.Path == leaf && !v.HasDefault)).ToList();
                if (holes.Count == 0) continue; // guarded where it is written, or reaches the text another way
                var syntaxHint = context.Model.Source.Syntax == TemplateSyntax.Liquid
                    ? $"{{{{ {leaf} | default: \"there\" }}}}"
                    : $"{{{{ {leaf} ?? \"there\" }}}}";
                foreach (var hole in holes)
                    context.Report(hole.Span,
                        $"Rendered for a customer without {leaf}, this reads \"{found}\" ({ArtefactName(variant.Output, baseline)}): give it a default ({syntaxHint}) or leave the words out when it is empty.");
            }
        }

        private static int[] Count(string output) => Artefacts.Select(a => a.Pattern.Matches(output).Count).ToArray();

        /// <summary>The first artefact the missing value added, with a little context, or null.</summary>
        private static string? NewArtefact(string output, string baselineOutput, int[] baseline)
        {
            for (var i = 0; i < Artefacts.Length; i++)
            {
                var matches = Artefacts[i].Pattern.Matches(output);
                if (matches.Count <= baseline[i]) continue;
                string? first = null;
                foreach (Match m in matches)
                {
                    var start = System.Math.Max(0, m.Index - 12);
                    var end = System.Math.Min(output.Length, m.Index + m.Length + 12);
                    var excerpt = Regex.Replace(output.Substring(start, end - start), @"\s+", " ").Trim();
                    first ??= excerpt;
                    if (baselineOutput.IndexOf(output.Substring(m.Index, m.Length), System.StringComparison.Ordinal) < 0) return excerpt;
                }
                return first;
            }
            return null;
        }

        private static string ArtefactName(string output, int[] baseline)
        {
            for (var i = 0; i < Artefacts.Length; i++)
                if (Artefacts[i].Pattern.Matches(output).Count > baseline[i]) return Artefacts[i].Name;
            return "artefact";
        }
    }
}
