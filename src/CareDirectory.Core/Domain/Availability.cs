namespace CareDirectory.Domain;

public sealed record Availability
{
    public bool Available24x7 { get; init; }

    public string? Description { get; init; }
}
