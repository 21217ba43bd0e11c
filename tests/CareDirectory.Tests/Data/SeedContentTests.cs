using System.Net;
using CareDirectory.Domain;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.Data;

/// <summary>
/// The server's first start on an empty database migrates and seeds; the content matches the sources.
/// Runs once per provider (<see cref="SeedContentOnSqliteTests"/>, <see cref="SeedContentOnPostgresTests"/>).
/// </summary>
public abstract class SeedContentTests(DirectoryAppFactory app)
{
    [DatabaseFact]
    public async Task FirstStartSeedsAndReportsReady()
    {
        using var client = app.CreateClient();

        // Readiness also waits for the first search index build, which runs in the background after start-up.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        while (ready.StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        }

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("migrations applied", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
    }

    [DatabaseFact]
    public async Task BergenHasTheFourCountyPartnersTheSourceNames()
    {
        app.CreateClient().Dispose();
        await using var db = app.CreateDbContext();
        var bergen = await db.Counties.SingleAsync(c => c.Fips == "34003");
        var partners = await db.Partners.AsNoTracking()
            .Where(p => p.ServiceAreas.Any(a => a.CountyId == bergen.Id))
            .OrderBy(p => p.Name)
            .Select(p => new { p.Name, p.Roles })
            .ToListAsync();

        Assert.Equal(
            [
                ("Bergen's Promise", PartnerRole.CareManagement),
                ("CIACC of Bergen County", PartnerRole.InteragencyCouncil),
                ("CarePlusNJ", PartnerRole.MobileResponse),
                ("Family Support Organization of Bergen County", PartnerRole.FamilySupport),
            ],
            partners.Select(p => (p.Name, p.Roles.Single())).OrderBy(p => p.Name, StringComparer.Ordinal).ToList());
    }

    [DatabaseFact]
    public async Task NewJerseyHasItsStatewideAccessLineAnd21Counties()
    {
        app.CreateClient().Dispose();
        await using var db = app.CreateDbContext();
        var nj = await db.States.AsNoTracking().SingleAsync(s => s.Code == "NJ");
        var line = Assert.Single(nj.AccessPoints);
        Assert.Equal("1-877-652-7624", line.Phone);
        Assert.True(line.TollFree);
        Assert.True(line.Available24x7);
        Assert.Contains(line.WhoMayCall, w => w.Contains("parent/guardian must make the call", StringComparison.Ordinal));
        Assert.Equal(21, await db.Counties.CountAsync(c => c.StateId == nj.Id));
        // Illinois has a Warren County too (17187): slugs are unique per state.
        Assert.Equal("34041", (await db.Counties.SingleAsync(c => c.Slug == "warren" && c.StateId == nj.Id)).Fips);
    }

    [DatabaseFact]
    public async Task IllinoisHasIts102CensusCountiesAndTheJcfsProgramStaysServedByLan()
    {
        app.CreateClient().Dispose();
        await using var db = app.CreateDbContext();
        var il = await db.States.AsNoTracking().SingleAsync(s => s.Code == "IL");
        var counties = await db.Counties.AsNoTracking().Where(c => c.StateId == il.Id).ToListAsync();
        Assert.Equal(102, counties.Count);
        Assert.All(counties, c => Assert.Matches("^17[0-9]{3}$", c.Fips));
        Assert.Equal("17031", counties.Single(c => c.Slug == "cook").Fips);
        Assert.Equal("St. Clair", counties.Single(c => c.Fips == "17163").Name);
        var jcfs = await db.Programs.AsNoTracking().SingleAsync(p => p.Key == "il/jcfs/system-of-care");
        Assert.All(jcfs.ServiceAreas, a => Assert.Null(a.CountyId));
    }

    [DatabaseFact]
    public async Task JcfsProgramHasItsTenComponentsInOrderAndIsServedByLan()
    {
        app.CreateClient().Dispose();
        await using var db = app.CreateDbContext();
        var program = await db.Programs.AsNoTracking().Include(p => p.ServiceAreas).SingleAsync(p => p.Key == "il/jcfs/system-of-care");
        Assert.Equal(
            ["Intake and Consultation", "Assessment", "Team Meeting", "Family Therapy", "Individual Therapy", "Collateral Therapeutic Interventions",
             "Court, School and Community Advocacy", "Linkage Services", "Crisis Intervention & Response", "Respite Care"],
            program.Components.OrderBy(c => c.Position).Select(c => c.Name));
        Assert.Equal(Enumerable.Range(1, 10), program.Components.Select(c => c.Position).Order());
        Assert.Equal(["37A", "40", "41", "63", "65", "67"], program.ServiceAreas.Select(a => a.Code).Order(StringComparer.Ordinal));
        Assert.All(program.ServiceAreas, a => Assert.Equal(ServiceAreaKind.Lan, a.Kind));
        Assert.True(program.ServiceAreas.Single(a => a.Code == "67").Partial);
        Assert.Equal("SOC referral form", program.Referral.FormName);
        Assert.Equal("Generally a six-month time frame", program.TypicalDuration);
    }

    [DatabaseFact]
    public async Task MobileResponseStatesResponseTimeDurationAndPayment()
    {
        app.CreateClient().Dispose();
        await using var db = app.CreateDbContext();
        var mrss = await db.Programs.AsNoTracking().SingleAsync(p => p.Key == "nj/bergen/mrss");
        Assert.Contains("one hour", mrss.ResponseTime, StringComparison.Ordinal);
        Assert.Contains("eight weeks", mrss.TypicalDuration, StringComparison.Ordinal);
        Assert.True(mrss.Availability.Available24x7);
        Assert.False(mrss.Cost.Free);
        Assert.Equal(["Medicaid", "NJ FamilyCare", "Commercial insurance", "Self-pay"], mrss.Cost.PaymentOptions);
        Assert.Equal(21, mrss.Eligibility.MaximumAge);
    }

    [DatabaseFact]
    public async Task EverySeedRecordNamesItsSourceAndVerificationDate()
    {
        app.CreateClient().Dispose();
        await using var db = app.CreateDbContext();
        var sources = new List<Provenance>();
        sources.AddRange(await db.States.AsNoTracking().Select(e => e.Provenance).ToListAsync());
        sources.AddRange(await db.Counties.AsNoTracking().Select(e => e.Provenance).ToListAsync());
        sources.AddRange(await db.Partners.AsNoTracking().Select(e => e.Provenance).ToListAsync());
        sources.AddRange(await db.Programs.AsNoTracking().Select(e => e.Provenance).ToListAsync());
        sources.AddRange(await db.Meetings.AsNoTracking().Select(e => e.Provenance).ToListAsync());
        sources.AddRange(await db.EducatorResources.AsNoTracking().Select(e => e.Provenance).ToListAsync());

        // States, counties (NJ, IL), partners (8 from the source documents, 36 from public pages), programs, meetings (4 + 12), resources.
        Assert.Equal(2 + (21 + 102) + (8 + 36) + 5 + (4 + 12) + 5, sources.Count);
        // The sources seed-data/README.md lists: the three source documents and the public reference data.
        var known = File.ReadLines(Path.Combine(RepositoryPaths.SeedData, "README.md"))
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| source", StringComparison.Ordinal) && !line.StartsWith("|---", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)[1].Trim('`'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("001_21156fed21ad4c51.txt", known);
        Assert.All(sources, p =>
        {
            Assert.Contains(p.Source, known);
            Assert.NotEqual(default, p.LastVerified);
        });
    }
}

public sealed class SeedContentOnSqliteTests(DirectoryAppFactory app) : SeedContentTests(app), IClassFixture<DirectoryAppFactory>;

[RequiresPostgres]
public sealed class SeedContentOnPostgresTests(PostgresAppFactory app) : SeedContentTests(app), IClassFixture<PostgresAppFactory>;
