namespace CareDirectory.Domain;

/// <summary>Text of a record in another language (English is the record's own text).</summary>
public sealed record Translation
{
    /// <summary>BCP 47 language tag, e.g. <c>es</c>.</summary>
    public required string Language { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }
}
