using System;
using System.Collections.Generic;
using System.Linq;
using Cx.Templates.Configuration;
using Cx.Templates.Model;

namespace Cx.Templates.Rendering
{
    /// <summary>
    /// A message rendered for three sample customers who differ in every field, computed lazily
    /// and once, plus renders with one optional personal field missing on demand.
    /// </summary>
    internal sealed class RenderedSamples
    {
        private readonly MessageModel _model;
        private readonly SampleCustomers? _samples;
        private RenderOutcome[]? _full;

        public RenderedSamples(MessageModel model, CxConfiguration config)
        {
            _model = model;
            if (model.Template != null && model.Variables.Count > 0) _samples = new SampleCustomers(model, config);
        }

        /// <summary>False when there is nothing to render (no parsed template or no variables).</summary>
        public bool CanRender => _samples != null;

        public SampleCustomers Samples => _samples ?? throw new InvalidOperationException("Nothing to render.");

        public IReadOnlyList<RenderOutcome> Full => _full ??= Enumerable.Range(0, 3).Select(i => Render(Samples.Globals(i))).ToArray();

        /// <summary>Why a render stopped (a sandbox limit), if one did.</summary>
        public string? Stopped => Full.Select(o => o.Stopped).FirstOrDefault(s => s != null);

        /// <summary>True when every render produced text.</summary>
        public bool Succeeded => Full.All(o => o.Output != null);

        public RenderOutcome RenderWithout(string leaf) => Render(Samples.Globals(0, new HashSet<string>(StringComparer.Ordinal) { leaf }));

        private bool? _shareBuiltins;

        private RenderOutcome Render(Scriban.Runtime.ScriptObject globals)
        {
            _shareBuiltins ??= !RenderSandbox.MayChangeBuiltins(_model.Template!);
            return RenderSandbox.Render(_model.Template!, _model.Source.Syntax, globals, _shareBuiltins.Value);
        }

        /// <summary>The output with identifier values masked and whitespace collapsed: what "the same text" means.</summary>
        public string Comparable(string output)
        {
            var text = output;
            foreach (var id in Samples.IdentifierValues) text = text.Replace(id, "\u2039id\u203A");
            return Text.PlainText.Collapse(text);
        }
    }
}
