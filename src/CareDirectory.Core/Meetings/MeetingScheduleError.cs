namespace CareDirectory.Meetings;

/// <summary>One problem with a schedule: the input field it concerns (<c>schedule.recurrenceRule</c>), a stable code, and a message for people.</summary>
public sealed record MeetingScheduleError(string Field, string Code, string Message);
