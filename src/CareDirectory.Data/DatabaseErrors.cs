using Microsoft.Data.Sqlite;
using Npgsql;

namespace CareDirectory.Data;

/// <summary>What a database failure means, whatever the provider.</summary>
public static class DatabaseErrors
{
    /// <summary>PostgreSQL's read_only_sql_transaction: a standby (hot standby or a multi-host string's replica) or a read-only session.</summary>
    private const string PostgresReadOnly = "25006";

    /// <summary>SQLITE_READONLY: the file or its folder cannot be written.</summary>
    private const int SqliteReadOnly = 8;

    /// <summary>
    /// What a refused write means and what to do, in the words every entry point (GraphQL's READ_ONLY error, the
    /// command line) gives it.
    /// </summary>
    public const string ReadOnlyExplanation =
        "The database server this process reached is read-only (a standby): nothing was written. Retry against the primary; in a multi-host connection string use Target Session Attributes=primary or read-write for servers that accept writes.";

    /// <summary>True when the failure, or one it wraps, is a write refused because the server or file is read-only.</summary>
    public static bool IsReadOnly(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresReadOnly } or SqliteException { SqliteErrorCode: SqliteReadOnly })
            {
                return true;
            }
        }

        return false;
    }
}
