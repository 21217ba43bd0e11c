namespace CareDirectory.Hsds;

/// <summary>One thing wrong with an input: where (file, line or record number, JSON path) and what.</summary>
public sealed record HsdsProblem(string File, long Position, string Path, string Message)
{
    /// <summary>"line" for NDJSON and CSV rows, "record" for elements of a JSON array.</summary>
    public string Unit { get; init; } = "record";

    public override string ToString() => $"{File} {Unit} {Position} ({Path}): {Message}";
}
