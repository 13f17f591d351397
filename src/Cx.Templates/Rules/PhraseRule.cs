using Cx.Templates.Text;

namespace Cx.Templates.Rules
{
    /// <summary>A rule that reports every occurrence of its phrase list, with one message that says what to write instead.</summary>
    public abstract class PhraseRule : Rule
    {
        protected abstract PhraseSet Phrases { get; }

        /// <summary>The message for one match; <paramref name="matched"/> is the normalized text that matched.</summary>
        protected abstract string MessageFor(string matched);

        /// <summary>A hook for rules that clear a match by looking at its sentence (a time, an owner).</summary>
        protected virtual bool IsCleared(RuleContext context, ProseRange match) => false;

        public override void Analyze(RuleContext context)
        {
            var prose = context.Model.Prose;
            var lastSentence = -1;
            foreach (var m in Phrases.Matches(prose))
            {
                if (IsCleared(context, m)) continue;
                // "We will reply as soon as possible" is one vague promise, not two: one finding per sentence.
                var sentence = prose.SentenceIndexAt(m.Start);
                if (sentence == lastSentence) continue;
                lastSentence = sentence;
                var span = prose.ToSource(m);
                context.Report(span, MessageFor(Quote(context.Model.Source.Text, span)));
            }
        }
    }
}
