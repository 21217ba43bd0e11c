namespace CareDirectory.Seeding;

/// <summary>Bad seed input; the message names the file, the record and the field, and the rule's code when a record rule failed.</summary>
public sealed class SeedException(string file, string? record, string? field, string problem, string? code = null)
    : Exception($"{file}{(record is null ? "" : $": record '{record}'")}{(field is null ? "" : $", field '{field}'")}: {(code is null ? "" : code + ": ")}{problem}")
{
    public string File { get; } = file;

    public string? Record { get; } = record;

    public string? Field { get; } = field;

    /// <summary>The <see cref="Rules.RuleViolation.Code"/> of a record rule; null for problems of the seed set itself (keys, references).</summary>
    public string? Code { get; } = code;
}
