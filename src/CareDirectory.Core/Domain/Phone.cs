namespace CareDirectory.Domain;

public sealed record Phone
{
    /// <summary>Number as published.</summary>
    public required string Number { get; init; }

    /// <summary>E.164 form, validated on write.</summary>
    public string? E164 { get; init; }

    /// <summary>voice, fax, text, hotline (HSDS phone type).</summary>
    public string Type { get; init; } = "voice";

    public string? Description { get; init; }

    public bool TollFree { get; init; }
}
