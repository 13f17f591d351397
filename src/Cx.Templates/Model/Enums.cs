namespace Cx.Templates.Model
{
    public enum TemplateSyntax
    {
        Text,
        Scriban,
        Liquid,
        Markdown,
    }

    /// <summary>The dimensions of seeds/000 plus Friction (seeds 001 and 002) and the tool itself.</summary>
    public enum Dimension
    {
        Tool,
        Attitude,
        Responsiveness,
        Personalization,
        Knowledge,
        Insights,
        Friction,
    }

    /// <summary>Ordered from best to worst so that "worst finding" is a Max.</summary>
    public enum Level
    {
        Helpful = 0,
        MiddleOfTheRoad = 1,
        Bad = 2,
    }

    public enum Severity
    {
        Off = 0,
        Info = 1,
        Warning = 2,
        Error = 3,
    }

    public static class EnumText
    {
        public static string ToText(this Level level) => level switch
        {
            Level.Bad => "bad",
            Level.MiddleOfTheRoad => "middle-of-the-road",
            _ => "helpful",
        };

        public static string ToDisplay(this Level level) => level switch
        {
            Level.Bad => "Bad Service",
            Level.MiddleOfTheRoad => "Middle of the Road",
            _ => "Helpful Expertise",
        };

        public static string ToText(this Severity severity) => severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            Severity.Info => "info",
            _ => "off",
        };

        public static bool TryParseSeverity(string? text, out Severity severity)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case "off": case "none": severity = Severity.Off; return true;
                case "info": case "suggestion": severity = Severity.Info; return true;
                case "warning": case "warn": severity = Severity.Warning; return true;
                case "error": severity = Severity.Error; return true;
                default: severity = Severity.Off; return false;
            }
        }

        public static string ToText(this Dimension dimension) => dimension switch
        {
            Dimension.Attitude => "attitude",
            Dimension.Responsiveness => "responsiveness",
            Dimension.Personalization => "personalization",
            Dimension.Knowledge => "knowledge",
            Dimension.Insights => "insights",
            Dimension.Friction => "friction",
            _ => "tool",
        };

        public static string ToText(this TemplateSyntax syntax) => syntax switch
        {
            TemplateSyntax.Scriban => "scriban",
            TemplateSyntax.Liquid => "liquid",
            TemplateSyntax.Markdown => "markdown",
            _ => "text",
        };

        /// <summary>The five dimensions of seeds/000 and Friction, in scorecard order.</summary>
        public static readonly Dimension[] ScoredDimensions =
        {
            Dimension.Attitude, Dimension.Responsiveness, Dimension.Personalization,
            Dimension.Knowledge, Dimension.Insights, Dimension.Friction,
        };
    }
}
