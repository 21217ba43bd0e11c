using CareDirectory.Domain;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.Data;

/// <summary>A meeting's local wall-clock times round-trip unchanged on both providers (PostgreSQL once refused them).</summary>
public abstract class MeetingScheduleStorageTests(DirectoryAppFactory app)
{
    [DatabaseFact]
    public async Task LocalStartTimesAndExceptionDatesRoundTrip()
    {
        app.CreateClient().Dispose();
        var start = new DateTime(2026, 1, 13, 18, 0, 0, DateTimeKind.Unspecified);
        var cancelled = new DateTime(2026, 3, 10, 18, 0, 0, DateTimeKind.Unspecified);
        var id = Guid.NewGuid();
        await using (var db = app.CreateDbContext())
        {
            var nj = await db.States.SingleAsync(s => s.Code == "NJ");
            db.Meetings.Add(new Meeting
            {
                Id = id,
                Key = $"test/{id}",
                Title = "Parent support group",
                StateId = nj.Id,
                Provenance = new Provenance { Source = "test", LastVerified = new DateOnly(2026, 1, 1) },
                Schedule = new MeetingSchedule
                {
                    StartLocal = start,
                    RecurrenceRule = "FREQ=MONTHLY;BYDAY=2TU",
                    ExceptionDates = [cancelled],
                    TimeZone = "America/New_York",
                },
            });
            await db.SaveChangesAsync();
        }

        await using (var db = app.CreateDbContext())
        {
            var schedule = (await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id)).Schedule;
            Assert.Equal(start, schedule.StartLocal);
            Assert.Equal([cancelled], schedule.ExceptionDates);
            Assert.Equal("FREQ=MONTHLY;BYDAY=2TU", schedule.RecurrenceRule);
        }
    }
}

public sealed class MeetingScheduleStorageOnSqliteTests(DirectoryAppFactory app) : MeetingScheduleStorageTests(app), IClassFixture<DirectoryAppFactory>;

[RequiresPostgres]
public sealed class MeetingScheduleStorageOnPostgresTests(PostgresAppFactory app) : MeetingScheduleStorageTests(app), IClassFixture<PostgresAppFactory>;
