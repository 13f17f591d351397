namespace Northwind.Messaging;

/// <summary>
/// Marks a member or parameter whose text a customer reads. Cx matches the attribute by name, so
/// this small copy is all a project needs: no runtime package.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Class)]
public sealed class CustomerMessageAttribute : Attribute
{
    /// <summary>support-reply, transactional, appointment, marketing, proposal, follow-up, complaint-response.</summary>
    public string? Kind { get; set; }

    /// <summary>email, sms, chat, push, letter, phone-script.</summary>
    public string? Channel { get; set; }

    /// <summary>pre-transaction, delivery, post-transaction.</summary>
    public string? Phase { get; set; }
}
