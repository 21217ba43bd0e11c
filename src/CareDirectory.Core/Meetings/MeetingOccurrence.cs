namespace CareDirectory.Meetings;

/// <summary>One concrete meeting time, with the offset in force in the meeting's time zone on that day.</summary>
/// <param name="Start">Start, e.g. 2026-03-10T18:00:00-04:00.</param>
/// <param name="End">End, or null when the source gives no duration.</param>
public sealed record MeetingOccurrence(DateTimeOffset Start, DateTimeOffset? End);
