using CareDirectory.Domain;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.GraphQL;

/// <summary>
/// A meeting stored before today's schedule rules (written straight to the database, as an old version or a manual
/// fix would) cannot take its county's pages down: the meeting lists without dates, every other field answers (#16).
/// </summary>
public sealed class StoredBadMeetingTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    [Fact]
    public async Task AStatewideMeetingWithAnUnreachableIntervalLeavesEveryCountyPageWhole()
    {
        await using (var db = app.CreateDbContext())
        {
            var nj = await db.States.SingleAsync(s => s.Code == "NJ");
            db.Meetings.Add(new Meeting
            {
                Id = Guid.NewGuid(),
                Key = "synthetic/stored-before-the-interval-rule",
                Title = "Synthetic meeting stored before the interval rule",
                StateId = nj.Id,
                Schedule = new MeetingSchedule { RecurrenceRule = "FREQ=DAILY;INTERVAL=2147483647", StartLocal = new DateTime(2026, 1, 13, 18, 0, 0), DurationMinutes = 60 },
                Provenance = new Provenance { Source = "synthetic test data (StoredBadMeetingTests)", LastVerified = new DateOnly(2026, 12, 3) },
                Version = 1,
            });
            await db.SaveChangesAsync();
        }

        foreach (var slug in new[] { "bergen", "passaic", "atlantic" })
        {
            var response = await _client.QueryAsync($$"""{ county(state: "NJ", slug: "{{slug}}") { name upcomingMeetings(days: 366) { start } meetings(first: 50) { nodes { key occurrences { start } } } } }""");

            Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
            var meeting = response.Ok()["county"]!["meetings"]!["nodes"]!.AsArray().Single(m => m!["key"]!.GetValue<string>() == "synthetic/stored-before-the-interval-rule");
            Assert.Empty(meeting!["occurrences"]!.AsArray());
        }
    }
}
