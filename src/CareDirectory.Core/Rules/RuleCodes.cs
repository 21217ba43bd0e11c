namespace CareDirectory.Rules;

/// <summary>The stable codes of <see cref="RuleViolation"/>: clients switch on these, so never rename one.</summary>
public static class RuleCodes
{
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string InvalidCharacters = "INVALID_CHARACTERS";
    public const string TooMany = "TOO_MANY";
    public const string InvalidUrl = "INVALID_URL";
    public const string InvalidEmail = "INVALID_EMAIL";
    public const string InvalidPhone = "INVALID_PHONE";
    public const string InvalidAge = "INVALID_AGE";
    public const string InvalidAgeRange = "INVALID_AGE_RANGE";
    public const string InvalidLanguage = "INVALID_LANGUAGE";
    public const string InvalidFips = "INVALID_FIPS";
    public const string UnknownValue = "UNKNOWN_VALUE";
    public const string OutOfRange = "OUT_OF_RANGE";

    // Meeting schedules (MeetingScheduleRules).
    public const string InvalidTimeZone = "INVALID_TIME_ZONE";
    public const string InvalidRecurrenceRule = "INVALID_RRULE";
    public const string UnsupportedFrequency = "UNSUPPORTED_FREQUENCY";
    public const string CountOutOfRange = "COUNT_OUT_OF_RANGE";
    public const string IntervalOutOfRange = "INTERVAL_OUT_OF_RANGE";
    public const string StartRequired = "START_REQUIRED";
    public const string DateOutOfRange = "DATE_OUT_OF_RANGE";
    public const string InvalidDuration = "INVALID_DURATION";
}
