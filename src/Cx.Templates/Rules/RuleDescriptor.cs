using Cx.Templates.Model;

namespace Cx.Templates.Rules
{
    /// <summary>What a rule is, independent of any message: the data a host lists, documents and configures.</summary>
    public sealed class RuleDescriptor
    {
        public const string HelpBase = "https://github.com/cx-lint/cx/blob/main/docs/rules/";

        public RuleDescriptor(string id, string name, Dimension dimension, Level level, Severity defaultSeverity, string summary, string? helpUri = null)
        {
            _helpUri = helpUri;
            Id = id;
            Name = name;
            Dimension = dimension;
            Level = level;
            DefaultSeverity = defaultSeverity;
            Summary = summary;
        }

        public string Id { get; }
        public string Name { get; }
        public Dimension Dimension { get; }
        public Level Level { get; }
        public Severity DefaultSeverity { get; }

        /// <summary>One line: what the rule finds.</summary>
        public string Summary { get; }

        private readonly string? _helpUri;

        /// <summary>The rule's doc page; a house rule from a configuration file points at that file instead.</summary>
        public string HelpUri => _helpUri ?? HelpBase + Id + ".md";

        /// <summary>Bad Service findings are errors, Middle of the Road warnings: the default of every content rule.</summary>
        public static Severity SeverityFor(Level level) => level == Level.Bad ? Severity.Error : Severity.Warning;

        public override string ToString() => Id + " " + Name;
    }

    /// <summary>The rules of the tool itself (CX0xxx): syntax, configuration, suppressions.</summary>
    public static class ToolRules
    {
        public static readonly RuleDescriptor TemplateSyntaxError = new RuleDescriptor("CX0001", "TemplateSyntaxError", Dimension.Tool, Level.Helpful, Severity.Error,
            "A template or its front matter does not parse; reported at the parser's position.");
        public static readonly RuleDescriptor InvalidConfiguration = new RuleDescriptor("CX0002", "InvalidConfiguration", Dimension.Tool, Level.Helpful, Severity.Error,
            "A configuration or front-matter key that is unknown, mistyped or out of range.");
        public static readonly RuleDescriptor UnusedSuppression = new RuleDescriptor("CX0003", "UnusedSuppression", Dimension.Tool, Level.Helpful, Severity.Warning,
            "A suppression comment that suppresses nothing.");
        public static readonly RuleDescriptor AnalysisFailure = new RuleDescriptor("CX0004", "AnalysisFailure", Dimension.Tool, Level.Helpful, Severity.Info,
            "Cx could not finish analysing a template; the other rules still ran.");

        public static readonly RuleDescriptor[] All = { TemplateSyntaxError, InvalidConfiguration, UnusedSuppression, AnalysisFailure };

        public static RuleDescriptor? Find(string id)
        {
            foreach (var d in All) if (d.Id == id) return d;
            return null;
        }
    }
}
