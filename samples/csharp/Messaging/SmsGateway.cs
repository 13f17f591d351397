namespace Northwind.Messaging;

/// <summary>Sends a text message. Listed in .cxlint.yml as a message sink: its body is a customer message.</summary>
public sealed class SmsGateway
{
    public List<(string To, string Body)> Sent { get; } = new();

    public void Send(string to, string body) => Sent.Add((to, body));
}
