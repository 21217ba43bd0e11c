using CareDirectory.Data;

namespace CareDirectory.Seeding;

/// <summary>Bad seed input; the message names the file, the record and the field.</summary>
public sealed class SeedException(string file, string? record, string? field, string problem)
    : Exception($"{file}{(record is null ? "" : $": record '{record}'")}{(field is null ? "" : $", field '{field}'")}: {problem}")
{
    public string File { get; } = file;

    public string? Record { get; } = record;

    public string? Field { get; } = field;
}
