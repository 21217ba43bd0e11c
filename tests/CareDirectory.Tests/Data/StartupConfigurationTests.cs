using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Data;

/// <summary>Bad database settings stop the process at start-up with one line naming the setting, exit code 2.</summary>
public sealed class StartupConfigurationTests
{
    [Fact]
    public async Task AnUnknownProviderFailsStartupNamingTheSetting()
    {
        using var data = new TempFolder();
        var result = await CliRunner.RunAsync(new Dictionary<string, string> { ["Database__Provider"] = "Oracle" }, "migrate", "--data-dir", data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: configuration: Database:Provider is 'Oracle'; expected one of Sqlite, Postgres.", result.Stderr.Trim());
    }

    [Fact]
    public async Task PostgresWithoutAConnectionStringFailsServerStartupNamingTheSetting()
    {
        using var data = new TempFolder();
        var result = await CliRunner.RunAsync(new Dictionary<string, string> { ["Database__Provider"] = "Postgres" }, "serve", "--data-dir", data.Path, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: configuration: Database:ConnectionString is required when Database:Provider is Postgres", result.Stderr.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", result.Stderr, StringComparison.Ordinal);
    }
}
