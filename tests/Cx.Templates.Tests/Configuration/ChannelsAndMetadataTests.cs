using Cx.Templates.Configuration;
using Cx.Templates.Model;
using Cx.Templates.Rules;

namespace Cx.Templates.Tests.Configuration;

public class ChannelsAndMetadataTests
{
    private static (CxConfiguration Config, List<ConfigurationProblem> Problems) Parse(string yaml)
    {
        var problems = new List<ConfigurationProblem>();
        return (ConfigurationParser.Parse(yaml, "repo/.cxlint.yml", RuleCatalog.Ids, problems), problems);
    }

    [Fact]
    public void Channel_standards_override_the_defaults_one_key_at_a_time()
    {
        var (config, problems) = Parse("channels:\n  sms: { response: 30m }\n  email: { response: 1d, max_length: 5000 }\n");
        Assert.Empty(problems);
        Assert.Equal(TimeSpan.FromMinutes(30), config.ChannelFor("sms")!.Response);
        Assert.Equal(320, config.ChannelFor("sms")!.MaxLength);
        Assert.Equal(5000, config.ChannelFor("email")!.MaxLength);
        Assert.Equal(TimeSpan.FromHours(1), config.ChannelFor("chat")!.Response);
    }

    [Theory]
    [InlineData("channels:\n  fax: { response: 1d }\n", "not a channel")]
    [InlineData("channels:\n  sms: { response: soon }\n", "not a duration")]
    [InlineData("channels:\n  sms: { max_length: -3 }\n", "not a length")]
    [InlineData("channels:\n  sms: { respons: 2h }\n", "did you mean 'response'")]
    [InlineData("metadata:\n  - files: 'sms/**'\n    channel: smoke-signal\n", "not a channel")]
    [InlineData("metadata:\n  - file: 'sms/**'\n", "did you mean 'files'")]
    public void Bad_channel_and_metadata_entries_are_reported(string yaml, string expected)
    {
        var (_, problems) = Parse(yaml);
        Assert.Contains(problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("30m", 30)]
    [InlineData("2h", 120)]
    [InlineData("48 hours", 2880)]
    [InlineData("1w", 10080)]
    public void Durations_are_read_in_minutes_hours_days_and_weeks(string text, int minutes)
    {
        Assert.True(ChannelStandard.TryParseDuration(text, out var d));
        Assert.Equal(minutes, (int)d.TotalMinutes);
    }

    [Fact]
    public void Metadata_globs_give_templates_without_front_matter_their_kind_and_channel()
    {
        var (config, problems) = Parse("metadata:\n  - files: 'sms/**'\n    channel: sms\n  - files: 'sms/marketing-*'\n    kind: marketing\n");
        Assert.Empty(problems);
        var m = config.MetadataFor("repo/sms/marketing-spring.txt")!;
        Assert.Equal(("sms", "marketing"), (m.Channel, m.Kind));
        Assert.Null(config.MetadataFor("repo/email/a.txt"));

        // Front matter wins over the configuration.
        var result = Linter.Default.Lint(new TemplateSource("repo/sms/a.txt", "---\nchannel: chat\n---\nHi {{ customer.first_name }}", TemplateSyntax.Text), config);
        Assert.Equal("chat", result.Metadata.Channel);
        var plain = Linter.Default.Lint(new TemplateSource("repo/sms/a.txt", "Hi {{ customer.first_name }}", TemplateSyntax.Text), config);
        Assert.Equal("sms", plain.Metadata.Channel);
    }

    [Fact]
    public void The_glossary_is_read()
    {
        var (config, problems) = Parse("glossary: [RMA, SKU]\n");
        Assert.Empty(problems);
        Assert.Equal(new[] { "RMA", "SKU" }, config.Glossary);
    }
}
