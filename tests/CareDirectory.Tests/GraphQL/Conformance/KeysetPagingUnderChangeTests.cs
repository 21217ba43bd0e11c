using System.Text.Json.Nodes;
using CareDirectory.Editing;
using CareDirectory.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.GraphQL.Conformance;

/// <summary>
/// Keyset cursors while another client writes (#15), on both databases; a class of its own because it adds records,
/// which the read-only conformance tests must not see.
/// </summary>
public abstract class KeysetPagingUnderChangeTests(DirectoryAppFactory app)
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    /// <summary>
    /// The reason for keyset cursors: between two pages, a record is added before the cursor, one after it, and one not
    /// yet read is archived. The next pages hold every remaining record once — nothing skipped, nothing repeated.
    /// </summary>
    [DatabaseFact]
    public async Task PagingSkipsAndRepeatsNothingWhileRecordsAreAddedAndArchived()
    {
        var admin = await AdminKeyAsync();
        var prefix = $"Keyset {Guid.NewGuid():N}"[..14];
        var ids = new Dictionary<string, string>();
        foreach (var n in new[] { "01", "03", "05", "07", "09", "11" })
        {
            ids[n] = await CreatePartnerAsync(admin, $"{prefix} {n}");
        }

        const string Page = "query($w: PartnerFilterInput, $after: String) { partners(first: 2, after: $after, where: $w) { nodes { name } pageInfo { hasNextPage endCursor } } }";
        var where = new { name = new { startsWith = prefix } };
        var first = (await _client.QueryAsync(Page, new { w = where })).Ok()["partners"]!;
        var seen = Names(first);

        await CreatePartnerAsync(admin, $"{prefix} 00");
        await CreatePartnerAsync(admin, $"{prefix} 12");
        var archived = await _client.QueryAsync("mutation($id: ID!) { archivePartner(input: { id: $id }) { __typename } }", new { id = ids["07"] }, admin);
        Assert.Empty(archived.Errors);

        var after = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        while (after is not null)
        {
            var page = (await _client.QueryAsync(Page, new { w = where, after })).Ok()["partners"]!;
            seen.AddRange(Names(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }

        Assert.Equal(new[] { "01", "03", "05", "09", "11", "12" }.Select(n => $"{prefix} {n}"), seen);
    }

    private async Task<string> AdminKeyAsync()
    {
        Assert.True(ApiKeyScope.TryParse("admin", out var scope));
        var registry = app.Services.GetRequiredService<ApiKeyRegistry>();
        return (await registry.CreateAsync(scope, "conformance", null, CancellationToken.None)).Item2;
    }

    private async Task<string> CreatePartnerAsync(string key, string name)
    {
        var response = await _client.QueryAsync("mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }",
            new { input = new { state = "NJ", name, serviceAreas = new[] { new { kind = "COUNTY", code = "34003" } } } }, key);
        return response.Ok()["createPartner"]!["partner"]!["id"]!.GetValue<string>();
    }

    private static List<string> Names(JsonNode connection) => [.. connection["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>())];
}

/// <summary>The embedded default database.</summary>
public sealed class KeysetPagingUnderChangeOnSqliteTests(DirectoryAppFactory app) : KeysetPagingUnderChangeTests(app), IClassFixture<DirectoryAppFactory>;

/// <summary>PostgreSQL.</summary>
[RequiresPostgres]
public sealed class KeysetPagingUnderChangeOnPostgresTests(PostgresAppFactory app) : KeysetPagingUnderChangeTests(app), IClassFixture<PostgresAppFactory>;
