namespace Northwind.Messaging;

public sealed record Customer(string? FirstName, string Email, string Phone);

public sealed record Order(string Number, DateTime DispatchedOn, string Carrier, string TrackingUrl);

public sealed record Appointment(DateTime StartsAt, string EngineerName, string Address);

public sealed record Agent(string FirstName);
