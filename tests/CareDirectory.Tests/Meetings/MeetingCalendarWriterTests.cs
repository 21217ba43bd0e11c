using CareDirectory.Calendars;
using CareDirectory.Domain;
using CareDirectory.Meetings;
using CareDirectory.Rules;
using Ical.Net;
using Ical.Net.DataTypes;

namespace CareDirectory.Tests.Meetings;

public sealed class MeetingCalendarWriterTests
{
    private static readonly Guid _supportGroupId = Guid.Parse("5d0c1c52-43c3-4d0e-9a57-0b3c2d3f1a01");
    private static readonly Guid _councilId = Guid.Parse("5d0c1c52-43c3-4d0e-9a57-0b3c2d3f1a02");

    internal static Meeting NewMeeting(Guid id, string title, MeetingSchedule schedule, Action<Meeting>? configure = null)
    {
        var meeting = new Meeting
        {
            Id = id,
            Key = $"nj/test/{title}",
            Title = title,
            Schedule = schedule,
            Provenance = new Provenance { Source = "test", LastVerified = new DateOnly(2026, 1, 1) },
            LastModified = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        };
        configure?.Invoke(meeting);
        return meeting;
    }

    private static Meeting[] Meetings() =>
    [
        NewMeeting(_supportGroupId, "Parent support group", new MeetingSchedule
        {
            RecurrenceRule = "FREQ=MONTHLY;BYDAY=2TU",
            StartLocal = new DateTime(2026, 1, 13, 18, 0, 0),
            DurationMinutes = 90,
            ExceptionDates = [new DateTime(2026, 2, 10, 18, 0, 0)],
            AdditionalDates = [new DateTime(2026, 2, 24, 18, 0, 0)],
        }, m =>
        {
            m.Description = "Peer support for parents; childcare provided.";
            m.Location = new PostalLocation { Name = "Main library", Address1 = "1 Main St", City = "Hackensack", Region = "NJ", PostalCode = "07601" };
            m.RegistrationUrl = "https://example.org/register";
        }),
        NewMeeting(_councilId, "County council", new MeetingSchedule
        {
            RecurrenceRule = "FREQ=WEEKLY;BYDAY=TH;UNTIL=20261231T180000",
            StartLocal = new DateTime(2026, 3, 5, 10, 0, 0),
            DurationMinutes = 60,
            TimeZone = "America/Chicago",
        }, m =>
        {
            m.AttendanceMode = AttendanceMode.Virtual;
            m.JoinUrl = "https://meet.example.org/council";
        }),
        NewMeeting(Guid.Parse("5d0c1c52-43c3-4d0e-9a57-0b3c2d3f1a03"), "Educator town hall", new MeetingSchedule
        {
            Text = "Periodic; see the partner's calendar",
            PublishedScheduleUrl = "https://example.org/events",
        }),
    ];

    private static string Render() => MeetingCalendarWriter.Write("Bergen County meetings", Meetings(), "America/New_York");

