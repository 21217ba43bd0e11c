using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL;

/// <summary>Global ids: every record is a Node that node(id:) and nodes(ids:) return.</summary>
public sealed class NodeTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    [Fact]
    public async Task EveryListedRecordRoundTripsThroughNode()
    {
        var data = (await _client.QueryAsync("""{ states { nodes { id } } partners(first: 50) { nodes { id } } programs(first: 50) { nodes { id } } meetings(first: 50) { nodes { id } } educatorResources(first: 50) { nodes { id } } counties(first: 3) { nodes { id } } }""")).Ok();
        var ids = data.AsObject().SelectMany(list => list.Value!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())).ToList();
        Assert.Equal(2 + (8 + 36) + 5 + (4 + 12) + 5 + 3, ids.Count);
        foreach (var batch in ids.Chunk(20))
        {
            var nodes = (await _client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }", new { ids = batch })).Ok()["nodes"]!.AsArray();
            Assert.Equal(batch, nodes.Select(n => n!["id"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task NodeResolvesATypedRecord()
    {
        var id = (await _client.QueryAsync("""{ partners(role: MOBILE_RESPONSE, where: { name: { eq: "CarePlusNJ" } }) { nodes { id } } }""")).Ok()["partners"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var node = (await _client.QueryAsync("query($id: ID!) { node(id: $id) { __typename ... on Partner { name programs { nodes { name partner { name } } } } } }", new { id })).Ok()["node"]!;
        Assert.Equal("Partner", node["__typename"]!.GetValue<string>());
        Assert.Equal("CarePlusNJ", node["name"]!.GetValue<string>());
        Assert.Equal("CarePlusNJ", node["programs"]!["nodes"]![0]!["partner"]!["name"]!.GetValue<string>());
    }

    /// <summary>A Partner id (base64 of <c>Partner:000…</c>) that is well formed but names no record.</summary>
    private const string UnknownPartnerId = "UGFydG5lcjowMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMA";

    [Theory]
    [InlineData("garbage")]
    [InlineData("V2lkZ2V0OjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw")]
    public async Task MalformedIdsAreInvalidIdErrors(string id)
    {
        var response = await _client.QueryAsync("query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }", new { id });
        Assert.Equal(["INVALID_ID", "INVALID_ID"], response.ErrorCodes);
        Assert.Null(response.Data?["node"]);
    }

    /// <summary>As HotChocolate's <c>nodes</c> reports a failed item: null at its index, an error whose path ends with the index, the rest resolved.</summary>
    [Fact]
    public async Task OneMalformedIdAmongManyIsItsOwnErrorAtItsIndex()
    {
        var known = (await _client.QueryAsync("{ partners(first: 2) { nodes { id } } }")).Ok()["partners"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        string[] ids = [known[0], "garbage", UnknownPartnerId, known[1], "V2lkZ2V0OjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw"];

        var response = await _client.QueryAsync("query($ids: [ID!]!) { found: nodes(ids: $ids) { id } }", new { ids });

        var nodes = response.Data!["found"]!.AsArray();
        Assert.Equal([known[0], null, null, known[1], null], nodes.Select(n => n?["id"]!.GetValue<string>()));
        Assert.Equal(["INVALID_ID", "INVALID_ID"], response.ErrorCodes);
        Assert.Equal(["[\"found\",1]", "[\"found\",4]"], response.Errors.Select(e => e!["path"]!.ToJsonString()));
        Assert.Contains("'garbage'", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>The Relay server specification (and HotChocolate): an id that is well formed but names no record is null, with no error.</summary>
    [Fact]
    public async Task UnknownWellFormedIdIsNullAlone()
    {
        var known = (await _client.QueryAsync("{ partners(first: 1) { nodes { id } } }")).Ok()["partners"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var response = await _client.QueryAsync("query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }", new { id = UnknownPartnerId, ids = new[] { UnknownPartnerId, known } });

        Assert.True(response.Body["errors"] is null, response.Body.ToJsonString());
        Assert.True(response.Data!.AsObject().TryGetPropertyValue("node", out var node) && node is null, response.Body.ToJsonString());
        var nodes = response.Data!["nodes"]!.AsArray();
        Assert.Null(nodes[0]);
        Assert.Equal(known, nodes[1]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task NodesRefusesMoreThanFiftyIds()
    {
        var ids = Enumerable.Range(0, 51).Select(_ => "UGFydG5lcjowMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMA").ToArray();
        var response = await _client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal(["TOO_MANY_IDS"], response.ErrorCodes);
    }
}
