using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cx.Templates.Configuration;
using Cx.Templates.Model;

namespace Cx.Lint.Files
{
    /// <summary>A template to lint: the path as shown to the user and the path on disk.</summary>
    internal readonly struct TemplateFile
    {
        public TemplateFile(string displayPath, string fullPath, TemplateSyntax syntax)
        {
            DisplayPath = displayPath;
            FullPath = fullPath;
            Syntax = syntax;
        }

        public string DisplayPath { get; }
        public string FullPath { get; }
        public TemplateSyntax Syntax { get; }
    }

    /// <summary>
    /// Expands the command line into template files: files as given, directories walked for
    /// template extensions, globs (<c>templates/**/*.liquid</c>) matched from their fixed prefix.
    /// Hidden folders, bin, obj and node_modules are skipped; the configuration's include/exclude apply to walks.
    /// </summary>
    internal sealed class FileDiscovery
    {
        private static readonly HashSet<string> SkippedDirectories = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };
        public static readonly string[] Extensions =
        {
            ".sbn", ".scriban", ".sbnhtml", ".sbntxt", ".liquid", ".md", ".markdown", ".txt", ".html", ".htm",
            ".hbs", ".handlebars", ".mustache", ".j2", ".jinja", ".jinja2", ".erb", ".heex", ".tmpl", ".gotmpl",
        };

        private readonly ConfigurationResolver _configs;

        public FileDiscovery(ConfigurationResolver configs)
        {
            _configs = configs;
        }

        public List<string> Errors { get; } = new List<string>();

        public IEnumerable<TemplateFile> Expand(IReadOnlyList<string> arguments)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var arg in arguments)
            {
                var found = 0;
                foreach (var f in ExpandOne(arg))
                {
                    found++;
                    if (seen.Add(f.FullPath)) yield return f;
                }
                if (found == 0 && Directory.Exists(arg))
                    Errors.Add($"cx-lint: no templates found under '{arg}' (looked for {string.Join(", ", Extensions)})");
            }
        }

        private IEnumerable<TemplateFile> ExpandOne(string arg)
        {
            if (File.Exists(arg))
            {
                var full = Path.GetFullPath(arg);
                yield return new TemplateFile(Normalize(arg), full, SyntaxOf(full) ?? TemplateSyntax.Text);
                yield break;
            }
            if (Directory.Exists(arg))
            {
                foreach (var f in Walk(arg, null)) yield return f;
                yield break;
            }
            if (arg.IndexOfAny(new[] { '*', '?', '[', '{' }) >= 0)
            {
                var (root, pattern) = SplitGlob(arg);
                if (!Directory.Exists(root))
                {
                    Errors.Add($"cx-lint: no files match '{arg}' ('{root}' is not a directory)");
                    yield break;
                }
                var any = false;
                foreach (var f in Walk(root, new Glob(pattern)))
                {
                    any = true;
                    yield return f;
                }
                if (!any) Errors.Add($"cx-lint: no templates match '{arg}'");
                yield break;
            }
            Errors.Add($"cx-lint: '{arg}' does not exist");
        }

        private IEnumerable<TemplateFile> Walk(string root, Glob? glob)
        {
            var stack = new Stack<string>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var dir = stack.Pop();
                string[] files, dirs;
                try
                {
                    files = Directory.GetFiles(dir);
                    dirs = Directory.GetDirectories(dir);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    Errors.Add($"cx-lint: cannot read directory '{Normalize(dir)}': {ex.Message}");
                    continue;
                }
                Array.Sort(files, StringComparer.Ordinal);
                Array.Sort(dirs, StringComparer.Ordinal);
                foreach (var file in files)
                {
                    var full = Path.GetFullPath(file);
                    var syntax = SyntaxOf(full);
                    if (syntax == null) continue;
                    var relativeToRoot = Path.GetRelativePath(root, file).Replace('\\', '/');
                    if (glob != null && !glob.IsMatch(relativeToRoot)) continue;
                    if (!Included(full)) continue;
                    yield return new TemplateFile(Normalize(file), full, syntax.Value);
                }
                for (var i = dirs.Length - 1; i >= 0; i--)
                {
                    var name = Path.GetFileName(dirs[i]);
                    if (name.StartsWith(".", StringComparison.Ordinal) || SkippedDirectories.Contains(name)) continue;
                    stack.Push(dirs[i]);
                }
            }
        }

        /// <summary>
        /// The syntax of a file: <c>syntax:</c> of a matching <c>metadata:</c> entry in its configuration first (so
        /// <c>.yaml</c>, <c>.php</c> or <c>.txt</c> files of another template language are read in that language), then its extension.
        /// </summary>
        private TemplateSyntax? SyntaxOf(string fullPath)
        {
            var config = _configs.For(fullPath);
            return config.SyntaxFor(fullPath.Replace('\\', '/')) ?? TemplateSource.SyntaxFromPath(fullPath);
        }

        private bool Included(string fullPath)
        {
            var config = _configs.For(fullPath);
            if (config.Path == null) return true;
            return config.IsIncluded(fullPath.Replace('\\', '/'));
        }

        private static (string Root, string Pattern) SplitGlob(string arg)
        {
            var parts = arg.Replace('\\', '/').Split('/');
            var fixedParts = parts.TakeWhile(p => p.IndexOfAny(new[] { '*', '?', '[', '{' }) < 0).ToList();
            var root = fixedParts.Count == 0 ? "." : string.Join("/", fixedParts);
            if (root.Length == 0) root = "/";
            var pattern = string.Join("/", parts.Skip(fixedParts.Count));
            return (root, pattern.Contains('/') ? pattern : pattern);
        }

        private static string Normalize(string path)
        {
            var p = path.Replace('\\', '/');
            return p.StartsWith("./", StringComparison.Ordinal) ? p.Substring(2) : p;
        }
    }
}
