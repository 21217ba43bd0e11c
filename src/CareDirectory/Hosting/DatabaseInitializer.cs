using CareDirectory.Data;
using CareDirectory.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDirectory.Hosting;

/// <summary>
/// Before the server takes requests: applies migrations and, on an empty database, loads the seed data,
/// so the README's single run command gives a working directory.
/// </summary>
internal sealed class DatabaseInitializer(
    IDbContextFactory<DirectoryDbContext> contexts,
    SeedLoader seeds,
    IOptions<DatabaseOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (settings.MigrateOnStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (settings.SeedOnStart && !await db.States.AnyAsync(cancellationToken))
        {
            var folder = SeedFolder.Resolve(settings.SeedPath, environment.ContentRootPath);
            var report = await seeds.LoadAsync(folder, cancellationToken);
            logger.LogInformation("Seeded an empty database from {Folder}: {Report}", folder, report);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
