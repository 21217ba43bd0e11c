using CareDirectory.Domain;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.GraphQL;

/// <summary>
/// Meeting occurrences and a county's upcoming meetings through GraphQL, in the meeting's time zone. Each test adds
/// its own meeting with its own audience, so the tests do not see each other's data whatever their order.
/// </summary>
public sealed class MeetingQueryTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    [Fact]
    public async Task OccurrencesKeepLocalTimeAcrossTheNovemberChange()
    {
        await AddSyntheticMeetingAsync("synthetic/second-tuesday", "FREQ=MONTHLY;BYDAY=2TU", new DateTime(2026, 9, 8, 18, 0, 0), Audience.Professionals);
        var data = (await _client.QueryAsync("""
            { meetings(first: 50, where: { title: { eq: "Synthetic meeting synthetic/second-tuesday" } }) { nodes { title schedule { text recurrenceRule hasTimes }
                occurrences(from: "2026-10-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { start end } } } }
            """)).Ok();
        var meeting = data["meetings"]!["nodes"]![0]!;
        Assert.Equal("FREQ=MONTHLY;BYDAY=2TU", meeting["schedule"]!["recurrenceRule"]!.GetValue<string>());
        Assert.True(meeting["schedule"]!["hasTimes"]!.GetValue<bool>());
        Assert.Equal(
            ["2026-10-13T18:00:00-04:00", "2026-11-10T18:00:00-05:00", "2026-12-08T18:00:00-05:00"],
            meeting["occurrences"]!.AsArray().Select(o => o!["start"]!.GetValue<string>()));
        Assert.Equal("2026-11-10T19:30:00-05:00", meeting["occurrences"]![1]!["end"]!.GetValue<string>());
    }

    [Fact]
    public async Task CountyUpcomingMeetingsAreSortedAndFilteredByAudience()
    {
        await AddSyntheticMeetingAsync("synthetic/weekly", "FREQ=WEEKLY;BYDAY=WE", new DateTime(2026, 1, 7, 10, 0, 0), Audience.Educators);
        var data = (await _client.QueryAsync("""
            { county(state: "NJ", slug: "bergen") {
                educators: upcomingMeetings(from: "2026-03-01T00:00:00Z", days: 14, audience: EDUCATORS, first: 5) { start meeting { title } }
                parents: upcomingMeetings(from: "2026-03-01T00:00:00Z", days: 14, audience: PARENTS_CAREGIVERS) { start } } }
            """)).Ok()["county"]!;
        Assert.Equal(
            ["2026-03-04T10:00:00-05:00", "2026-03-11T10:00:00-04:00"],
            data["educators"]!.AsArray().Select(o => o!["start"]!.GetValue<string>()));
        Assert.Empty(data["parents"]!.AsArray());
    }

    [Fact]
    public async Task SeededMeetingsWithoutTimesSayWhereTheScheduleIs()
    {
        var nodes = (await _client.QueryAsync("""{ meetings(state: "NJ", first: 50) { nodes { key schedule { text hasTimes } occurrences { start } } } }""")).Ok()["meetings"]!["nodes"]!.AsArray();
        var parent2Parent = nodes.Single(n => n!["key"]!.GetValue<string>() == "nj/bergen/parent-2-parent")!;
        Assert.False(parent2Parent["schedule"]!["hasTimes"]!.GetValue<bool>());
        Assert.Contains("Family Support Organization of Bergen County", parent2Parent["schedule"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(parent2Parent["occurrences"]!.AsArray());
    }

    /// <summary>A synthetic (clearly labelled) recurring meeting in Bergen County with a 90-minute duration.</summary>
    private async Task AddSyntheticMeetingAsync(string key, string rule, DateTime startLocal, Audience audience)
    {
        await using var db = app.CreateDbContext();
        var bergen = await db.Counties.SingleAsync(c => c.Fips == "34003");
        db.Meetings.Add(new Meeting
        {
            Id = Guid.NewGuid(),
            Key = key,
            Title = $"Synthetic meeting {key}",
            Kind = MeetingKind.SupportGroup,
            StateId = bergen.StateId,
            CountyId = bergen.Id,
            Audiences = [audience],
            Schedule = new MeetingSchedule { RecurrenceRule = rule, StartLocal = startLocal, DurationMinutes = 90 },
            Provenance = new Provenance { Source = "synthetic test data (MeetingQueryTests)", LastVerified = new DateOnly(2026, 11, 25) },
            Version = 1,
        });
        await db.SaveChangesAsync();
    }
}
