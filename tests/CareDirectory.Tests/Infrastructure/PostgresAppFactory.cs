using Microsoft.AspNetCore.Hosting;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>
/// <see cref="DirectoryAppFactory"/> on PostgreSQL: a fresh, uniquely named database on the test server per factory,
/// dropped on dispose. The database is created only when the host is built, so a skipped class costs nothing.
/// </summary>
public class PostgresAppFactory : DirectoryAppFactory
{
    private string? _connectionString;

    public string ConnectionString => _connectionString ??= TestPostgres.CreateDatabaseAsync().GetAwaiter().GetResult();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        With("Database:Provider", "Postgres");
        With("Database:ConnectionString", ConnectionString);
        base.ConfigureWebHost(builder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null)
        {
            await TestPostgres.DropDatabaseAsync(_connectionString);
        }

        GC.SuppressFinalize(this);
    }
}
