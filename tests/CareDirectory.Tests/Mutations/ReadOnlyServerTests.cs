using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareDirectory.Editing;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CareDirectory.Tests.Mutations;

/// <summary>
/// A process whose connection reaches a read-only PostgreSQL server, as a standby in a multi-host connection string
/// does: PostgreSQL itself refuses the write (<c>default_transaction_read_only</c>, the same SQLSTATE 25006 a standby
/// gives). A mutation answers READ_ONLY, nothing is written, and the server still serves reads and search.
/// </summary>
[RequiresPostgres]
public sealed class ReadOnlyServerTests
{
    [DatabaseFact]
    public async Task AWriteToAReadOnlyServerAnswersReadOnlyAndSearchStillFollows()
    {
        await using var primary = new PostgresAppFactory();
        primary.CreateClient().Dispose();
        Assert.True(ApiKeyScope.TryParse("admin", out var admin));
        var (_, secret) = await primary.Services.GetRequiredService<ApiKeyRegistry>().CreateAsync(admin, "read-only test", null, CancellationToken.None);

        await using var standby = new DirectoryAppFactory()
            .With("Database:Provider", "Postgres")
            .With("Database:ConnectionString", new NpgsqlConnectionStringBuilder(primary.ConnectionString) { Options = "-c default_transaction_read_only=on" }.ConnectionString)
            .With("Database:MigrateOnStart", "false")
            .With("Database:SeedOnStart", "false");
        using var http = standby.CreateClient();
        var changes = await ChangeCountAsync(primary);

        var body = await CreatePartnerAsync(http, secret, "Standby Writes Nothing");

        Assert.Equal("READ_ONLY", body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Contains("read-only", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(changes, await ChangeCountAsync(primary));

        // The sync worker copes: it builds its own index from the read-only server (keeping its checkpoint in memory)
        // and then follows writes made through the primary.
        var search = new Search.SearchClient(new GraphQLClient(http));
        await search.IndexedAsync();
        using var primaryHttp = primary.CreateClient();
        var write = await CreatePartnerAsync(primaryHttp, secret, "Quillfeather Family Network");
        Assert.True(write["errors"] is null && write["data"]!["createPartner"]!["errors"] is null, write.ToJsonString());
        await search.EventuallyAsync(new { query = "quillfeather" }, s => s["totalCount"]!.GetValue<int>() == 1, "the read-only process's index has the primary's write");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }

    private static async Task<JsonNode> CreatePartnerAsync(HttpClient http, string key, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new
            {
                query = $"mutation($input: CreatePartnerInput!) {{ createPartner(input: $input) {{ partner {{ id }} {EditorApp.ErrorsSelection} }} }}",
                variables = new { input = new { state = "NJ", name, serviceAreas = new[] { new { kind = "COUNTY", code = "34003" } } } },
            }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<int> ChangeCountAsync(DirectoryAppFactory app)
    {
        await using var db = app.CreateDbContext();
        return await db.ChangeLog.CountAsync();
    }
}
