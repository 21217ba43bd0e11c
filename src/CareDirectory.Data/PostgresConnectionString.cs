using System.Data.Common;
using Npgsql;

namespace CareDirectory.Data;

/// <summary>
/// The one place a PostgreSQL connection string gets the application's defaults; every connection the application
/// opens goes through it.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>
    /// GSS encryption off unless the connection string names it: Npgsql's default ("Prefer") first tries to load
    /// libgssapi_krb5, which the .NET container images do not carry, and logs that failure on every physical connection.
    /// A deployment that uses Kerberos says <c>GSS Encryption Mode=Prefer</c> (or <c>Require</c>) and keeps it.
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Names(connectionString, nameof(NpgsqlConnectionStringBuilder.GssEncryptionMode)))
        {
            builder.GssEncryptionMode = GssEncryptionMode.Disable;
        }

        return builder.ConnectionString;
    }

    // Npgsql accepts a keyword with or without its spaces ("GSS Encryption Mode", "GssEncryptionMode"), in any case.
    private static bool Names(string connectionString, string keyword) =>
        new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(k => string.Equals(k.Replace(" ", string.Empty, StringComparison.Ordinal), keyword, StringComparison.OrdinalIgnoreCase));
}
