namespace Northwind.Messaging.Appointments;

/// <summary>Boiler service reminders by text. SmsGateway.Send is a message sink in .cxlint.yml.</summary>
[CustomerMessage(Kind = "appointment", Channel = "sms", Phase = "pre-transaction")]
public sealed class SmsReminders(SmsGateway sms)
{
    /// <summary>Helpful: who, when, and how to move it.</summary>
    public void Remind(Customer customer, Appointment visit) =>
        sms.Send(customer.Phone, $"Hi {customer.FirstName ?? "there"}, {visit.EngineerName} will service your boiler on {visit.StartsAt:dddd d MMMM} at {visit.StartsAt:h:mm tt}. Reply R to move it.");

    /// <summary>Middle of the road: the customer has to ask before anything happens.</summary>
    public void RemindAgain(Customer customer, Appointment visit)
    {
        var body = $"Hi {customer.FirstName ?? "there"}, your boiler service is on {visit.StartsAt:dddd d MMMM}. Let me know if you'd like me to move it.";
        sms.Send(customer.Phone, body);
    }
}
