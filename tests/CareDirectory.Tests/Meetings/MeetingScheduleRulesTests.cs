using CareDirectory.Domain;
using CareDirectory.Rules;

namespace CareDirectory.Tests.Meetings;

public sealed class MeetingScheduleRulesTests
{
    private static readonly DateTime _start = new(2026, 1, 13, 18, 0, 0);

    private static (string Field, string Code)[] Errors(MeetingSchedule schedule, string path = "schedule") =>
        MeetingScheduleRules.Validate(schedule, path).Select(e => (e.Field, e.Code)).ToArray();

    [Fact]
    public void CompleteScheduleIsValid() =>
        Assert.Empty(Errors(new MeetingSchedule
        {
            RecurrenceRule = "FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231T235959Z",
            StartLocal = _start,
            DurationMinutes = 90,
            TimeZone = "America/Chicago",
            ExceptionDates = [new DateTime(2026, 2, 10, 18, 0, 0)],
            AdditionalDates = [new DateTime(2026, 2, 24, 18, 0, 0)],
        }));

    [Theory]
    [InlineData("FREQ=DAILY;INTERVAL=2147483647")]
    [InlineData("FREQ=WEEKLY;INTERVAL=1001")]
    public void AnIntervalTheExpanderCannotReachIsRefused(string rule) =>
        Assert.Equal([("schedule.recurrenceRule", RuleCodes.IntervalOutOfRange)], Errors(new MeetingSchedule { RecurrenceRule = rule, StartLocal = _start }));

    [Theory]
    [InlineData("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")]
    [InlineData("FREQ=MONTHLY;INTERVAL=1000")]
    public void EveryPublishedKindOfIntervalIsAccepted(string rule) =>
        Assert.Empty(Errors(new MeetingSchedule { RecurrenceRule = rule, StartLocal = _start }));

    [Fact]
    public void ScheduleWithOnlyTextAndALinkIsValid()
    {
        Assert.Empty(Errors(new MeetingSchedule { Text = "Periodic; see the partner's calendar", PublishedScheduleUrl = "https://example.org/events" }));
        Assert.Empty(Errors(new MeetingSchedule()));
    }

    [Theory]
    [InlineData("FREQ=FORTNIGHTLY")]
    [InlineData("BYDAY=TU")]
    [InlineData("FREQ=WEEKLY;BYDAY=XX")]
    [InlineData("FREQ=WEEKLY;COUNT=ten")]
    [InlineData("FREQ=WEEKLY;COUNT=2;UNTIL=20261231T000000Z")]
    [InlineData("RRULE:FREQ=WEEKLY")]
    [InlineData("every tuesday")]
    [InlineData("")]
    [InlineData("  ")]
    public void UnparsableRuleIsRejectedNamingTheField(string rule) =>
        Assert.Equal(
            [("schedule.recurrenceRule", RuleCodes.InvalidRecurrenceRule)],
            Errors(new MeetingSchedule { RecurrenceRule = rule, StartLocal = _start }));

    [Theory]
    [InlineData("FREQ=HOURLY")]
    [InlineData("FREQ=MINUTELY;INTERVAL=30")]
    [InlineData("FREQ=SECONDLY;COUNT=3")]
    public void SubDailyFrequencyIsRejected(string rule) =>
        Assert.Equal(
            [("schedule.recurrenceRule", RuleCodes.UnsupportedFrequency)],
            Errors(new MeetingSchedule { RecurrenceRule = rule, StartLocal = _start }));

    [Fact]
    public void HugeCountIsRejected() =>
        Assert.Equal(
            [("schedule.recurrenceRule", RuleCodes.CountOutOfRange)],
            Errors(new MeetingSchedule { RecurrenceRule = "FREQ=DAILY;COUNT=1000000", StartLocal = _start }));

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Eastern Standard Time")]
    [InlineData("")]
    public void UnknownTimeZoneIsRejectedNamingTheField(string zone) =>
        Assert.Equal(
            [("schedule.timeZone", RuleCodes.InvalidTimeZone)],
            Errors(new MeetingSchedule { TimeZone = zone }));

    [Fact]
    public void RuleWithoutStartIsRejected() =>
        Assert.Equal(
            [("schedule.startLocal", RuleCodes.StartRequired)],
            Errors(new MeetingSchedule { RecurrenceRule = "FREQ=WEEKLY" }));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(1440, true)]
    [InlineData(1441, false)]
    [InlineData(-30, false)]
    public void DurationMustBeOneMinuteToOneDay(int minutes, bool valid) =>
        Assert.Equal(
            valid ? [] : [("schedule.durationMinutes", RuleCodes.InvalidDuration)],
            Errors(new MeetingSchedule { StartLocal = _start, DurationMinutes = minutes }));

    [Fact]
    public void ImplausibleDatesAreRejectedWithTheirIndex() =>
        Assert.Equal(
            [("schedule.additionalDates[1]", RuleCodes.DateOutOfRange)],
            Errors(new MeetingSchedule { AdditionalDates = [_start, new DateTime(206, 1, 13, 18, 0, 0)] }));

    [Fact]
    public void PublishedScheduleUrlMustBeAbsoluteHttp() =>
        Assert.Equal(
            [("schedule.publishedScheduleUrl", RuleCodes.InvalidUrl)],
            Errors(new MeetingSchedule { PublishedScheduleUrl = "javascript:alert(1)" }));

    [Fact]
    public void EveryProblemIsReportedUnderTheGivenPath() =>
        Assert.Equal(
            [
                ("input.schedule.timeZone", RuleCodes.InvalidTimeZone),
                ("input.schedule.recurrenceRule", RuleCodes.InvalidRecurrenceRule),
                ("input.schedule.startLocal", RuleCodes.StartRequired),
            ],
            Errors(new MeetingSchedule { RecurrenceRule = "FREQ=NEVER", TimeZone = "Nowhere/Special" }, "input.schedule"));
}
