using System.Diagnostics;
using CareDirectory.Domain;
using CareDirectory.Meetings;
using Microsoft.Extensions.Options;

namespace CareDirectory.Tests.Meetings;

public sealed class MeetingOccurrencesTests
{
    private const string NewYork = "America/New_York";
    private const string Chicago = "America/Chicago";

    // 2026: clocks go forward on Sunday 8 March and back on Sunday 1 November in both zones.
    private static readonly DateTimeOffset _marchFrom = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _marchTo = new(2026, 3, 16, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _novemberFrom = new(2026, 10, 25, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _novemberTo = new(2026, 11, 9, 0, 0, 0, TimeSpan.Zero);

    private static MeetingOccurrences Service(int maxOccurrences = 100, int maxWindowDays = 366) =>
        new(Options.Create(new MeetingOptions { MaxOccurrences = maxOccurrences, MaxWindowDays = maxWindowDays }));

    private static MeetingSchedule Weekly(DateTime startLocal, string? timeZone = null) => new()
    {
        RecurrenceRule = "FREQ=WEEKLY",
        StartLocal = startLocal,
        DurationMinutes = 90,
        TimeZone = timeZone,
    };

    private static string[] Starts(IEnumerable<MeetingOccurrence> occurrences) =>
        occurrences.Select(o => o.Start.ToString("yyyy-MM-ddTHH:mmzzz")).ToArray();

    [Theory]
    [InlineData(NewYork, "-05:00", "-04:00")]
    [InlineData(Chicago, "-06:00", "-05:00")]
    public void SixPmStaysSixPmAcrossTheMarchChange(string zone, string winter, string summer)
    {
        var occurrences = Service().Between(Weekly(new DateTime(2026, 3, 3, 18, 0, 0), zone), "UTC", _marchFrom, _marchTo);

        Assert.Equal(
            [$"2026-03-03T18:00{winter}", $"2026-03-10T18:00{summer}"],
            Starts(occurrences));
        Assert.Equal(
            [TimeSpan.FromMinutes(90), TimeSpan.FromMinutes(90)],
            occurrences.Select(o => o.End!.Value - o.Start).ToArray());
        Assert.Equal("19:30", occurrences[1].End!.Value.ToString("HH:mm"));
    }

    [Theory]
    [InlineData(NewYork, "-04:00", "-05:00")]
    [InlineData(Chicago, "-05:00", "-06:00")]
    public void SixPmStaysSixPmAcrossTheNovemberChange(string zone, string summer, string winter)
    {
        var occurrences = Service().Between(Weekly(new DateTime(2026, 10, 29, 18, 0, 0), zone), "UTC", _novemberFrom, _novemberTo);

        Assert.Equal(
            [$"2026-10-29T18:00{summer}", $"2026-11-05T18:00{winter}"],
            Starts(occurrences));
    }

    [Fact]
    public void StartInTheSkippedSpringHourMovesForwardByTheGap()
    {
        var schedule = new MeetingSchedule { RecurrenceRule = "FREQ=DAILY", StartLocal = new DateTime(2026, 3, 7, 2, 30, 0), TimeZone = NewYork };

        var occurrences = Service().Between(schedule, "UTC", _marchFrom, new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(
            ["2026-03-07T02:30-05:00", "2026-03-08T03:30-04:00", "2026-03-09T02:30-04:00"],
            Starts(occurrences));
        Assert.All(occurrences, o => Assert.Null(o.End));
    }

    [Fact]
    public void StartInTheRepeatedAutumnHourTakesTheEarlierOffset()
    {
        var schedule = new MeetingSchedule { RecurrenceRule = "FREQ=DAILY", StartLocal = new DateTime(2026, 10, 31, 1, 30, 0), TimeZone = Chicago };

        var occurrences = Service().Between(schedule, "UTC", _novemberFrom, new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(
            ["2026-10-31T01:30-05:00", "2026-11-01T01:30-05:00", "2026-11-02T01:30-06:00"],
            Starts(occurrences));
    }

    [Fact]
    public void DurationIsElapsedTimeAcrossTheChange()
    {
        var schedule = new MeetingSchedule { StartLocal = new DateTime(2026, 3, 7, 23, 0, 0), DurationMinutes = 240, TimeZone = NewYork };

        var occurrence = Assert.Single(Service().Between(schedule, "UTC", _marchFrom, _marchTo));

        Assert.Equal(new DateTimeOffset(2026, 3, 8, 4, 0, 0, TimeSpan.FromHours(-4)), occurrence.End);
        Assert.Equal(TimeSpan.FromHours(-4), occurrence.End!.Value.Offset);
    }

    [Fact]
    public void ExceptionDateIsLeftOutAndAdditionalDatesAreIncludedInOrder()
    {
        var schedule = new MeetingSchedule
        {
            RecurrenceRule = "FREQ=MONTHLY;BYDAY=2TU",
            StartLocal = new DateTime(2026, 1, 13, 18, 0, 0),
            DurationMinutes = 90,
            ExceptionDates = [new DateTime(2026, 2, 10, 18, 0, 0)],
            AdditionalDates = [new DateTime(2026, 2, 24, 18, 0, 0), new DateTime(2026, 3, 10, 18, 0, 0)],
        };

        var occurrences = Service().Between(
            schedule, NewYork, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));

        // 10 March is both a rule date and an RDATE: listed once.
        Assert.Equal(
            ["2026-01-13T18:00-05:00", "2026-02-24T18:00-05:00", "2026-03-10T18:00-04:00", "2026-04-14T18:00-04:00"],
            Starts(occurrences));
    }

    [Fact]
    public void OneOffDatesWithoutARuleAreOccurrences()
    {
        var schedule = new MeetingSchedule
        {
            AdditionalDates = [new DateTime(2026, 11, 18, 10, 0, 0), new DateTime(2026, 11, 4, 10, 0, 0)],
            DurationMinutes = 60,
        };

        var occurrences = Service().Between(schedule, NewYork, _novemberFrom, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(["2026-11-04T10:00-05:00", "2026-11-18T10:00-05:00"], Starts(occurrences));
    }

    [Fact]
    public void WindowIsHalfOpenOnStartTimes()
    {
        var schedule = Weekly(new DateTime(2026, 3, 3, 18, 0, 0));
        var firstStart = new DateTimeOffset(2026, 3, 3, 18, 0, 0, TimeSpan.FromHours(-5));
        var secondStart = new DateTimeOffset(2026, 3, 10, 18, 0, 0, TimeSpan.FromHours(-4));

        var occurrences = Service().Between(schedule, NewYork, firstStart, secondStart);

        Assert.Equal(["2026-03-03T18:00-05:00"], Starts(occurrences));
    }

    [Fact]
    public void FallbackTimeZoneAppliesWhenTheScheduleNamesNone()
    {
        var occurrences = Service().Between(Weekly(new DateTime(2026, 3, 3, 18, 0, 0)), Chicago, _marchFrom, _marchTo);

        Assert.Equal(["2026-03-03T18:00-06:00", "2026-03-10T18:00-05:00"], Starts(occurrences));
    }

    [Theory]
    [InlineData("FREQ=WEEKLY;UNTIL=20260317T220000Z", 3)]
    [InlineData("FREQ=WEEKLY;UNTIL=20260317T215959Z", 2)]
    [InlineData("FREQ=WEEKLY;UNTIL=20260317T180000", 3)]
    [InlineData("FREQ=WEEKLY;UNTIL=20260317", 3)]
    [InlineData("FREQ=WEEKLY;COUNT=2", 2)]
    public void UntilAndCountEndTheSeries(string rule, int expected)
    {
        var schedule = new MeetingSchedule { RecurrenceRule = rule, StartLocal = new DateTime(2026, 3, 3, 18, 0, 0) };

        var occurrences = Service().Between(schedule, NewYork, _marchFrom, _marchFrom.AddDays(60));

        Assert.Equal(expected, occurrences.Count);
    }

    [Fact]
    public void CountIsCappedByFirstAndByTheConfiguredMaximum()
    {
        var schedule = new MeetingSchedule { RecurrenceRule = "FREQ=DAILY", StartLocal = new DateTime(2026, 1, 1, 9, 0, 0) };
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(5, Service().Between(schedule, NewYork, from, from.AddDays(300), first: 5).Count);
        Assert.Equal(100, Service().Between(schedule, NewYork, from, from.AddDays(300), first: 500).Count);
        Assert.Equal(100, Service().Between(schedule, NewYork, from, from.AddDays(300)).Count);
        Assert.Empty(Service().Between(schedule, NewYork, from, from.AddDays(300), first: 0));
    }

    [Fact]
    public void WindowIsCappedAtTheConfiguredNumberOfDays()
    {
        var schedule = new MeetingSchedule { RecurrenceRule = "FREQ=DAILY", StartLocal = new DateTime(2026, 1, 1, 9, 0, 0) };
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var occurrences = Service(maxOccurrences: 1000, maxWindowDays: 30).Between(schedule, NewYork, from, from.AddYears(10));

        Assert.Equal(30, occurrences.Count);
        Assert.Equal("2026-01-30T09:00-05:00", occurrences[^1].Start.ToString("yyyy-MM-ddTHH:mmzzz"));
    }

    [Theory]
    [InlineData("FREQ=DAILY")]
    [InlineData("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")]
    [InlineData("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30")]
    public void OpenEndedRuleOverAHugeWindowReturnsWithinTheCap(string rule)
    {
        var schedule = new MeetingSchedule { RecurrenceRule = rule, StartLocal = new DateTime(1900, 1, 1, 9, 0, 0) };
        var stopwatch = Stopwatch.StartNew();

        var fromNow = Service().Between(schedule, NewYork, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.MaxValue);
        var fromTheStart = Service().Between(schedule, NewYork, DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        var farAhead = Service().Between(schedule, NewYork, new DateTimeOffset(2299, 12, 1, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.MaxValue);
        var nearTheEnd = Service().Between(schedule, NewYork, DateTimeOffset.MaxValue.AddDays(-10), DateTimeOffset.MaxValue);

        Assert.True(fromNow.Count <= 100);
        Assert.True(farAhead.Count <= 31);
        Assert.Empty(fromTheStart);
        Assert.Empty(nearTheEnd);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void ScheduleWithoutTimesHasNoOccurrences()
    {
        var schedule = new MeetingSchedule { Text = "Periodic", PublishedScheduleUrl = "https://example.org/calendar" };

        Assert.Empty(Service().Between(schedule, NewYork, _marchFrom, _marchTo));
    }

    [Fact]
    public void InvalidScheduleIsRejected()
    {
        var schedule = new MeetingSchedule { RecurrenceRule = "FREQ=SOMETIMES", StartLocal = new DateTime(2026, 3, 3, 18, 0, 0) };

        var error = Assert.Throws<ArgumentException>(() => Service().Between(schedule, NewYork, _marchFrom, _marchTo));
        Assert.Contains("schedule.recurrenceRule", error.Message, StringComparison.Ordinal);
    }
}
