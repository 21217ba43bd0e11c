namespace CareDirectory.Hsds;

/// <summary>Records written per file.</summary>
public sealed record HsdsExportReport(IReadOnlyDictionary<string, long> Files)
{
    public override string ToString() => string.Join(", ", Files.Select(f => $"{f.Key} ({f.Value})"));
}
