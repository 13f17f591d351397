using Northwind.Messaging;
using Northwind.Messaging.Appointments;
using Northwind.Messaging.Orders;
using Northwind.Messaging.Support;

var customer = new Customer("Priya", "priya@example.com", "07700 900123");
var order = new Order("NW-10482", DateTime.Today, "Northwind Logistics", "https://track.example/NW-10482");

Console.WriteLine(OrderEmails.Dispatched.Render(new { customer, order }));

var sms = new SmsGateway();
new SmsReminders(sms).Remind(customer, new Appointment(DateTime.Today.AddDays(3).AddHours(10), "Sam", "12 Elm Road"));
Console.WriteLine(sms.Sent[0].Body);

Console.WriteLine($"{SupportMacros.All.Length} support macros loaded.");
