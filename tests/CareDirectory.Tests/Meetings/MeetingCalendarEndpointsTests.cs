using System.Net;
using CareDirectory.Calendars;
using CareDirectory.Domain;
using CareDirectory.Tests.Infrastructure;
using Ical.Net;

namespace CareDirectory.Tests.Meetings;

/// <summary>The calendar feeds over HTTP, each test with its own application and only the data it builds.</summary>
public sealed class MeetingCalendarEndpointsTests
{
    private static DirectoryAppFactory NewApp() => new DirectoryAppFactory().With("Database:SeedOnStart", "false");

    private static async Task AddAsync(DirectoryAppFactory app, params object[] entities)
    {
        await using var db = app.CreateDbContext();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    // A new instance for every entity: EF Core cannot share one owned object between owners.
    private static Provenance Provenance() => new() { Source = "test", LastVerified = new DateOnly(2026, 11, 25) };

    private static State NewState(string code, string name, string fips, string timeZone) => new()
    {
        Id = Guid.NewGuid(), Key = code.ToLowerInvariant(), Code = code, Name = name, FipsCode = fips, TimeZone = timeZone, Provenance = Provenance(),
    };

    private static County NewCounty(State state, string name, string fips) => new()
    {
        Id = Guid.NewGuid(), Key = $"{state.Key}/{name.ToLowerInvariant()}", StateId = state.Id, Name = name, Slug = name.ToLowerInvariant(), Fips = fips, Provenance = Provenance(),
    };

    private static Meeting NewMeeting(string key, State state, County? county, Partner? organizer = null, bool timed = true) => new()
    {
        Id = Guid.NewGuid(),
        Key = key,
        Title = key,
        StateId = state.Id,
        CountyId = county?.Id,
        OrganizerId = organizer?.Id,
        Provenance = Provenance(),
        LastModified = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero),
        Schedule = timed
            ? new MeetingSchedule { RecurrenceRule = "FREQ=MONTHLY;BYDAY=2TU", StartLocal = new DateTime(2026, 1, 13, 18, 0, 0), DurationMinutes = 90 }
            : new MeetingSchedule { Text = "See the partner's calendar", PublishedScheduleUrl = "https://example.org/events" },
    };

    private static async Task<(State NewJersey, County Bergen, Partner Fso, Meeting[] Meetings)> SeedAsync(DirectoryAppFactory app)
    {
        var newJersey = NewState("NJ", "New Jersey", "34", "America/New_York");
        var illinois = NewState("IL", "Illinois", "17", "America/Chicago");
        var bergen = NewCounty(newJersey, "Bergen", "34003");
        var essex = NewCounty(newJersey, "Essex", "34013");
        var cook = NewCounty(illinois, "Cook", "17031");
        var fso = new Partner { Id = Guid.NewGuid(), Key = "nj/bergen/fso", Name = "Family Support Organization of Bergen County", StateId = newJersey.Id, Provenance = Provenance() };
        var archived = NewMeeting("nj/bergen/archived", newJersey, bergen);
        archived.ArchivedAt = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        Meeting[] meetings =
        [
            NewMeeting("nj/bergen/parent-2-parent", newJersey, bergen, fso),
            NewMeeting("nj/statewide-town-hall", newJersey, null),
            NewMeeting("nj/bergen/ciacc", newJersey, bergen, timed: false),
            NewMeeting("nj/essex/support", newJersey, essex, fso),
            NewMeeting("il/statewide", illinois, null),
            NewMeeting("il/cook/support", illinois, cook),
            archived,
        ];
        await AddAsync(app, [newJersey, illinois, bergen, essex, cook, fso, .. meetings]);
        return (newJersey, bergen, fso, meetings);
    }

