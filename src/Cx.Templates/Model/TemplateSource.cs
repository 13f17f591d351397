using System;

namespace Cx.Templates.Model
{
    /// <summary>A template's text as the host read it (BOM removed), its path for messages and globs, and its syntax.</summary>
    public sealed class TemplateSource
    {
        public TemplateSource(string path, string text, TemplateSyntax syntax)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Syntax = syntax;
        }

        public string Path { get; }
        public string Text { get; }
        public TemplateSyntax Syntax { get; }

        /// <summary>Syntax from a file extension; null when the extension is not a template.</summary>
        public static TemplateSyntax? SyntaxFromPath(string path)
        {
            var dot = path.LastIndexOf('.');
            if (dot < 0) return null;
            switch (path.Substring(dot + 1).ToLowerInvariant())
            {
                case "sbn": case "scriban": case "sbnhtml": case "sbntxt": return TemplateSyntax.Scriban;
                case "liquid": return TemplateSyntax.Liquid;
                case "md": case "markdown": return TemplateSyntax.Markdown;
                case "txt": case "text": return TemplateSyntax.Text;
                case "html": case "htm": return TemplateSyntax.Html;
                case "hbs": case "handlebars": case "mustache": return TemplateSyntax.Handlebars;
                case "j2": case "jinja": case "jinja2": return TemplateSyntax.Jinja;
                case "erb": return TemplateSyntax.Erb;
                case "heex": case "leex": return TemplateSyntax.Heex;
                case "tmpl": case "gotmpl": return TemplateSyntax.GoTemplate;
                default: return null;
            }
        }
    }

    /// <summary>What the message is: read from front matter, configuration or a C# attribute.</summary>
    public sealed class MessageMetadata
    {
        public static readonly string[] Kinds = { "support-reply", "transactional", "appointment", "marketing", "proposal", "follow-up", "complaint-response" };
        public static readonly string[] Channels = { "email", "sms", "chat", "push", "letter", "phone-script" };
        public static readonly string[] Phases = { "pre-transaction", "delivery", "post-transaction" };

        public string? Kind { get; set; }
        public string? Channel { get; set; }
        public string? Phase { get; set; }
        public string? Locale { get; set; }
        public string? Subject { get; set; }

        public MessageMetadata Clone() => (MessageMetadata)MemberwiseClone();

        /// <summary>Fills what this one leaves unset from <paramref name="fallback"/>.</summary>
        public MessageMetadata WithFallback(MessageMetadata? fallback)
        {
            if (fallback == null) return this;
            return new MessageMetadata
            {
                Kind = Kind ?? fallback.Kind,
                Channel = Channel ?? fallback.Channel,
                Phase = Phase ?? fallback.Phase,
                Locale = Locale ?? fallback.Locale,
                Subject = Subject ?? fallback.Subject,
            };
        }
    }
}
