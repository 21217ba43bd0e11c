using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>One compiled HSDS record read from an input, with where it came from for error messages.</summary>
public sealed record HsdsRecord(HsdsRecordKind Kind, JsonObject Value, string File, long Position, string Unit)
{
    /// <summary>The record as parsed, when it was read from JSON: schema evaluation reads it rather than serialising <see cref="Value"/> again.</summary>
    public JsonElement? Source { get; init; }

    public HsdsProblem Problem(string path, string message) => new(File, Position, path, message) { Unit = Unit };
}
