using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Cx.Analyzers.CodeFixes
{
    /// <summary>
    /// Applies the safe fixes the analyzer computed: CX1001 greets the customer by name, CX5001 removes
    /// the passive offer. The edit (span and text, escaped for the literal's kind) travels in the
    /// diagnostic, so this assembly needs neither the engine nor Scriban. Fix All merges the edits of
    /// a document, project or solution in one batch.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CxCodeFixProvider)), Shared]
    public sealed class CxCodeFixProvider : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(FixProperties.GenericGreetingId, FixProperties.PassiveOfferId);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(FixProperties.Replacement, out var replacement) || replacement == null) continue;
                if (diagnostic.AdditionalLocations.Count == 0 || !diagnostic.AdditionalLocations[0].IsInSource) continue;
                var span = diagnostic.AdditionalLocations[0].SourceSpan;
                var title = diagnostic.Properties.TryGetValue(FixProperties.Title, out var t) && t != null ? t : "Fix " + diagnostic.Id;
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => ApplyAsync(document, span, replacement, ct), equivalenceKey: diagnostic.Id),
                    diagnostic);
            }
            return Task.CompletedTask;
        }

        private static async Task<Document> ApplyAsync(Document document, TextSpan span, string replacement, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return document.WithText(text.WithChanges(new TextChange(span, replacement)));
        }
    }
}
