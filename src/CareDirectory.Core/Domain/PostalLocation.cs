namespace CareDirectory.Domain;

/// <summary>A physical or virtual place (HSDS location + address).</summary>
public sealed record PostalLocation
{
    public string? Name { get; init; }

    public string? Address1 { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? PostalCode { get; init; }

    public string Country { get; init; } = "US";

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
