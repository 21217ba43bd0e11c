namespace CareDirectory.Bench.Synthetic;

/// <summary>A recurring-meeting pattern: its RRULE, how people say it, and the first matching day of January 2026.</summary>
internal sealed record MeetingRecurrence(string Rule, string Text, DayOfWeek Day, int Nth, TimeOnly Start)
{
    public static readonly MeetingRecurrence[] All =
    [
        new("FREQ=MONTHLY;BYDAY=2TU", "Second Tuesday of every month", DayOfWeek.Tuesday, 2, new(18, 0)),
        new("FREQ=MONTHLY;BYDAY=1MO", "First Monday of every month", DayOfWeek.Monday, 1, new(18, 30)),
        new("FREQ=MONTHLY;BYDAY=3WE", "Third Wednesday of every month", DayOfWeek.Wednesday, 3, new(10, 0)),
        new("FREQ=MONTHLY;BYDAY=-1TH", "Last Thursday of every month", DayOfWeek.Thursday, -1, new(19, 0)),
        new("FREQ=MONTHLY;BYDAY=4SA", "Fourth Saturday of every month", DayOfWeek.Saturday, 4, new(9, 30)),
        new("FREQ=WEEKLY;BYDAY=WE", "Every Wednesday", DayOfWeek.Wednesday, 0, new(17, 30)),
        new("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "Every other Thursday", DayOfWeek.Thursday, 0, new(12, 0)),
    ];

    /// <summary>The first occurrence in January 2026 (Nth weekday, last weekday for -1, first weekday for weekly rules).</summary>
    public DateTime FirstStart()
    {
        var days = Enumerable.Range(1, 31).Select(d => new DateOnly(2026, 1, d)).Where(d => d.DayOfWeek == Day).ToList();
        var day = Nth switch
        {
            -1 => days[^1],
            0 => days[0],
            _ => days[Nth - 1],
        };
        return day.ToDateTime(Start, DateTimeKind.Unspecified);
    }
}
