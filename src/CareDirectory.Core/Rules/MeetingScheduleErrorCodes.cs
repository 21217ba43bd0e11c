namespace CareDirectory.Rules;

/// <summary>Stable codes for <see cref="RuleViolation"/>: clients switch on these, so never rename one.</summary>
public static class MeetingScheduleErrorCodes
{
    public const string InvalidTimeZone = "INVALID_TIME_ZONE";
    public const string InvalidRecurrenceRule = "INVALID_RRULE";
    public const string UnsupportedFrequency = "UNSUPPORTED_FREQUENCY";
    public const string CountOutOfRange = "COUNT_OUT_OF_RANGE";
    public const string StartRequired = "START_REQUIRED";
    public const string DateOutOfRange = "DATE_OUT_OF_RANGE";
    public const string InvalidDuration = "INVALID_DURATION";
    public const string InvalidUrl = "INVALID_URL";
}
