using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CareDirectory.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; for SQLite defaults to <c>caredirectory.db</c> in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the server starts (on by default for the embedded database).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Seed from <see cref="SeedPath"/> when the database has no states yet.</summary>
    public bool SeedOnStart { get; set; } = true;

    /// <summary>Folder with the seed files; relative paths are looked up from the working directory upwards.</summary>
    public string SeedPath { get; set; } = "seed-data";

    /// <summary>
    /// Seed records saved per SaveChanges (all in one transaction). The batch's entities and commands are most of what
    /// seed holds: on the medium set 5,000 peaked at 600 MB and 1,000 at 350 MB, at no cost in CPU time.
    /// </summary>
    public int SeedBatchSize { get; set; } = 1_000;

    /// <summary>
    /// Reads the section for service registration, which happens before <c>ValidateOnStart</c> can run; an unknown
    /// provider fails here with a message naming the setting instead of the binder's type-conversion error.
    /// </summary>
    public static DatabaseOptions Read(IConfiguration configuration)
    {
        var provider = configuration[$"{Section}:{nameof(Provider)}"];
        if (!string.IsNullOrWhiteSpace(provider) && !Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out _))
        {
            throw new OptionsValidationException(Section, typeof(DatabaseOptions),
                [$"{Section}:{nameof(Provider)} is '{provider}'; expected one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}."]);
        }

        return configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
    }
}
