using CareDirectory.Bench;
using CareDirectory.Domain;
using CareDirectory.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.GraphQL;

/// <summary>DataLoader batching: a county page costs the same number of SQL commands whatever the number of partners.</summary>
public sealed class SqlCommandCountTests(SqlCommandCountTests.App app) : IClassFixture<SqlCommandCountTests.App>
{
    /// <summary>
    /// A 40-partner county page is past the default cost limit; this test is about SQL, not cost. The search
    /// worker is off to keep the machine quiet (the counter counts only commands sent while serving a request).
    /// </summary>
    public sealed class App : DirectoryAppFactory
    {
        public App()
        {
            With("GraphQL:MaxCost", "100000");
            With("Search:Sync:Enabled", "false");
        }

        // The bench host's counter: the product executable carries none.
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSqlCommandCounter());
        }
    }

    private readonly GraphQLClient _client = new(app.CreateClient());

    [Fact]
    public async Task CountyPageCostsAConstantNumberOfSqlCommands()
    {
        var few = await CommandsForCountyPageAsync(partners: 2);
        var seeded = await CommandsForCountyPageAsync(partners: 20);

        await AddSyntheticPartnersAsync(30);
        var many = await CommandsForCountyPageAsync(partners: 40);

        Assert.Equal(few, seeded);
        Assert.Equal(few, many);
        Assert.InRange(few, 5, 12);
    }

    private async Task<long> CommandsForCountyPageAsync(int partners)
    {
        var counter = app.Services.GetRequiredService<SqlCommandCounter>();
        var before = counter.Count;
        var data = (await _client.QueryAsync(CountyPageQuery.Text, new { state = "NJ", slug = "bergen", partners })).Ok();
        var after = counter.Count;
        Assert.Equal(Math.Min(partners, data["county"]!["partners"]!["totalCount"]!.GetValue<int>()), data["county"]!["partners"]!["nodes"]!.AsArray().Count);
        return after - before;
    }

    /// <summary>Synthetic partners (labelled as such), each with two programs, serving Bergen County.</summary>
    private async Task AddSyntheticPartnersAsync(int count)
    {
        await using var db = app.CreateDbContext();
        var bergen = await db.Counties.SingleAsync(c => c.Fips == "34003");
        var therapy = await db.ServiceTypes.SingleAsync(t => t.Code == "therapy.family");
        var provenance = new Provenance { Source = "synthetic test data (SqlCommandCountTests)", LastVerified = new DateOnly(2026, 11, 25) };
        for (var i = 0; i < count; i++)
        {
            var partner = new Partner
            {
                Id = Guid.NewGuid(),
                Key = $"synthetic/partner-{i}",
                Name = $"Synthetic partner {i:D2}",
                StateId = bergen.StateId,
                Roles = [PartnerRole.Provider],
                ServiceAreas = [new ServiceArea { Kind = ServiceAreaKind.County, Code = bergen.Fips, StateId = bergen.StateId, CountyId = bergen.Id }],
                Provenance = provenance with { },
                Version = 1,
            };
            db.Partners.Add(partner);
            for (var p = 0; p < 2; p++)
            {
                db.Programs.Add(new CareProgram
                {
                    Id = Guid.NewGuid(),
                    Key = $"synthetic/partner-{i}/program-{p}",
                    Name = $"Synthetic program {i:D2}-{p}",
                    PartnerId = partner.Id,
                    StateId = bergen.StateId,
                    ServiceTypes = [therapy],
                    Components = [new ProgramComponent { Position = 1, Name = "Intake" }],
                    ServiceAreas = [new ServiceArea { Kind = ServiceAreaKind.County, Code = bergen.Fips, StateId = bergen.StateId, CountyId = bergen.Id }],
                    Provenance = provenance with { },
                    Version = 1,
                });
            }
        }

        await db.SaveChangesAsync();
    }
}