    [Fact]
    public void FeedParsesBackWithOneEventPerTimedMeeting()
    {
        var calendar = Calendar.Load(Render())!;

        Assert.Equal(MeetingCalendarWriter.ProductId, calendar.ProductId);
        Assert.Equal("PUBLISH", calendar.Method);
        Assert.Equal("Bergen County meetings", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal(
            [$"{_councilId}@caredirectory", $"{_supportGroupId}@caredirectory"],
            calendar.Events.Select(e => e.Uid!).ToArray());
    }

    [Fact]
    public void RecurrenceIsPreservedNotExpanded()
    {
        var text = Render();
        var calendar = Calendar.Load(text)!;
        var supportGroup = calendar.Events[$"{_supportGroupId}@caredirectory"]!;

        Assert.Contains("RRULE:FREQ=MONTHLY;BYDAY=2TU\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=America/New_York:20260113T180000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=America/New_York:20260113T193000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("EXDATE;TZID=America/New_York:20260210T180000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("RDATE;TZID=America/New_York:20260224T180000\r\n", text, StringComparison.Ordinal);
        Assert.Equal(FrequencyType.Monthly, supportGroup.RecurrenceRule!.Frequency);
        Assert.Equal("Parent support group", supportGroup.Summary);
        Assert.Equal("Main library, 1 Main St, Hackensack, NJ 07601", supportGroup.Location);
        Assert.Equal("Peer support for parents; childcare provided.\nRegister: https://example.org/register", supportGroup.Description);
        Assert.Equal(new CalDateTime(2026, 1, 2, 3, 4, 5, CalDateTime.UtcTzId), supportGroup.LastModified);
        Assert.Equal(new CalDateTime(2026, 1, 2, 3, 4, 5, CalDateTime.UtcTzId), supportGroup.DtStamp);
    }

    [Fact]
    public void FloatingUntilIsWrittenInUtcBesideAZonedStart()
    {
        var council = Calendar.Load(Render())!.Events[$"{_councilId}@caredirectory"]!;

        // 31 December 2026, 6 pm in Chicago (CST, UTC-6) is midnight UTC.
        Assert.Equal(new CalDateTime(2027, 1, 1, 0, 0, 0, CalDateTime.UtcTzId).ToString(), council.RecurrenceRule!.Until!.ToString());
        Assert.Equal(new Uri("https://meet.example.org/council"), council.Url);
        Assert.Equal("https://meet.example.org/council", council.Location);
    }

    [Fact]
    public void OneTimeZonePerZoneUsed()
    {
        var calendar = Calendar.Load(Render())!;

        Assert.Equal(["America/Chicago", "America/New_York"], calendar.TimeZones.Select(z => z.TzId!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void ClientExpansionOfTheFeedMatchesOurOccurrences()
    {
        var calendar = Calendar.Load(Render())!;
        var supportGroup = calendar.Events[$"{_supportGroupId}@caredirectory"]!;
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var service = new MeetingOccurrences(Microsoft.Extensions.Options.Options.Create(new MeetingOptions()));

        var ours = service.Between(Meetings()[0].Schedule, "America/New_York", from, from.AddYears(1)).Select(o => o.Start.UtcDateTime);
        var theirs = supportGroup.GetOccurrences(new CalDateTime(2026, 1, 1, 0, 0, 0, CalDateTime.UtcTzId))
            .TakeWhile(o => o.Period.StartTime.AsUtc < from.AddYears(1).UtcDateTime)
            .Select(o => o.Period.StartTime.AsUtc);

        Assert.Equal(theirs.ToArray(), ours.ToArray());
    }

    [Fact]
    public void RendersAreByteForByteStable()
    {
        var first = Render();

        Assert.Equal(first, Render());
    }

    [Fact]
    public void LinesEndWithCrLf()
    {
        var text = Render();

        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingWithAnInvalidStoredScheduleIsLeftOutAndReported()
    {
        var broken = NewMeeting(Guid.NewGuid(), "Broken", new MeetingSchedule { RecurrenceRule = "FREQ=WEEKLY", TimeZone = "Nowhere/Special" });
        var reported = new List<(Meeting, string[])>();

        var text = MeetingCalendarWriter.Write("Bergen", [.. Meetings(), broken], "America/New_York",
            (meeting, errors) => reported.Add((meeting, errors.Select(e => e.Code).ToArray())));

        Assert.Equal(2, Calendar.Load(text)!.Events.Count);
        var (meeting, codes) = Assert.Single(reported);
        Assert.Same(broken, meeting);
        Assert.Equal([RuleCodes.InvalidTimeZone, RuleCodes.StartRequired], codes);
    }

    [Fact]
    public void CalendarOfMeetingsWithoutTimesIsStillValid()
    {
        var text = MeetingCalendarWriter.Write("Empty", [Meetings()[2]], "America/New_York");
        var calendar = Calendar.Load(text)!;

        Assert.Empty(calendar.Events);
        Assert.Empty(calendar.TimeZones);
        Assert.Equal("2.0", calendar.Version);
        Assert.Contains("X-WR-CALNAME:Empty\r\n", text, StringComparison.Ordinal);
    }
}
