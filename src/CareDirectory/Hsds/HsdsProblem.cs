namespace CareDirectory.Hsds;

/// <summary>One thing wrong with an input: where (file, line or record number, JSON path) and what.</summary>
public sealed record HsdsProblem(string File, long Position, string Path, string Message)
{
    /// <summary>"line" for NDJSON and CSV rows, "record" for elements of a JSON array.</summary>
    public string Unit { get; init; } = "record";

    /// <summary>The record rule's code (<see cref="Rules.RuleViolation.Code"/>) when a record rule failed; null for schema and reference problems.</summary>
    public string? Code { get; init; }

    /// <summary>The record rule's field in the API's names (<c>eligibility.minimumAge</c>), beside the HSDS <see cref="Path"/>.</summary>
    public string? Field { get; init; }

    public override string ToString() => $"{File} {Unit} {Position} ({Path}): {(Code is null ? "" : Code + ": ")}{Message}";
}
