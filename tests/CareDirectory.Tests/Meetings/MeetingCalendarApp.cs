using CareDirectory.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.Meetings;

/// <summary>
/// The whole application over a SQLite file of its own, migrated on start and never seeded, so each test builds exactly
/// the data it asserts on and tests can run in parallel. (Move to Infrastructure/ once the shared factory exists.)
/// </summary>
internal sealed class MeetingCalendarApp : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("caredirectory-meetings-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
        .UseEnvironment("Testing")
        .UseSetting("data-dir", _directory)
        .UseSetting("Database:Provider", "Sqlite")
        .UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_directory, "test.db")}")
        .UseSetting("Database:MigrateOnStart", "true")
        .UseSetting("Database:SeedOnStart", "false");

    public async Task AddAsync(params object[] entities)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
