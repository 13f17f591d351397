namespace Cx.Analyzers
{
    /// <summary>
    /// How the analyzer hands a safe fix to the code fix provider: the diagnostic's first additional
    /// location is the source span to replace, and these properties say with what. The code fix
    /// needs no engine and no Scriban: it only applies the edit the analyzer computed.
    /// </summary>
    internal static class FixProperties
    {
        /// <summary>The replacement text, already escaped for the literal's kind.</summary>
        public const string Replacement = "cx.fix.replacement";

        /// <summary>The code action's title.</summary>
        public const string Title = "cx.fix.title";

        public const string GenericGreetingId = "CX1001";
        public const string PassiveOfferId = "CX5001";
    }
}
