using Cx.Templates.Model;

namespace Cx.Benchmarks;

/// <summary>
/// The templates the benchmarks run on, by size: an SMS (~230 characters), a support reply
/// (~1.4 KB) and a long email (~11 KB: the support reply's paragraphs eight times over).
/// Taken from <c>samples/templates</c>, so the numbers follow the sample library.
/// </summary>
public static class Templates
{
    public const string Small = "sms";
    public const string Medium = "email";
    public const string Large = "long-email";

    public static IEnumerable<string> Sizes => new[] { Small, Medium, Large };

    public static TemplateSource Get(string size) => size switch
    {
        Small => Load("marketing/sms-middle.sbn"),
        Medium => Load("support-reply/middle.md"),
        Large => Long(),
        _ => throw new ArgumentException("Unknown size " + size, nameof(size)),
    };

    private static TemplateSource Load(string relative)
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "templates", relative);
        return new TemplateSource(path.Replace('\\', '/'), File.ReadAllText(path), TemplateSource.SyntaxFromPath(path) ?? TemplateSyntax.Text);
    }

    private static TemplateSource Long()
    {
        var medium = Load("support-reply/middle.md");
        var text = medium.Text;
        // Keep the front matter once, repeat the body.
        var body = text;
        var head = "";
        if (text.StartsWith("---", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            if (end > 0)
            {
                var after = text.IndexOf('\n', end + 4);
                head = text.Substring(0, after + 1);
                body = text.Substring(after + 1);
            }
        }
        var sb = new System.Text.StringBuilder(head);
        for (var i = 0; i < 8; i++) sb.Append(body).Append('\n');
        return new TemplateSource(medium.Path.Replace("middle.md", "long.md"), sb.ToString(), TemplateSyntax.Markdown);
    }

    /// <summary>The folder with Cx.sln, found upwards from the working directory or the benchmark binaries.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Cx.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmarks from inside the Cx repository (Cx.sln not found).");
    }
}
