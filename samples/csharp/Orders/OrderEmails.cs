using Scriban;

namespace Northwind.Messaging.Orders;

/// <summary>Order emails: Scriban templates parsed once, rendered per order.</summary>
[CustomerMessage(Kind = "transactional", Channel = "email", Phase = "delivery")]
public static class OrderEmails
{
    /// <summary>Helpful: the customer's name, the carrier, a tracking link, what happens next.</summary>
    public static readonly Template Dispatched = Template.Parse("""
        Hi {{ customer.first_name ?? "there" }},

        Your order {{ order.number }} left our warehouse today with {{ order.carrier }}.
        You can track it at {{ order.tracking_url }}. You'll get a text on the morning it arrives with a two-hour window.
        """);

    /// <summary>Middle of the road: "shortly" promises nothing a customer can plan around.</summary>
    public static readonly Template Delayed = Template.Parse("""
        Hi {{ customer.first_name ?? "there" }},

        Your order {{ order.number }} is running late. We'll update you shortly.
        You'll get an email as soon as it leaves our warehouse.
        """);

    private const string ReturnBody = "Dear Customer,\n\nYour return for order {{ order.number }} has been received. You'll get an email when the refund is on its way.";

    /// <summary>Middle of the road: a greeting that could go to anyone.</summary>
    public static readonly Template ReturnReceived = Template.Parse(ReturnBody);
}
