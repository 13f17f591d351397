namespace Cx.Templates.Model
{
    public enum TemplateSyntax
    {
        Text,
        Scriban,
        Liquid,
        Markdown,

        /// <summary>An HTML body (<c>.html</c>, <c>.htm</c>): only visible text is prose; <c>{{ }}</c> code is read as Scriban, or leniently when it is not Scriban.</summary>
        Html,

        /// <summary>Handlebars, Mustache and Mustachio (<c>.hbs</c>, <c>.handlebars</c>, <c>.mustache</c>).</summary>
        Handlebars,

        /// <summary>Jinja2, Twig and Nunjucks (<c>.j2</c>, <c>.jinja</c>, <c>.jinja2</c>).</summary>
        Jinja,

        /// <summary>ERB and EEx/HEEx (<c>.erb</c>): <c>&lt;% %&gt;</c> code, <c>&lt;%= %&gt;</c> output.</summary>
        Erb,

        /// <summary>Phoenix HEEx (<c>.heex</c>): ERB-style <c>&lt;%= %&gt;</c> plus <c>{expr}</c> and <c>&lt;.component&gt;</c> tags.</summary>
        Heex,

        /// <summary>PHP templates: <c>&lt;?php ?&gt;</c> code, <c>&lt;?= ?&gt;</c> output (set with <c>syntax: php</c>).</summary>
        Php,

        /// <summary>Go text/template and html/template (<c>.tmpl</c>, <c>.gotmpl</c>).</summary>
        GoTemplate,

        /// <summary>
        /// Helpdesk and host-language placeholders in plain text or HTML (set with <c>syntax: placeholders</c>):
        /// <c>%{x}</c>, <c>#{x}</c>, <c>{%x%}</c>, <c>${x}</c>, <c>{x}</c>, <c>{0}</c>, <c>*|FNAME|*</c>, <c>{{x}}</c>, <c>[[x]]</c>.
        /// </summary>
        Placeholders,
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
            TemplateSyntax.Html => "html",
            TemplateSyntax.Handlebars => "handlebars",
            TemplateSyntax.Jinja => "jinja",
            TemplateSyntax.Erb => "erb",
            TemplateSyntax.Heex => "heex",
            TemplateSyntax.Php => "php",
            TemplateSyntax.GoTemplate => "go-template",
            TemplateSyntax.Placeholders => "placeholders",
            _ => "text",
        };

        /// <summary>The names <c>syntax:</c> accepts in <c>.cxlint.yml</c>, one per syntax (aliases are accepted too, see <see cref="TryParseSyntax"/>).</summary>
        public static readonly string[] SyntaxNames =
        {
            "text", "scriban", "liquid", "markdown", "html", "handlebars", "jinja", "erb", "heex", "php", "go-template", "placeholders",
        };

        /// <summary>A syntax from its name in configuration: the names of <see cref="SyntaxNames"/> and common aliases (mustache, twig, eex, go …).</summary>
        public static bool TryParseSyntax(string? text, out TemplateSyntax syntax)
        {
            switch (text?.Trim().ToLowerInvariant())
            {
                case "text": case "txt": case "plain": syntax = TemplateSyntax.Text; return true;
                case "scriban": case "sbn": syntax = TemplateSyntax.Scriban; return true;
                case "liquid": case "shopify": case "braze": case "zendesk": syntax = TemplateSyntax.Liquid; return true;
                case "markdown": case "md": syntax = TemplateSyntax.Markdown; return true;
                case "html": case "htm": case "xml": syntax = TemplateSyntax.Html; return true;
                case "handlebars": case "hbs": case "mustache": case "mustachio": syntax = TemplateSyntax.Handlebars; return true;
                case "jinja": case "jinja2": case "j2": case "twig": case "nunjucks": case "django": syntax = TemplateSyntax.Jinja; return true;
                case "erb": case "eex": case "ejs": syntax = TemplateSyntax.Erb; return true;
                case "heex": case "leex": case "phoenix": syntax = TemplateSyntax.Heex; return true;
                case "php": syntax = TemplateSyntax.Php; return true;
                case "go-template": case "go": case "gotmpl": case "tmpl": syntax = TemplateSyntax.GoTemplate; return true;
                case "placeholders": case "placeholder": case "tokens": syntax = TemplateSyntax.Placeholders; return true;
                default: syntax = TemplateSyntax.Text; return false;
            }
        }

        /// <summary>The five dimensions of seeds/000 and Friction, in scorecard order.</summary>
        public static readonly Dimension[] ScoredDimensions =
        {
            Dimension.Attitude, Dimension.Responsiveness, Dimension.Personalization,
            Dimension.Knowledge, Dimension.Insights, Dimension.Friction,
        };
    }
}
