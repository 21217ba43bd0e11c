using CareDirectory.Data;
using CareDirectory.Seeding;

namespace CareDirectory.Hosting;

public static class DataApplicationExtensions
{
    /// <summary>Database, seeding, start-up migration and the readiness check.</summary>
    public static WebApplicationBuilder AddDirectoryDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddDirectoryData(builder.Configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SeedLoader>();
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return builder;
    }
}
