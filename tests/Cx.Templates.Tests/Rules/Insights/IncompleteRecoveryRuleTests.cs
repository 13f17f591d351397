using Cx.Templates.Model;
using static Cx.Templates.Tests.Rules.AllRulesLinter;

namespace Cx.Templates.Tests.Rules.Insights;

/// <summary>CX5007 IncompleteRecovery: a complaint response after the transaction needs an apology, a fix and a proactive step.</summary>
public class IncompleteRecoveryRuleTests
{
    private const string Id = "CX5007";
    private const string Complaint = "---\nkind: complaint-response\nchannel: email\nphase: post-transaction\nsubject: Your delivery\n---\n";
    private const string Apology = "I'm sorry your delivery was late again. ";
    private const string Fix = "I've refunded the £25 delivery charge. ";
    private const string FollowUp = "I'll call you at 10am tomorrow to check the new slot works.";

    private static IReadOnlyList<Cx.Templates.Rules.Diagnostic> Recovery(string body, string header = Complaint) =>
        Findings(Id, header + "Hi {{ customer.first_name ?? \"there\" }},\n\n" + body);

    [Fact]
    public void All_three_parts_make_a_recovery() => Assert.Empty(Recovery(Apology + Fix + FollowUp));

    [Theory]
    [InlineData(Fix + FollowUp, "an apology")]
    [InlineData(Apology + FollowUp, "a concrete fix")]
    [InlineData(Apology + Fix, "a proactive step")]
    public void Each_missing_part_is_named(string body, string missing)
    {
        var d = Assert.Single(Recovery(body));
        Assert.Contains(missing, d.Message);
        Assert.Equal(7, d.Start.Line);
    }

    [Fact]
    public void A_promised_fix_counts_only_with_a_date() =>
        Assert.Contains("a concrete fix", Assert.Single(Recovery(Apology + "We will replace the panel. " + FollowUp)).Message);

    [Fact]
    public void A_dated_promise_is_a_fix() =>
        Assert.Empty(Recovery(Apology + "We will replace the panel on Friday 14 March. " + FollowUp));

    [Fact]
    public void Admin_and_offers_are_not_a_fix() =>
        Assert.Contains("a concrete fix", Assert.Single(Recovery(Apology + "I've added a note to your order. Would you like me to look into a refund? " + FollowUp)).Message);

    [Fact]
    public void An_update_with_no_time_is_not_a_proactive_step() =>
        Assert.Contains("a proactive step", Assert.Single(Recovery(Apology + Fix + "We'll update you shortly.")).Message);

    [Fact]
    public void Preventing_a_repeat_is_a_proactive_step() =>
        Assert.Empty(Recovery(Apology + Fix + "I've briefed the depot to make sure this doesn't happen again."));

    [Fact]
    public void An_apology_in_quotes_is_not_one() =>
        Assert.Contains("an apology", Assert.Single(Recovery("Our drivers never just say \"I'm sorry\". " + Fix + FollowUp)).Message);

    [Theory]
    [InlineData("---\nkind: support-reply\nchannel: email\nsubject: x\n---\n")]
    [InlineData("---\nkind: complaint-response\nchannel: email\nphase: delivery\nsubject: x\n---\n")]
    public void Other_kinds_and_complaints_during_delivery_are_not_held_to_it(string header) =>
        Assert.Empty(Recovery("Thanks for your message.", header));

    [Fact]
    public void The_doc_page_examples_hold() => AssertDocExamples(Id);
}
