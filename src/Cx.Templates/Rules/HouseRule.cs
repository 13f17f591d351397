using System;
using System.Collections.Generic;
using System.Linq;
using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules
{
    /// <summary>
    /// A rule defined in configuration (<c>house_rules:</c>). Phrases use the same notation as the
    /// built-in lists. A substitution carries a fix that replaces the matched words and keeps the
    /// capital of the first letter; it never touches template syntax.
    /// </summary>
    public sealed class HouseRule : Rule
    {
        private readonly HouseRuleDefinition _definition;
        private readonly PhraseSet? _existence;
        private readonly (PhraseSet Phrase, string Replacement)[] _swaps;

        public HouseRule(HouseRuleDefinition definition)
        {
            _definition = definition;
            Descriptor = new RuleDescriptor(definition.Id, definition.Id, definition.Dimension, definition.Level,
                RuleDescriptor.SeverityFor(definition.Level), definition.Message,
                definition.Source == null ? null : new Uri(System.IO.Path.GetFullPath(definition.Source)).AbsoluteUri);
            if (definition.Type == "existence") _existence = new PhraseSet(definition.Phrases);
            _swaps = definition.Swaps.Select(s => (new PhraseSet(new[] { s.Key }), s.Value)).ToArray();
        }

        public override RuleDescriptor Descriptor { get; }

        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            var text = context.Model.Source.Text;
            if (_existence != null)
            {
                foreach (var m in _existence.Matches(prose))
                {
                    var span = prose.ToSource(m);
                    context.Report(span, _definition.Message.Replace("%s", text.Substring(span.Start, span.Length)));
                }
                return;
            }
            var taken = new List<SourceSpan>();
            foreach (var (phrase, replacement) in _swaps)
            {
                foreach (var m in phrase.Matches(prose))
                {
                    var span = prose.ToSource(m);
                    if (taken.Any(t => t.Overlaps(span))) continue;
                    taken.Add(span);
                    var original = text.Substring(span.Start, span.Length);
                    var fixedText = MatchCase(original, replacement);
                    // A fix never rewrites template syntax: a match that spans a hole is reported without one.
                    var touchesCode = context.Model.Holes.Any(h => h.Span.Overlaps(span)) || original.IndexOf('\n') >= 0;
                    context.Report(span, _definition.Message.Replace("%s", fixedText), touchesCode ? null : new TextEdit(span, fixedText));
                }
            }
        }

        private static string MatchCase(string original, string replacement)
        {
            if (replacement.Length == 0 || original.Length == 0) return replacement;
            if (char.IsUpper(original[0]) && char.IsLower(replacement[0]))
                return char.ToUpperInvariant(replacement[0]) + replacement.Substring(1);
            return replacement;
        }
    }
}
