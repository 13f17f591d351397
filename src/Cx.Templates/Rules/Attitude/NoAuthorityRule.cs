using Cx.Templates.Model;
using Cx.Templates.Text;

namespace Cx.Templates.Rules.Attitude
{
    /// <summary>CX1004: "I'm not authorized", "there is nothing I can do": the writer has no authority to help.</summary>
    public sealed class NoAuthorityRule : PhraseRule
    {
        public static readonly RuleDescriptor Rule = new RuleDescriptor("CX1004", "NoAuthority", Dimension.Attitude, Level.Bad, Severity.Error,
            "The writer says they cannot act: \"I'm not authorized\", \"that's not my department\", \"there is nothing I can do\".");

        public override RuleDescriptor Descriptor => Rule;
        protected override PhraseSet Phrases => PhraseSet.Load("CX1004");

        protected override string MessageFor(string matched) =>
            $"\"{matched.Trim()}\" tells the customer nobody here can help: say what you will do and by when (\"I've arranged…\", \"I'll get approval and reply by 3pm\").";
    }
}
