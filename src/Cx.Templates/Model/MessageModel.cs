using System.Collections.Generic;
using System.Linq;
using Cx.Templates.Parsing;
using Cx.Templates.Text;

namespace Cx.Templates.Model
{
    /// <summary>
    /// What the customer will read, as the rules need it: the static text runs with their exact
    /// spans, the output holes and every variable the template reads, the normalized prose, and the
    /// front matter. Immutable once built, so rules may run on many threads.
    /// </summary>
    public sealed class MessageModel
    {
        internal MessageModel(TemplateSource source, LineMap lines, MessageMetadata frontMatter, SourceSpan? frontMatterSpan,
            IReadOnlyList<TextRun> runs, IReadOnlyList<Hole> holes, IReadOnlyList<Variable> variables, ProseText prose,
            IReadOnlyList<ParseProblem> problems, Scriban.Template? template = null)
        {
            Template = template;
            Source = source;
            Lines = lines;
            FrontMatter = frontMatter;
            FrontMatterSpan = frontMatterSpan;
            Runs = runs;
            Holes = holes;
            Variables = variables;
            Prose = prose;
            Problems = problems;
        }

        public TemplateSource Source { get; }
        public LineMap Lines { get; }

        /// <summary>Metadata from the template's own front matter (configuration may add more; see <see cref="LintResult.Metadata"/>).</summary>
        public MessageMetadata FrontMatter { get; }

        public SourceSpan? FrontMatterSpan { get; }
        public IReadOnlyList<TextRun> Runs { get; }
        public IReadOnlyList<Hole> Holes { get; }
        public IReadOnlyList<Variable> Variables { get; }
        public ProseText Prose { get; }
        public IReadOnlyList<ParseProblem> Problems { get; }

        /// <summary>The parsed Scriban/Liquid template, for the render-based rules (null when it did not parse).</summary>
        internal Scriban.Template? Template { get; }

        /// <summary>True when the template itself did not parse; the prose is then empty and content rules do not run.</summary>
        public bool HasSyntaxErrors => Problems.Any(p => p.RuleId == "CX0001");

        public IEnumerable<Variable> OutputVariables => Variables.Where(v => v.IsOutput);

        /// <summary>The span of the first line of customer-visible text: where message-level findings are reported.</summary>
        public SourceSpan OpeningSpan
        {
            get
            {
                if (Prose.Blocks.Count > 0) return Prose.ToSource(Prose.Blocks[0]);
                var start = FrontMatterSpan?.End ?? 0;
                while (start < Source.Text.Length && char.IsWhiteSpace(Source.Text[start])) start++;
                var end = start;
                while (end < Source.Text.Length && Source.Text[end] != '\n' && Source.Text[end] != '\r') end++;
                return new SourceSpan(start, end);
            }
        }
    }
}
