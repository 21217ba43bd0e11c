using System.Text.Json.Nodes;
using CareDirectory.Editing;
using CareDirectory.Tests.GraphQL.Paging;
using CareDirectory.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CareDirectory.Tests.GraphQL.Conformance;

/// <summary>
/// Sorting through an optional relation (#15): <c>meetings(order: [{ organizer: { name: ASC } }])</c> where some meetings
/// have no organizer. Records without one come first ascending and last descending on both databases, and keyset paging
/// over the null keys walks every page both ways and answers every random page as the in-memory order says. The
/// in-memory order takes its string comparisons from the database (partner names and meeting titles as it sorts them),
/// so it checks the null rule and the keyset conditions, not a collation. A class of its own because it adds meetings.
/// </summary>
public abstract class NullSortKeyPagingTests(DirectoryAppFactory app)
{
    private const string Page = """
        query($order: [MeetingSortInput!], $first: Int, $after: String, $last: Int, $before: String) {
          top: meetings(state: "NJ", order: $order, first: $first, after: $after, last: $last, before: $before) { ...page }
          county(state: "NJ", slug: "bergen") {
            meetings(order: $order, first: $first, after: $after, last: $last, before: $before) { ...page }
          }
        }
        fragment page on MeetingConnection {
          totalCount
          edges { cursor node { id } }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        }
        """;

    private readonly GraphQLClient _client = new(app.CreateClient());

    [DatabaseFact]
    public async Task MeetingsWithoutAnOrganizerComeFirstAscendingAndPageBothWays() =>
        await CheckAsync(new object[] { new { organizer = new { name = "ASC" } }, new { title = "ASC" } }, organizerDescending: false, seed: 1501);

    [DatabaseFact]
    public async Task MeetingsWithoutAnOrganizerComeLastDescendingAndPageBothWays() =>
        await CheckAsync(new object[] { new { organizer = new { name = "DESC" } }, new { title = "ASC" } }, organizerDescending: true, seed: 1502);

    private async Task CheckAsync(object order, bool organizerDescending, int seed)
    {
        await EnsureMeetingsWithoutOrganizerAsync();
        var partnerNames = Values((await _client.QueryAsync("{ partners(first: 50, order: [{ name: ASC }]) { totalCount nodes { name } } }")).Ok()["partners"]!, "name");
        var byTitle = (await _client.QueryAsync("""{ meetings(state: "NJ", first: 50, order: [{ title: ASC }]) { nodes { id organizer { name } } } }""")).Ok()["meetings"]!["nodes"]!.AsArray();
        var bergen = Values((await _client.QueryAsync("""{ county(state: "NJ", slug: "bergen") { meetings(first: 50) { nodes { id } } } }""")).Ok()["county"]!["meetings"]!, "id");
        Assert.True(byTitle.Count is > 16 and < 50, $"{byTitle.Count} NJ meetings");

        // Null is the smallest key: no organizer first ascending, last descending; then the database's name order.
        var meetings = byTitle.Select((m, titleRank) => (
            Id: m!["id"]!.GetValue<string>(),
            Name: m["organizer"]?["name"]?.GetValue<string>(),
            TitleRank: titleRank)).ToList();
        int NameRank(string? name) => name is null ? -1 : partnerNames.IndexOf(name);
        Assert.DoesNotContain(meetings, m => m.Name is not null && NameRank(m.Name) < 0);
        var expected = (organizerDescending
                ? meetings.OrderByDescending(m => NameRank(m.Name))
                : meetings.OrderBy(m => NameRank(m.Name)))
            .ThenBy(m => m.TitleRank).Select(m => m.Id).ToList();
        Assert.Contains(expected, id => meetings.Single(m => m.Id == id).Name is null);

        var top = new ConnectionWalk(paging => PageAsync(order, paging, county: false));
        await top.CheckAsync(expected, seed, rounds: 40);
        var nested = new ConnectionWalk(paging => PageAsync(order, paging, county: true));
        await nested.CheckAsync([.. expected.Where(bergen.Contains)], seed + 100, rounds: 40);
    }

    private async Task<ConnectionPage> PageAsync(object order, PageArguments paging, bool county)
    {
        var data = (await _client.QueryAsync(Page, new { order, paging.First, paging.After, paging.Last, paging.Before })).Ok();
        return ConnectionPage.Read(county ? data["county"]!["meetings"]! : data["top"]!, node => node["id"]!.GetValue<string>());
    }

    /// <summary>Meetings without an organizer, two with the same title (their order is the id's), in Bergen and statewide.</summary>
    private async Task EnsureMeetingsWithoutOrganizerAsync()
    {
        var existing = await _client.QueryAsync("""{ meetings(state: "NJ", first: 1, where: { title: { startsWith: "Unorganised" } }) { totalCount } }""");
        if (existing.Ok()["meetings"]!["totalCount"]!.GetValue<int>() > 0)
        {
            return;
        }

        Assert.True(ApiKeyScope.TryParse("admin", out var scope));
        var admin = (await app.Services.GetRequiredService<ApiKeyRegistry>().CreateAsync(scope, "null sort keys", null, CancellationToken.None)).Item2;
        foreach (var (title, county) in new[] { ("Unorganised coffee hour", "34003"), ("Unorganised coffee hour", "34003"), ("Unorganised statewide call", null), ("Unorganised Bergen forum", "34003") })
        {
            var created = await _client.QueryAsync(
                "mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } errors { ... on Error { message } } } }",
                new { input = new { state = "NJ", county, title } },
                admin);
            Assert.True(created.Ok()["createMeeting"]!["meeting"] is not null, created.Body.ToJsonString());
        }
    }

    private static List<string> Values(JsonNode connection, string field) => [.. connection["nodes"]!.AsArray().Select(n => n![field]!.GetValue<string>())];
}

/// <summary>The embedded default database (SQLite itself sorts null first ascending).</summary>
public sealed class NullSortKeyPagingOnSqliteTests(DirectoryAppFactory app) : NullSortKeyPagingTests(app), IClassFixture<DirectoryAppFactory>;

/// <summary>PostgreSQL (which by itself sorts null last ascending).</summary>
[RequiresPostgres]
public sealed class NullSortKeyPagingOnPostgresTests(PostgresAppFactory app) : NullSortKeyPagingTests(app), IClassFixture<PostgresAppFactory>;
