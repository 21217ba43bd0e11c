using CareDirectory.Data;
using Npgsql;

namespace CareDirectory.Tests.Data;

/// <summary>
/// GSS encryption is off unless the connection string asks for it: Npgsql's default tries libgssapi_krb5, which the
/// .NET container images lack, and logs the failed load on every connection.
/// </summary>
public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void TurnsGssEncryptionOffByDefault()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults("Host=db;Database=caredirectory"));

        Assert.Equal(GssEncryptionMode.Disable, builder.GssEncryptionMode);
    }

    [Theory]
    [InlineData("Host=db;GSS Encryption Mode=Prefer", GssEncryptionMode.Prefer)]
    [InlineData("Host=db;gssencryptionmode=Require", GssEncryptionMode.Require)]
    [InlineData("Host=db;Gss Encryption Mode=Disable", GssEncryptionMode.Disable)]
    public void KeepsAModeTheConnectionStringNames(string connectionString, GssEncryptionMode expected)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(connectionString));

        Assert.Equal(expected, builder.GssEncryptionMode);
    }

    [Fact]
    public void KeepsEverythingElse()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.WithDefaults(
            "Host=primary,standby;Port=5433;Database=cd;Username=app;Password=\"pa;ss\";Maximum Pool Size=20;Target Session Attributes=prefer-standby"));

        Assert.Equal("primary,standby", builder.Host);
        Assert.Equal(5433, builder.Port);
        Assert.Equal("cd", builder.Database);
        Assert.Equal("app", builder.Username);
        Assert.Equal("pa;ss", builder.Password);
        Assert.Equal(20, builder.MaxPoolSize);
        Assert.Equal("prefer-standby", builder.TargetSessionAttributes);
    }
}
