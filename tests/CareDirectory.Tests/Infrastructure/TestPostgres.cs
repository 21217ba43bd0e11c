using Npgsql;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the test run may use: <c>CAREDIRECTORY_TEST_POSTGRES</c> (set by <c>.ci/start-services</c>).
/// Each user gets a database of its own, so PostgreSQL tests stay independent and parallel-safe.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "CAREDIRECTORY_TEST_POSTGRES";

    public static string? ServerConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string SkipReason => $"{Variable} is not set: no PostgreSQL server for this run (source .ci/start-services)";

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = $"caredirectory_test_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(Server()) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        // Connections of the application under test (pooled here, or held by server processes it started) would block
        // the drop: end those of our own role. Not WITH (FORCE): it also tries to end an autovacuum worker busy in the
        // database, which a role without superuser may not (42501), while a plain DROP cancels autovacuum itself.
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND usename = current_user AND pid <> pg_backend_pid()");
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\"");
    }

    private static string Server() => ServerConnectionString ?? throw new InvalidOperationException(SkipReason);

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server()) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
