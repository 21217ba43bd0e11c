using CareDirectory.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>
/// The real application (SQLite file, seed data, all middleware) in-process, with its own data directory,
/// so every test class gets a fresh, seeded database and nothing is shared between tests.
/// </summary>
public class DirectoryAppFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new();
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public string DataDirectory => _data.Path;

    /// <summary>Adds a configuration value (same keys as appsettings.json); call before the first request.</summary>
    public DirectoryAppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public DirectoryDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContext();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("data-dir", _data.Path);
        builder.UseSetting("Database:SeedPath", RepositoryPaths.SeedData);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
