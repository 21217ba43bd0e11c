using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.Data;

/// <summary>
/// The EF model (entities plus their configurations) is exactly what each provider's migrations build: a configuration
/// change without its migration fails here instead of at a deployment's first write. No database is opened.
/// </summary>
public sealed class MigrationsMatchTheModelTests
{
    [Fact]
    public void TheSqliteMigrationsBuildTheCurrentModel()
    {
        using var db = new SqliteDirectoryDbContext(new DbContextOptionsBuilder<SqliteDirectoryDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The SQLite model has changes no migration applies: add one (dotnet ef migrations add ... --context SqliteDirectoryDbContext).");
    }

    [Fact]
    public void ThePostgresMigrationsBuildTheCurrentModel()
    {
        using var db = new PostgresDirectoryDbContext(new DbContextOptionsBuilder<PostgresDirectoryDbContext>().UseNpgsql("Host=unused.invalid").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The PostgreSQL model has changes no migration applies: add one (dotnet ef migrations add ... --context PostgresDirectoryDbContext).");
    }
}
