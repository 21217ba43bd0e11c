using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CareDirectory.Data;

/// <summary>Used only by <c>dotnet ef migrations add</c>; the server configures contexts from configuration.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDirectoryDbContext>
{
    public SqliteDirectoryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDirectoryDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Used only by <c>dotnet ef migrations add</c> for the PostgreSQL migrations.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDirectoryDbContext>
{
    public PostgresDirectoryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDirectoryDbContext>().UseNpgsql("Host=localhost;Database=caredirectory_design").Options);
}
