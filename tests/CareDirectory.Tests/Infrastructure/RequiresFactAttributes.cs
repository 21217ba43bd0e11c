namespace CareDirectory.Tests.Infrastructure;

/// <summary>A test that needs node and the graphql-http package (<c>npm ci --prefix .ci</c>); reported as skipped without them, never silently passed.</summary>
public sealed class RequiresGraphQLHttpAuditFactAttribute : FactAttribute
{
    public RequiresGraphQLHttpAuditFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(RepositoryPaths.Root, ".ci", "node_modules", "graphql-http")))
        {
            Skip = "needs .ci/node_modules (npm ci --prefix .ci), as .ci/run installs";
        }
    }
}

/// <summary>A test that needs Debian's Chromium; reported as skipped without it.</summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public RequiresChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"needs {Chromium} (apt-get install chromium), as .ci/run installs";
        }
    }
}

/// <summary>A test that needs both the PostgreSQL test server and the npm clients of .ci/; reported as skipped without either.</summary>
public sealed class RequiresPostgresAndNpmClientsFactAttribute : FactAttribute
{
    public RequiresPostgresAndNpmClientsFactAttribute()
    {
        if (TestPostgres.ServerConnectionString is null)
        {
            Skip = TestPostgres.SkipReason;
        }
        else if (!Directory.Exists(Path.Combine(RepositoryPaths.Root, ".ci", "node_modules", "graphql-ws")))
        {
            Skip = "needs .ci/node_modules (npm ci --prefix .ci), as .ci/run installs";
        }
    }
}
