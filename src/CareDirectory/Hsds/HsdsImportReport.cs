namespace CareDirectory.Hsds;

/// <summary>What an import did: records read, and partners, programs and service types created, updated or left unchanged.</summary>
public sealed record HsdsImportReport(long Records, int Created, int Updated, int Unchanged, bool DryRun)
{
    /// <summary>Parts of the input that were not imported (e.g. CSV rows no record links to).</summary>
    public IReadOnlyList<HsdsProblem> Warnings { get; init; } = [];

    /// <summary>The organizations whose data names no state, placed in the state of <c>--state</c> (file, record, path, id and name).</summary>
    public IReadOnlyList<HsdsProblem> PlacedByStateOption { get; init; } = [];

    /// <summary>The HSDS version the input was validated as.</summary>
    public HsdsVersion Version { get; init; }

    public override string ToString() => DryRun
        ? $"{Records} record(s) valid; dry run, nothing was written"
        : $"{Records} record(s): {Created} created, {Updated} updated, {Unchanged} unchanged";
}
