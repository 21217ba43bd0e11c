using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Data;

/// <summary>Shared deployments: PostgreSQL through Npgsql.</summary>
public sealed class PostgresDirectoryDbContext(DbContextOptions<PostgresDirectoryDbContext> options) : DirectoryDbContext(options);
