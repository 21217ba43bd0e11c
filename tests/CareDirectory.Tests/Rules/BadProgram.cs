namespace CareDirectory.Tests.Rules;

/// <summary>
/// One bad program, described once and written in each inbound format: what it sets and the violation every path
/// must report for it (<see cref="Code"/> at the record field <see cref="Field"/>).
/// </summary>
public sealed record BadProgram(string Case, string Code, string Field)
{
    public string Name { get; init; } = "Youth peer support";

    public string? Website { get; init; }

    public int MinimumAge { get; init; } = 5;

    public int MaximumAge { get; init; } = 21;

    public static IEnumerable<BadProgram> All { get; } =
    [
        new("age-range", "INVALID_AGE_RANGE", "eligibility.minimumAge") { MinimumAge = 21, MaximumAge = 5 },
        new("age", "INVALID_AGE", "eligibility.maximumAge") { MinimumAge = 0, MaximumAge = 130 },
        new("url", "INVALID_URL", "website") { Website = "ftp://example.org/programs" },
        new("name", "TOO_LONG", "name") { Name = new string('n', 301) },
        new("control-character", "INVALID_CHARACTERS", "name") { Name = "Youth\u0000peer support" },
    ];

    public static TheoryData<string> Cases => [.. All.Select(p => p.Case)];

    public static BadProgram Named(string name) => All.Single(p => p.Case == name);

    public override string ToString() => Case;
}