    private static async Task<string[]> GetUidsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        return calendar.Events.Select(e => e.Uid!).Order(StringComparer.Ordinal).ToArray();
    }

    private static string[] UidsOf(params Meeting[] meetings) =>
        meetings.Select(MeetingCalendarWriter.Uid).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task CountyFeedHasTheCountysAndStatewideTimedMeetings()
    {
        await using var app = NewApp();
        var (_, _, _, meetings) = await SeedAsync(app);

        var response = await app.CreateClient().GetAsync(new Uri("/calendars/nj/bergen.ics", UriKind.Relative));

        Assert.Equal(UidsOf(meetings[0], meetings[1]), await GetUidsAsync(response));
    }

    [Fact]
    public async Task MeetingWithAnInvalidStoredScheduleIsLeftOutOfTheFeed()
    {
        await using var app = NewApp();
        var (newJersey, bergen, _, meetings) = await SeedAsync(app);
        var broken = NewMeeting("nj/bergen/broken", newJersey, bergen);
        broken.Schedule = broken.Schedule with { RecurrenceRule = "FREQ=HOURLY" };
        await AddAsync(app, broken);

        var response = await app.CreateClient().GetAsync(new Uri("/calendars/nj/bergen.ics", UriKind.Relative));

        Assert.Equal(UidsOf(meetings[0], meetings[1]), await GetUidsAsync(response));
    }

    [Fact]
    public async Task SeededCountyFeedIsValidThoughTheSourcesPublishNoTimes()
    {
        await using var app = new DirectoryAppFactory();

        var response = await app.CreateClient().GetAsync(new Uri("/calendars/nj/bergen.ics", UriKind.Relative));

        Assert.Empty(await GetUidsAsync(response));
    }

    [Fact]
    public async Task UnchangedFeedAnswersAPollWithNotModified()
    {
        await using var app = NewApp();
        var (newJersey, bergen, _, _) = await SeedAsync(app);
        using var client = app.CreateClient();
        var first = await client.GetAsync(new Uri("/calendars/nj/bergen.ics", UriKind.Relative));
        var etag = first.Headers.ETag!;

        using var poll = new HttpRequestMessage(HttpMethod.Get, new Uri("/calendars/nj/bergen.ics", UriKind.Relative));
        poll.Headers.IfNoneMatch.Add(etag);
        var unchanged = await client.SendAsync(poll);
        await AddAsync(app, NewMeeting("nj/bergen/new", newJersey, bergen));
        using var pollAgain = new HttpRequestMessage(HttpMethod.Get, new Uri("/calendars/nj/bergen.ics", UriKind.Relative));
        pollAgain.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(pollAgain);

        Assert.False(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task StateCodeAndCountySlugIgnoreCase()
    {
        await using var app = NewApp();
        await SeedAsync(app);

        var response = await app.CreateClient().GetAsync(new Uri("/calendars/NJ/Bergen.ics", UriKind.Relative));

        Assert.Equal(2, (await GetUidsAsync(response)).Length);
    }

    [Fact]
    public async Task FeedForACountyWithOnlyStatewideMeetingsIsValid()
    {
        await using var app = NewApp();
        var (_, _, _, meetings) = await SeedAsync(app);

        var response = await app.CreateClient().GetAsync(new Uri("/calendars/il/cook.ics", UriKind.Relative));

        Assert.Equal(UidsOf(meetings[4], meetings[5]), await GetUidsAsync(response));
    }

    [Theory]
    [InlineData("/calendars/nj/nowhere.ics")]
    [InlineData("/calendars/xx/bergen.ics")]
    [InlineData("/calendars/il/bergen.ics")]
    [InlineData("/calendars/nj/bergen")]
    [InlineData("/calendars/partners/not-a-guid.ics")]
    [InlineData("/calendars/partners/00000000-0000-0000-0000-000000000001.ics")]
    public async Task UnknownCountyOrPartnerIsNotFound(string path)
    {
        await using var app = NewApp();
        await SeedAsync(app);

        var response = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PartnerFeedHasTheMeetingsThePartnerOrganises()
    {
        await using var app = NewApp();
        var (_, _, fso, meetings) = await SeedAsync(app);

        var response = await app.CreateClient().GetAsync(new Uri($"/calendars/partners/{fso.Id}.ics", UriKind.Relative));

        Assert.Equal(UidsOf(meetings[0], meetings[3]), await GetUidsAsync(response));
    }

    [Fact]
    public async Task FeedKeepsTheRuleAndTheStatesZone()
    {
        await using var app = NewApp();
        await SeedAsync(app);

        var text = await app.CreateClient().GetStringAsync(new Uri("/calendars/il/cook.ics", UriKind.Relative));

        Assert.Contains("RRULE:FREQ=MONTHLY;BYDAY=2TU\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=America/Chicago:20260113T180000\r\n", text, StringComparison.Ordinal);
        Assert.Equal("America/Chicago", Assert.Single(Calendar.Load(text)!.TimeZones).TzId);
    }
}
