using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Data;

/// <summary>Shared deployments: PostgreSQL through Npgsql.</summary>
public sealed class PostgresDirectoryDbContext(DbContextOptions<PostgresDirectoryDbContext> options) : DirectoryDbContext(options)
{
    private const string LocalTimestamp = "timestamp without time zone";

    /// <summary>
    /// Every <see cref="DateTime"/> in the model is a local wall-clock time (a meeting's start and exception dates in
    /// its own time zone, kind Unspecified); instants are <see cref="DateTimeOffset"/>. Npgsql maps DateTime to
    /// timestamptz and refuses non-UTC values, so local times are stored as timestamps without time zone, as SQLite
    /// stores them. Covers single values and the elements of lists such as <c>ExceptionDates</c>.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (IsDateTime(property.ClrType))
            {
                property.SetColumnType(LocalTimestamp);
            }
            else if (property.GetElementType() is { } element && IsDateTime(element.ClrType))
            {
                element.SetStoreType(LocalTimestamp);
            }
        }
    }

    private static bool IsDateTime(Type type) => type == typeof(DateTime) || type == typeof(DateTime?);
}
