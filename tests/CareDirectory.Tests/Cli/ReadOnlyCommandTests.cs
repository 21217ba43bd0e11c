using CareDirectory.Tests.Infrastructure;
using Npgsql;

namespace CareDirectory.Tests.Cli;

/// <summary>
/// A command whose connection reaches a read-only PostgreSQL server (a standby, simulated with
/// <c>default_transaction_read_only</c>, which gives the same SQLSTATE 25006) says so and what to do, with the
/// database exit code, in the words the GraphQL endpoint's READ_ONLY error uses; nothing is written.
/// </summary>
[RequiresPostgres]
public sealed class ReadOnlyCommandTests
{
    [DatabaseFact]
    public async Task AWriteThroughAStandbyExitsWithTheDatabaseCodeAndSaysItIsReadOnly()
    {
        await using var primary = new PostgresAppFactory();
        primary.CreateClient().Dispose();
        using var data = new TempFolder();
        var standby = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = new NpgsqlConnectionStringBuilder(primary.ConnectionString) { Options = "-c default_transaction_read_only=on" }.ConnectionString,
        };

        var created = await CliRunner.RunAsync(standby, "keys", "create", "--admin", "--data-dir", data.Path);

        Assert.Equal(3, created.ExitCode);
        Assert.Contains("read-only (a standby): nothing was written", created.Stderr, StringComparison.Ordinal);
        Assert.Contains("Target Session Attributes", created.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", created.Stderr, StringComparison.Ordinal);
        var listed = await CliRunner.RunAsync(new Dictionary<string, string>(standby) { ["Database__ConnectionString"] = primary.ConnectionString }, "keys", "list", "--data-dir", data.Path);
        Assert.Equal(0, listed.ExitCode);
        Assert.DoesNotContain("admin", listed.Stdout, StringComparison.Ordinal);
    }
}
