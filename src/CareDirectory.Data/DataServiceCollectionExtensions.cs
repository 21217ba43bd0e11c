using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database chosen by <c>Database:Provider</c>. Resolvers get contexts from
    /// <see cref="IDbContextFactory{TContext}"/> (one per DataLoader batch or resolver), because GraphQL.NET runs
    /// sibling fields in parallel and a single scoped DbContext would throw "a second operation was started".
    /// </summary>
    public static IServiceCollection AddDirectoryData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = DatabaseOptions.Read(configuration);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate(o => o.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is Postgres (e.g. Database__ConnectionString=\"Host=...;Database=...;Username=...;Password=...\").")
            .Validate(o => o.SeedBatchSize > 0, "Database:SeedBatchSize must be a positive number of records.")
            .ValidateOnStart();
        var dataDirectory = DataDirectory.From(configuration);
        services.AddSingleton(dataDirectory);

        // Id lists (a batch loader's keys) go to the database as one parameter (json_each / = ANY): EF Core 10's default,
        // a parameter per id, gives every list length its own SQL text, which EF Core regenerates and the database
        // prepares again (a county page's batches have a new length on nearly every page).
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddPooledDbContextFactory<PostgresDirectoryDbContext>((sp, o) => o.UseNpgsql(PostgresConnectionString.WithDefaults(options.ConnectionString ?? string.Empty), n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddSingleton<IDbContextFactory<DirectoryDbContext>, DirectoryDbContextFactory<PostgresDirectoryDbContext>>();
                break;
            default:
                var connectionString = SqliteConnectionString(options.ConnectionString, dataDirectory);
                services.AddPooledDbContextFactory<SqliteDirectoryDbContext>((sp, o) => o.UseSqlite(connectionString, s => s.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                    .AddInterceptors([new SqlitePragmaInterceptor(), .. sp.GetServices<IInterceptor>()]));
                services.AddSingleton<IDbContextFactory<DirectoryDbContext>, DirectoryDbContextFactory<SqliteDirectoryDbContext>>();
                break;
        }

        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContext());
        return services;
    }

    private static string SqliteConnectionString(string? configured, DataDirectory dataDirectory) =>
        new SqliteConnectionStringBuilder(configured ?? string.Empty)
        {
            DataSource = string.IsNullOrWhiteSpace(configured) ? dataDirectory.File("caredirectory.db") : new SqliteConnectionStringBuilder(configured).DataSource,
            ForeignKeys = true,
            Cache = SqliteCacheMode.Default,
        }.ToString();
}
