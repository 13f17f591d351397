using System.Diagnostics.CodeAnalysis;

namespace Northwind.Messaging.Support;

/// <summary>A canned reply an agent sends in chat.</summary>
public sealed class Macro
{
    public required string Name { get; init; }

    [StringSyntax("liquid")]
    public required string Body { get; init; }
}

/// <summary>Support chat macros, written as Liquid.</summary>
[CustomerMessage(Kind = "support-reply", Channel = "chat")]
public static class SupportMacros
{
    public static readonly Macro[] All =
    [
        new Macro
        {
            Name = "dishwasher-e24",
            Body = """
                Hi {{ customer.first_name | default: "there" }}, E24 means the dishwasher can't drain.
                I recommend cleaning the filter under the lower basket, because a blocked filter causes most E24 errors.
                If it still shows E24 after that, I'll book an engineer for you today.
                """,
        },
        new Macro
        {
            Name = "delivery-late",
            Body = """
                Hi {{ customer.first_name | default: "there" }}, I'm sorry your delivery is late again.
                I recommend keeping tomorrow's 8am to 12pm slot, because the van is already loaded for it.
                I can check with the driver if you want me to.
                """,
        },
    ];

    // lang=scriban
    public const string Handover = "Hi {{ customer.first_name ?? \"there\" }}, I'm {{ agent.first_name }} from the boiler team. I recommend a pressure top-up first, because it fixes most F22 errors in five minutes.";
}
