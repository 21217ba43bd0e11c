using System.Text.Json.Nodes;

namespace CareDirectory.Interop.Hsds;

/// <summary>One compiled HSDS record read from an input, with where it came from for error messages.</summary>
public sealed record HsdsRecord(HsdsRecordKind Kind, JsonObject Value, string File, long Position, string Unit)
{
    public HsdsProblem Problem(string path, string message) => new(File, Position, path, message) { Unit = Unit };
}
