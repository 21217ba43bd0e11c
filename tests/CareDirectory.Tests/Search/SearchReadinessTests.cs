using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.Search;

/// <summary>
/// On first start the server builds the index in the background; until that build completes searches would find
/// nothing, so <c>/health/ready</c> says so (503, with the build's progress) and only then reports Healthy.
/// </summary>
public sealed class SearchReadinessTests
{
    [Fact]
    public async Task ReadinessWaitsForTheFirstIndexBuild()
    {
        using var app = new FaultInjectingAppFactory(holdRebuild: true);
        var http = app.CreateClient();
        var search = new SearchClient(new GraphQLClient(http));
        int documents;
        await using (var db = app.CreateDbContext())
        {
            documents = await db.Partners.CountAsync() + await db.Programs.CountAsync() + await db.Meetings.CountAsync() + await db.EducatorResources.CountAsync();
        }

        var building = await EventuallyReadyReportAsync(http, r => r.Description.Contains("building", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, building.Status);
        Assert.Equal("Unhealthy", building.Report["status"]!.GetValue<string>());
        Assert.Equal($"search index building: 0 of {documents} documents", building.Description);
        Assert.Equal(0, (await search.SearchAsync(new { first = 1 }))["totalCount"]!.GetValue<int>());

        app.ReleaseRebuild();

        // Once built, readiness also says how far the index is behind the database: nothing, after the build.
        var ready = await EventuallyReadyReportAsync(http, r => r.Status == HttpStatusCode.OK && r.Description.Contains("behind", StringComparison.Ordinal));
        Assert.Equal("Healthy", ready.Report["status"]!.GetValue<string>());
        Assert.Matches(@"^search index built; 0 change-log entries behind the database \(index at (\d+), committed through \1\)$", ready.Description);
        Assert.Equal(documents, (await search.SearchAsync(new { first = 1 }))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReadinessReportsHowFarTheIndexIsBehindTheDatabase()
    {
        using var app = new FaultInjectingAppFactory();
        var http = app.CreateClient();
        await EventuallyReadyReportAsync(http, r => r.Description.Contains(" 0 change-log entries behind", StringComparison.Ordinal));

        // The index stops accepting writes; two committed changes wait for it.
        app.Index.Down = true;
        for (var edit = 1; edit <= 2; edit++)
        {
            await using var db = app.CreateDbContext();
            var program = await db.Programs.SingleAsync(p => p.Key == "nj/csoc-access-line");
            program.Description += $" Edit {edit}.";
            program.LastModified = DateTimeOffset.UtcNow;
            program.Version++;
            await db.SaveChangesAsync();
        }

        var behind = await EventuallyReadyReportAsync(http, r => r.Description.Contains(" 2 change-log entries behind", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, behind.Status);
        Assert.Equal("Healthy", behind.Report["checks"]!["searchIndexBuild"]!["status"]!.GetValue<string>());

        app.Index.Down = false;
        await EventuallyReadyReportAsync(http, r => r.Description.Contains(" 0 change-log entries behind", StringComparison.Ordinal));
    }

    private sealed record ReadyReport(HttpStatusCode Status, JsonNode Report)
    {
        public string Description => Report["checks"]!["searchIndexBuild"]!["description"]!.GetValue<string>();
    }

    private static async Task<ReadyReport> EventuallyReadyReportAsync(HttpClient http, Func<ReadyReport, bool> done)
    {
        var deadline = DateTime.UtcNow + SearchClient.Timeout;
        while (true)
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
            var report = new ReadyReport(response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonNode>())!);
            if (done(report))
            {
                return report;
            }

            Assert.True(DateTime.UtcNow < deadline, $"timed out; last readiness report: {report.Report.ToJsonString()}");
            await Task.Delay(50);
        }
    }
}
