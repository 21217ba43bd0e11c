using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.Data;

/// <summary><see cref="TextMatch"/> gives the same answers on SQLite and PostgreSQL (seeded data).</summary>
public abstract class TextMatchTests(DirectoryAppFactory app)
{
    [DatabaseFact]
    public async Task ContainsIgnoresCase()
    {
        Assert.Equal(
            ["Bergen's Promise", "CIACC of Bergen County", "Family Support Organization of Bergen County"],
            await PartnerNamesAsync("bERGEN"));
    }

    [DatabaseFact]
    public async Task ContainsTreatsWildcardsInTheTermLiterally()
    {
        Assert.Empty(await PartnerNamesAsync("%"));
        Assert.Empty(await PartnerNamesAsync("Bergen_s"));
        Assert.Equal(["Bergen's Promise"], await PartnerNamesAsync("N'S PRO"));
    }

    private async Task<List<string>> PartnerNamesAsync(string term)
    {
        app.CreateClient().Dispose();
        await using var db = app.CreateDbContext();
        var names = await db.Partners.AsNoTracking().Where(TextMatch.Contains<Partner>(db, p => p.Name, term)).Select(p => p.Name).ToListAsync();
        return names.Order(StringComparer.Ordinal).ToList();
    }
}

public sealed class TextMatchOnSqliteTests(DirectoryAppFactory app) : TextMatchTests(app), IClassFixture<DirectoryAppFactory>;

[RequiresPostgres]
public sealed class TextMatchOnPostgresTests(PostgresAppFactory app) : TextMatchTests(app), IClassFixture<PostgresAppFactory>;
