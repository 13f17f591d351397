using System;
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

        /// <summary>What a missing value leaves behind in rendered text, each found as a regular expression would find it.</summary>
        private static readonly Artefact[] Artefacts =
        {
            new Artefact("greeting with no name", new Regex(@"(?<![\p{L}])(?:hi|hello|hey|dear|thanks|thank you|welcome|congratulations|good (?:morning|afternoon|evening))[ \t]+(?=[,!.:;?])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
                HasSpaceBeforePunctuation),
            // [^\s][ \t]+[,.;:!?](?=\s|$) and [^\s] {2,}[^\s] start at every visible character: scanned by hand (same matches).
            new Artefact("space before punctuation", SpaceBeforePunctuation),
            new Artefact("empty brackets", new Regex(@"\(\s*\)|\[\s*\]|""\s*""", RegexOptions.CultureInvariant),
                text => text.IndexOfAny(Brackets) >= 0),
            new Artefact("null", new Regex(@"\b(?:null|undefined|NaN|None)\b", RegexOptions.CultureInvariant),
                text => text.IndexOf("null", StringComparison.Ordinal) >= 0 || text.IndexOf("undefined", StringComparison.Ordinal) >= 0
                    || text.IndexOf("NaN", StringComparison.Ordinal) >= 0 || text.IndexOf("None", StringComparison.Ordinal) >= 0),
            new Artefact("doubled space", DoubledSpace),
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
                var holes = context.Model.Holes.Where(h => h.Variables.Any(v => v.Path == leaf && !v.HasDefault)).ToList();
                if (holes.Count == 0) continue; // guarded where it is written, or reaches the text another way: no render needed
                var variant = rendered.RenderWithout(leaf);
                if (variant.Output == null) continue;
                var (found, kind) = NewArtefact(variant.Output, rendered.Full[0].Output!, baseline);
                if (found == null) continue;
                var syntaxHint = context.Model.Source.Syntax == TemplateSyntax.Liquid
                    ? $"{{{{ {leaf} | default: \"there\" }}}}"
                    : $"{{{{ {leaf} ?? \"there\" }}}}";
                foreach (var hole in holes)
                    context.Report(hole.Span,
                        $"Rendered for a customer without {leaf}, this reads \"{found}\" ({Artefacts[kind].Name}): give it a default ({syntaxHint}) or leave the words out when it is empty.");
            }
        }

        private static int[] Count(string output)
        {
            var counts = new int[Artefacts.Length];
            for (var i = 0; i < Artefacts.Length; i++) counts[i] = Artefacts[i].Find(output).Count;
            return counts;
        }

        /// <summary>The first artefact the missing value added, with a little context, and its kind; null when none.</summary>
        private static (string? Excerpt, int Kind) NewArtefact(string output, string baselineOutput, int[] baseline)
        {
            for (var i = 0; i < Artefacts.Length; i++)
            {
                var matches = Artefacts[i].Find(output);
                if (matches.Count <= baseline[i]) continue;
                string? first = null;
                foreach (var (index, length) in matches)
                {
                    var start = System.Math.Max(0, index - 12);
                    var end = System.Math.Min(output.Length, index + length + 12);
                    var excerpt = Text.PlainText.Collapse(output.Substring(start, end - start));
                    first ??= excerpt;
                    if (baselineOutput.IndexOf(output.Substring(index, length), System.StringComparison.Ordinal) < 0) return (excerpt, i);
                }
                return (first, i);
            }
            return (null, -1);
        }

        /// <summary>Matches of <c>[^\s][ \t]+[,.;:!?](?=\s|$)</c>, left to right, not overlapping.</summary>
        internal static List<(int Index, int Length)> SpaceBeforePunctuation(string text)
        {
            var found = new List<(int, int)>();
            var p = 0;
            while (p + 2 < text.Length)
            {
                if (char.IsWhiteSpace(text[p]) || !IsSpaceOrTab(text[p + 1])) { p++; continue; }
                var j = p + 1;
                while (j < text.Length && IsSpaceOrTab(text[j])) j++;
                // `$` also matches before a final newline, which `\s` covers.
                if (j < text.Length && ",.;:!?".IndexOf(text[j]) >= 0 && (j + 1 == text.Length || char.IsWhiteSpace(text[j + 1])))
                {
                    found.Add((p, j + 1 - p));
                    p = j + 1;
                }
                else p++;
            }
            return found;
        }

        /// <summary>Matches of <c>[^\s] {2,}[^\s]</c>, left to right, not overlapping.</summary>
        internal static List<(int Index, int Length)> DoubledSpace(string text)
        {
            var found = new List<(int, int)>();
            var p = 0;
            while (p + 3 < text.Length)
            {
                if (char.IsWhiteSpace(text[p]) || text[p + 1] != ' ' || text[p + 2] != ' ') { p++; continue; }
                var j = p + 3;
                while (j < text.Length && text[j] == ' ') j++;
                if (j < text.Length && !char.IsWhiteSpace(text[j]))
                {
                    found.Add((p, j + 1 - p));
                    p = j + 1;
                }
                else p++;
            }
            return found;
        }

        private static bool IsSpaceOrTab(char c) => c == ' ' || c == '\t';

        private static readonly char[] Brackets = { '(', '[', '"' };

        /// <summary>A space or tab right before , ! . : ; or ? — what a greeting left without its name ends in.</summary>
        private static bool HasSpaceBeforePunctuation(string text)
        {
            for (var i = 0; i + 1 < text.Length; i++)
                if (IsSpaceOrTab(text[i]) && ",!.:;?".IndexOf(text[i + 1]) >= 0) return true;
            return false;
        }

        private sealed class Artefact
        {
            private readonly Func<string, List<(int Index, int Length)>> _find;

            /// <param name="mayOccur">A cheap test the text must pass for the pattern to match at all (it skips the regex when false).</param>
            public Artefact(string name, Regex pattern, Func<string, bool>? mayOccur = null)
            {
                Name = name;
                _find = text =>
                {
                    var found = new List<(int, int)>();
                    if (mayOccur != null && !mayOccur(text)) return found;
                    for (var m = pattern.Match(text); m.Success; m = m.NextMatch()) found.Add((m.Index, m.Length));
                    return found;
                };
            }

            public Artefact(string name, Func<string, List<(int Index, int Length)>> find)
            {
                Name = name;
                _find = find;
            }

            public string Name { get; }

            public List<(int Index, int Length)> Find(string text) => _find(text);
        }
    }
}
