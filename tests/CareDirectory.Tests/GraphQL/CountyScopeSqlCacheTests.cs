using CareDirectory.Bench;
using CareDirectory.Data;
using CareDirectory.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.GraphQL;

/// <summary>
/// County pages reuse the SQL EF Core generated for them (#21): after a first page, no query of a county page — the
/// county-scoped counts and pages above all — has its SQL built again, over GraphQL and in the bench's hand-written
/// plain page alike, whichever county and page size. A scope whose SQL depends on parameter values (a list of
/// nullable ids) is left out of EF Core's SQL cache and fails this.
/// </summary>
public abstract class CountyScopeSqlCacheTests(CountyScopeSqlCacheTests.IRecordingApp app)
{
    /// <summary>The app with the recorder among its interceptors, the response cache off (the cache would answer repeats without SQL).</summary>
    public interface IRecordingApp
    {
        IServiceProvider Services { get; }

        HttpClient CreateRecordingClient();
    }

    private static readonly (string State, string Slug, int Partners)[] _pages = [("NJ", "bergen", 2), ("NJ", "atlantic", 20), ("NJ", "bergen", 20), ("NJ", "burlington", 5)];

    private readonly GraphQLClient _client = new(app.CreateRecordingClient());

    [DatabaseFact]
    public async Task GraphQLCountyPagesDoNotRebuildTheirSql()
    {
        await GraphQLPagesAsync();

        using var recording = SqlTextRecorder.Record();
        await GraphQLPagesAsync();
        await GraphQLPagesAsync();

        AssertNothingRebuilt(recording);
    }

    [DatabaseFact]
    public async Task PlainCountyPagesDoNotRebuildTheirSql()
    {
        var plain = new PlainCountyPageQuery(app.Services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>());
        await PlainPagesAsync(plain);

        using var recording = SqlTextRecorder.Record();
        await PlainPagesAsync(plain);
        await PlainPagesAsync(plain);

        AssertNothingRebuilt(recording);
    }

    private async Task GraphQLPagesAsync()
    {
        foreach (var (state, slug, partners) in _pages)
        {
            var data = (await _client.QueryAsync(CountyPageQuery.Text, new { state, slug, partners })).Ok();
            Assert.NotNull(data["county"]);
        }
    }

    private static async Task PlainPagesAsync(PlainCountyPageQuery plain)
    {
        foreach (var (state, slug, partners) in _pages)
        {
            Assert.NotNull(await plain.LoadAsync(state, slug, partners, CancellationToken.None));
        }
    }

    private static void AssertNothingRebuilt(SqlTextRecorder.Recording recording)
    {
        var executions = recording.Executions;
        // The county-scoped queries ran, and each more than once: reuse was there to be seen.
        Assert.Contains(executions, e => e.Key.Contains("ServiceArea", StringComparison.Ordinal) && e.Value >= 2);
        var rebuilt = recording.Rebuilt;
        Assert.True(rebuilt.Count == 0, $"SQL generated again on later county pages ({rebuilt.Count} queries):\n" +
            string.Join("\n---\n", rebuilt.Select(r => $"{r.Value} times: {r.Key}")));
    }

    /// <summary>The recorder goes in through the data layer's interceptor list; the test server lets the test's recording scope flow into requests.</summary>
    private static void AddRecorder(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor, SqlTextRecorder>());

    public sealed class SqliteApp : DirectoryAppFactory, IRecordingApp
    {
        public SqliteApp() => With("GraphQL:ResponseCache:Enabled", "false").With("Search:Sync:Enabled", "false").With("GraphQL:MaxCost", "100000");

        public HttpClient CreateRecordingClient()
        {
            Server.PreserveExecutionContext = true;
            return CreateClient();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            AddRecorder(builder);
        }
    }

    public sealed class PostgresApp : PostgresAppFactory, IRecordingApp
    {
        public PostgresApp() => With("GraphQL:ResponseCache:Enabled", "false").With("Search:Sync:Enabled", "false").With("GraphQL:MaxCost", "100000");

        public HttpClient CreateRecordingClient()
        {
            Server.PreserveExecutionContext = true;
            return CreateClient();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            AddRecorder(builder);
        }
    }
}

public sealed class CountyScopeSqlCacheOnSqliteTests(CountyScopeSqlCacheTests.SqliteApp app) : CountyScopeSqlCacheTests(app), IClassFixture<CountyScopeSqlCacheTests.SqliteApp>;

[RequiresPostgres]
public sealed class CountyScopeSqlCacheOnPostgresTests(CountyScopeSqlCacheTests.PostgresApp app) : CountyScopeSqlCacheTests(app), IClassFixture<CountyScopeSqlCacheTests.PostgresApp>;
