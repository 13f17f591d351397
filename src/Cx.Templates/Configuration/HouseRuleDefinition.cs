using System;
using System.Collections.Generic;

namespace Cx.Templates.Configuration
{
    /// <summary>
    /// A team's own rule, written in <c>house_rules:</c> with no code: <c>existence</c> flags phrases,
    /// <c>substitution</c> replaces one wording with another (a safe fix for <c>cx-lint --fix</c>).
    /// </summary>
    public sealed class HouseRuleDefinition
    {
        public HouseRuleDefinition(string id, string type, Model.Dimension dimension, Model.Level level, string message,
            IReadOnlyList<string> phrases, IReadOnlyList<KeyValuePair<string, string>> swaps, string? source)
        {
            Id = id;
            Type = type;
            Dimension = dimension;
            Level = level;
            Message = message;
            Phrases = phrases;
            Swaps = swaps;
            Source = source;
        }

        public string Id { get; }

        /// <summary><c>existence</c> or <c>substitution</c>.</summary>
        public string Type { get; }

        public Model.Dimension Dimension { get; }
        public Model.Level Level { get; }

        /// <summary>What to write instead; for a substitution <c>%s</c> is replaced by the suggested words.</summary>
        public string Message { get; }

        public IReadOnlyList<string> Phrases { get; }

        /// <summary>Substitutions in order: phrase → replacement.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Swaps { get; }

        /// <summary>The configuration file that defines it, for the help link.</summary>
        public string? Source { get; }

        public static readonly string[] Types = { "existence", "substitution" };
    }
}
