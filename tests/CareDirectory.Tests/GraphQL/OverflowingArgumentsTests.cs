using System.Net;
using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL;

/// <summary>
/// Dates and positions at the edges of their types: each is refused naming its argument (INVALID_ARGUMENT, a 400) or
/// saturates, never overflows into INTERNAL_ERROR, a wrapped page or a restarted list (#16).
/// </summary>
public sealed class OverflowingArgumentsTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    [Theory]
    [InlineData("""{ meetings(first: 1) { nodes { occurrences(from: "9999-12-31T23:59:59Z") { start } } } }""", "`from`")]
    [InlineData("""{ meetings(first: 1) { nodes { occurrences(to: "9999-12-31T23:59:59Z") { start } } } }""", "`to`")]
    [InlineData("""{ meetings(first: 1) { nodes { occurrences(from: "0001-01-01T00:00:00Z") { start } } } }""", "`from`")]
    [InlineData("""{ county(state: "NJ", slug: "bergen") { upcomingMeetings(from: "9999-12-31T23:00:00Z") { start } } }""", "`from`")]
    public async Task DatesBeyondTheCalendarAreInvalidArguments(string query, string argument)
    {
        var response = await _client.QueryAsync(query);

        Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        Assert.Contains(argument, response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLargestWindowIsCappedNotOverflowed()
    {
        var response = await _client.QueryAsync("""{ county(state: "NJ", slug: "bergen") { name upcomingMeetings(days: 2147483647) { start } } }""");

        Assert.Empty(response.Errors);
        Assert.Equal("Bergen", response.Ok()["county"]!["name"]!.GetValue<string>());
    }

    /// <summary>Keyset cursors (#15) replaced positions: the cursor of the list's last item is past the end, not the first page.</summary>
    [Fact]
    public async Task TheLastItemsCursorIsPastTheEndNotTheFirstPage()
    {
        var end = (await _client.QueryAsync("{ partners(last: 1) { pageInfo { endCursor } } }")).Ok()["partners"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var partners = (await _client.QueryAsync("query($after: String) { partners(first: 5, after: $after) { nodes { name } pageInfo { hasNextPage hasPreviousPage } } }", new { after = end })).Ok()["partners"]!;

        Assert.Empty(partners["nodes"]!.AsArray());
        Assert.False(partners["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(partners["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("/hsds/services?page=21474838&per_page=100")]
    [InlineData("/hsds/organizations?page=2147483647&per_page=2")]
    [InlineData("/hsds/taxonomy_terms?page=2147483647&per_page=100")]
    public async Task AnHsdsPageWhoseOffsetOverflowsIsA400(string url)
    {
        using var response = await app.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("page", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLastHsdsPageAnIntCanReachIsEmptyNotPageOne()
    {
        using var response = await app.CreateClient().GetAsync(new Uri("/hsds/services?page=21474836&per_page=100", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body["contents"]!.AsArray());
    }
}
