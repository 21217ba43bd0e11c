using static CareDirectory.Tests.Mutations.PartnerMutationTests;

namespace CareDirectory.Tests.Mutations;

/// <summary>createMeeting, updateMeeting, archiveMeeting; schedules are checked with the meetings module's validator.</summary>
public sealed class MeetingMutationTests
{
    private const string MeetingFields = "meeting { id title version schedule { recurrenceRule startLocal durationMinutes } county { fips } organizer { key } }";

    [Fact]
    public async Task CountyKeyCreatesUpdatesAndArchivesAMeetingInItsCounty()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync($"county:{EditorApp.Bergen}");
        var fso = await app.PartnerAsync("nj/bergen/fso");

        var created = await app.MutateAsync("createMeeting", MeetingFields, new
        {
            state = "NJ",
            county = EditorApp.Bergen,
            title = "Parent support group",
            organizer = EditorApp.IdOf("Partner", fso.Id),
            kind = "SUPPORT_GROUP",
            audiences = new[] { "PARENTS_CAREGIVERS" },
            attendanceMode = "HYBRID",
            joinUrl = "https://example.org/join",
            schedule = new { startLocal = "2026-01-13T18:00", durationMinutes = 90, recurrenceRule = "FREQ=MONTHLY;BYDAY=2TU" },
        }, key);
        AssertNoErrors(created);
        var meeting = created["meeting"]!;
        Assert.Equal(EditorApp.Bergen, meeting["county"]!["fips"]!.GetValue<string>());
        Assert.Equal("FREQ=MONTHLY;BYDAY=2TU", meeting["schedule"]!["recurrenceRule"]!.GetValue<string>());
        var id = meeting["id"]!.GetValue<string>();

        var updated = await app.MutateAsync("updateMeeting", MeetingFields,
            new { id, version = 1, schedule = new { startLocal = "2026-01-14T19:00", durationMinutes = 60, recurrenceRule = "FREQ=WEEKLY;BYDAY=WE" } }, key);
        AssertNoErrors(updated);
        Assert.Equal("2026-01-14T19:00:00", updated["meeting"]!["schedule"]!["startLocal"]!.GetValue<string>());
        Assert.Equal("Parent support group", updated["meeting"]!["title"]!.GetValue<string>());

        var archived = await app.MutateAsync("archiveMeeting", "meeting { id }", new { id }, key);
        AssertNoErrors(archived);
        var node = await app.PostAsync($$"""{ node(id: "{{id}}") { id } }""");
        Assert.True(node.Body["errors"] is null && node.Data("node") is null, node.Body.ToJsonString());
    }

    [Fact]
    public async Task InvalidSchedulesAndUrlsAreValidationErrorsNamingTheField()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("state:NJ");
        var before = await app.CountsAsync();

        var payload = await app.MutateAsync("createMeeting", "meeting { id }", new
        {
            state = "NJ",
            county = EditorApp.Bergen,
            title = "Bad schedule",
            joinUrl = "javascript:alert(1)",
            schedule = new { startLocal = "2026-01-13T18:00", recurrenceRule = "FREQ=SOMETIMES", timeZone = "Mars/Olympus" },
        }, key);
        var badStart = await app.MutateAsync("createMeeting", "meeting { id }",
            new { state = "NJ", title = "Bad start", schedule = new { startLocal = "13/01/2026 6pm" } }, key);

        var errors = payload["errors"]!.AsArray();
        AssertError(errors, "INVALID_URL", "input.joinUrl");
        Assert.Contains(errors, e => Path(e!) == "input.schedule.recurrenceRule");
        Assert.Contains(errors, e => Path(e!) == "input.schedule.timeZone");
        AssertError(badStart["errors"]!.AsArray(), "INVALID_DATE_TIME", "input.schedule.startLocal");
        Assert.Equal(before, await app.CountsAsync());
    }

    /// <summary>A meeting whose recurrence the expander cannot evaluate is refused on write, so it can never reach a county page.</summary>
    [Fact]
    public async Task AnIntervalBeyondTheExpanderIsRefusedAndTheCountyPageStaysWhole()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("state:NJ");
        var before = await app.CountsAsync();

        var payload = await app.MutateAsync("createMeeting", "meeting { id }", new
        {
            state = "NJ",
            title = "Every few millennia",
            schedule = new { startLocal = "2026-01-13T18:00", recurrenceRule = "FREQ=DAILY;INTERVAL=2147483647" },
        }, key);

        AssertError(payload["errors"]!.AsArray(), "INTERVAL_OUT_OF_RANGE", "input.schedule.recurrenceRule");
        Assert.Equal(before, await app.CountsAsync());
        var page = await app.PostAsync("""{ county(state: "NJ", slug: "bergen") { name upcomingMeetings(days: 60) { start } } }""");
        Assert.True(page.Body["errors"] is null, page.Body.ToJsonString());
        Assert.Equal("Bergen", page.Data("county")["name"]!.GetValue<string>());
    }
}
