using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Cx.Templates.Configuration
{
    /// <summary>
    /// A channel's response standard and budget (seeds/000 "Channel Responsiveness Standards"):
    /// how soon a promise made on this channel should be kept, and how long a message may be.
    /// </summary>
    public sealed class ChannelStandard
    {
        public ChannelStandard(TimeSpan? response, int? maxLength)
        {
            Response = response;
            MaxLength = maxLength;
        }

        /// <summary>The longest response time a message on this channel may promise.</summary>
        public TimeSpan? Response { get; }

        /// <summary>The most characters a rendered message may have (SMS: counted in segments of GSM-7 or UCS-2).</summary>
        public int? MaxLength { get; }

        /// <summary>Defaults a team can override per channel in <c>channels:</c>.</summary>
        public static readonly IReadOnlyDictionary<string, ChannelStandard> Defaults = new Dictionary<string, ChannelStandard>(StringComparer.OrdinalIgnoreCase)
        {
            ["sms"] = new ChannelStandard(TimeSpan.FromHours(2), 320),
            ["chat"] = new ChannelStandard(TimeSpan.FromHours(1), 1000),
            ["push"] = new ChannelStandard(TimeSpan.FromHours(1), 178),
            ["email"] = new ChannelStandard(TimeSpan.FromDays(2), null),
            ["phone-script"] = new ChannelStandard(TimeSpan.FromDays(1), null),
            ["letter"] = new ChannelStandard(TimeSpan.FromDays(10), null),
        };

        private static readonly Regex DurationRegex = new Regex(
            @"^\s*(\d+(?:\.\d+)?)\s*(m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>Reads "30m", "2h", "3d", "1w", "48 hours".</summary>
        public static bool TryParseDuration(string? text, out TimeSpan duration)
        {
            duration = TimeSpan.Zero;
            if (text == null) return false;
            var m = DurationRegex.Match(text);
            if (!m.Success) return false;
            var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            switch (char.ToLowerInvariant(m.Groups[2].Value[0]))
            {
                case 'm': duration = TimeSpan.FromMinutes(n); return true;
                case 'h': duration = TimeSpan.FromHours(n); return true;
                case 'd': duration = TimeSpan.FromDays(n); return true;
                default: duration = TimeSpan.FromDays(7 * n); return true;
            }
        }
    }

    /// <summary>One entry of <c>metadata:</c>: kind/channel/phase for the files a glob matches (front matter wins).</summary>
    public sealed class MetadataRule
    {
        public IReadOnlyList<Glob> Files { get; internal set; } = Array.Empty<Glob>();
        public string? Kind { get; internal set; }
        public string? Channel { get; internal set; }
        public string? Phase { get; internal set; }
        public string? Locale { get; internal set; }
    }
}
