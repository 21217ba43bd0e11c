namespace CareDirectory.Domain;

/// <summary>Where a record's facts come from and when someone last checked them.</summary>
public sealed record Provenance
{
    /// <summary>Source document: a seed file name (e.g. <c>001_21156fed21ad4c51.txt</c>), an import file or an editor key.</summary>
    public required string Source { get; init; }

    /// <summary>Public URL of the source, when it has one.</summary>
    public string? Url { get; init; }

    /// <summary>Day the facts were last checked against the source.</summary>
    public required DateOnly LastVerified { get; init; }

    /// <summary>Who verified the facts (an API key's label or "seed").</summary>
    public string? VerifiedBy { get; init; }

    /// <summary>Caveats about the source, e.g. which facts came from public reference data.</summary>
    public string? Notes { get; init; }
}
