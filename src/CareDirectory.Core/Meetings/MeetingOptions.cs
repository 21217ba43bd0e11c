namespace CareDirectory.Meetings;

/// <summary>Limits that keep occurrence queries cheap whatever window or rule a client sends.</summary>
public sealed class MeetingOptions
{
    public const string SectionName = "Meetings";

    /// <summary>Most occurrences one query returns, whatever <c>first</c> asks for.</summary>
    public int MaxOccurrences { get; set; } = 100;

    /// <summary>Longest [from, to) window one query expands; a longer window is cut to this many days.</summary>
    public int MaxWindowDays { get; set; } = 366;
}
