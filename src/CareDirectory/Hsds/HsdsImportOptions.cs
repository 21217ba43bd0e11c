namespace CareDirectory.Hsds;

/// <summary>What to import and how.</summary>
public sealed record HsdsImportOptions
{
    public required string Path { get; init; }

    /// <summary>
    /// USPS code of the state for organizations whose data names none (no state or county area, no address state);
    /// null: every new organization must name its own.
    /// </summary>
    public string? State { get; init; }

    /// <summary>The HSDS version to validate against; null: recognised from the input (<see cref="HsdsVersions.Detect"/>).</summary>
    public HsdsVersion? Version { get; init; }

    public bool DryRun { get; init; }

    /// <summary>Records per committed transaction (see <see cref="HsdsImporter"/>).</summary>
    public int BatchSize { get; init; } = 500;
}
