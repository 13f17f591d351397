using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Cx.Templates.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SourceSpan = Scriban.Parsing.SourceSpan;

namespace Cx.Templates.Rendering
{
    /// <summary>The result of one sandboxed render: the text, or why it stopped.</summary>
    internal readonly struct RenderOutcome
    {
        public RenderOutcome(string? output, string? stopped, bool failed)
        {
            Output = output;
            Stopped = stopped;
            Failed = failed;
        }

        public string? Output { get; }

        /// <summary>Set when a sandbox limit stopped the render (loop, recursion, output size, time).</summary>
        public string? Stopped { get; }

        /// <summary>The template could not be rendered with sample data (a filter the sample values do not fit).</summary>
        public bool Failed { get; }
    }

    /// <summary>
    /// Renders a template with sample data and nothing else: no includes or imports, no .NET objects
    /// (globals are plain script objects), loop, recursion and output limits, and a time budget.
    /// A template that exceeds them is stopped, never left to hang.
    /// </summary>
    internal static class RenderSandbox
    {
        public const int LoopLimit = 1000;
        public const int RecursionLimit = 64;
        public const int OutputLimit = 200_000;
        // A backstop behind the loop, recursion and output limits; generous because the first render of a process
        // also pays for JIT, and CI machines are busy.
        public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(3);

        /// <summary>
        /// Renders <paramref name="template"/> with <paramref name="globals"/>. With <paramref name="shareBuiltins"/>
        /// the builtin functions (date, string, array…) are this thread's copy, built once, instead of a fresh deep
        /// clone per render (which was most of a render's cost); pass it only for a template that cannot change
        /// them (<see cref="MayChangeBuiltins"/>).
        /// </summary>
        public static RenderOutcome Render(Template template, TemplateSyntax syntax, ScriptObject globals, bool shareBuiltins = false)
        {
            using var budget = new CancellationTokenSource(TimeBudget);
            var liquid = syntax == TemplateSyntax.Liquid;
            var context = shareBuiltins
                ? new SandboxContext(liquid ? ThreadLiquidBuiltins() : ThreadScribanBuiltins(), liquid)
                : liquid ? new LiquidTemplateContext() : new TemplateContext();
            context.LoopLimit = LoopLimit;
            context.LoopLimitQueryable = LoopLimit;
            context.RecursiveLimit = RecursionLimit;
            context.ObjectRecursionLimit = 20;
            context.LimitToString = 10_000;
            context.OutputLimit = OutputLimit;
            context.OnOutputLimit = ScriptLimitBehavior.Truncate;
            context.EnableRelaxedMemberAccess = true;
            context.EnableRelaxedTargetAccess = true;
            context.EnableRelaxedIndexerAccess = true;
            context.StrictVariables = false;
            context.TemplateLoader = NoIncludes.Instance;
            context.CancellationToken = budget.Token;
            context.RegexTimeOut = TimeSpan.FromMilliseconds(100);
            if (liquid)
            {
                // Liquid's `date: "%d %B"` filter; Scriban maps `date` to its date object, which rejects a format argument.
                globals.SetValue("date", LiquidDate, true);
            }
            context.PushGlobal(globals);
            try
            {
                var output = template.Render(context);
                return new RenderOutcome(output, null, false);
            }
            catch (OperationCanceledException)
            {
                return new RenderOutcome(null, $"it did not finish within the render budget of {TimeBudget.TotalMilliseconds:0} ms", false);
            }
            catch (ScriptRuntimeException ex) when (IsLimit(ex.Message))
            {
                return new RenderOutcome(null, Text.PlainText.FirstLine(ex.OriginalMessage ?? ex.Message), false);
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException || ex is StackOverflowException))
            {
                return new RenderOutcome(null, null, true);
            }
        }

        [ThreadStatic] private static ScriptObject? _scribanBuiltins;
        [ThreadStatic] private static ScriptObject? _liquidBuiltins;

        private static ScriptObject ThreadScribanBuiltins() => _scribanBuiltins ??= new Scriban.Functions.BuiltinFunctions();

        private static ScriptObject ThreadLiquidBuiltins() => _liquidBuiltins ??= new Scriban.Functions.LiquidBuiltinsFunctions();

        /// <summary>
        /// True when rendering the template could change a builtin object and so must not share one with other
        /// renders: a member or indexer assignment (<c>date.format = "%F"</c>, <c>this.x = 1</c>) or a <c>with</c>
        /// block (whose assignments go into the object it opens). Plain variable assignments go into the
        /// render's own globals. Walks the tree with a stack, so deep nesting cannot overflow.
        /// </summary>
        public static bool MayChangeBuiltins(Template template)
        {
            if (template.Page == null) return false;
            var stack = new Stack<ScriptNode>();
            stack.Push(template.Page);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                switch (node)
                {
                    case ScriptWithStatement _:
                    case ScriptAssignExpression assign when !(assign.Target is ScriptVariable):
                        return true;
                }
                foreach (var child in node.Children)
                    if (child != null) stack.Push(child);
            }
            return false;
        }

        /// <summary>A render context over a given builtin object; for Liquid, set up as Scriban's LiquidTemplateContext is.</summary>
        private sealed class SandboxContext : TemplateContext
        {
            public SandboxContext(ScriptObject builtins, bool liquid) : base(builtins)
            {
                if (!liquid) return;
                Language = ScriptLang.Liquid;
                EnableBreakAndContinueAsReturnOutsideLoop = true;
                EnableRelaxedTargetAccess = true;
                IsLiquid = true;
            }
        }

        // Liquid's date filter as a Scriban function, made once: Import builds it by reflection on every call,
        // and it holds no state (a static method), so every render and thread can share it.
        private static readonly IScriptCustomFunction LiquidDate = CreateLiquidDate();

        private static IScriptCustomFunction CreateLiquidDate()
        {
            var holder = new ScriptObject();
            holder.Import("date", new Func<object?, string?, string>(FormatDate));
            return (IScriptCustomFunction)holder["date"]!;
        }

        private static bool IsLimit(string message) =>
            message.IndexOf("limit", StringComparison.OrdinalIgnoreCase) >= 0 || message.IndexOf("cancel", StringComparison.OrdinalIgnoreCase) >= 0;

        private static string FormatDate(object? value, string? format) => value switch
        {
            DateTime d => d.ToString("dddd d MMMM yyyy HH:mm", CultureInfo.InvariantCulture),
            null => "",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };


        private sealed class NoIncludes : ITemplateLoader
        {
            public static readonly NoIncludes Instance = new NoIncludes();

            public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
                throw new ScriptRuntimeException(callerSpan, "includes are not rendered by Cx (sandbox)");

            public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
                throw new ScriptRuntimeException(callerSpan, "includes are not rendered by Cx (sandbox)");

            public System.Threading.Tasks.ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
                throw new ScriptRuntimeException(callerSpan, "includes are not rendered by Cx (sandbox)");
        }
    }
}
