using Cx.Templates.Configuration;

namespace Cx.Templates.Tests.Configuration;

public class GlobTests
{
    [Theory]
    [InlineData("*.sbn", "a.sbn", true)]
    [InlineData("*.sbn", "deep/dir/a.sbn", true)]
    [InlineData("*.sbn", "a.liquid", false)]
    [InlineData("emails/*.md", "emails/a.md", true)]
    [InlineData("emails/*.md", "emails/x/a.md", false)]
    [InlineData("emails/**/*.md", "emails/x/y/a.md", true)]
    [InlineData("**/sms/*", "a/sms/b.txt", true)]
    [InlineData("drafts", "drafts/a.sbn", true)]
    [InlineData("*.{sbn,liquid}", "x/a.liquid", true)]
    [InlineData("a?.txt", "ab.txt", true)]
    [InlineData("a?.txt", "a/.txt", false)]
    public void Globs_match_like_gitignore(string pattern, string path, bool expected) =>
        Assert.Equal(expected, new Glob(pattern).IsMatch(path));
}
