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

    [Theory]
    [InlineData("garbage", "INVALID_ID")]
    [InlineData("UGFydG5lcjowMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMA", "NOT_FOUND")]
    [InlineData("V2lkZ2V0OjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw", "INVALID_ID")]
    public async Task MalformedAndUnknownIdsAreCodedErrors(string id, string code)
    {
        var response = await _client.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Equal([code], response.ErrorCodes);
        Assert.Null(response.Data?["node"]);
    }

    [Fact]
    public async Task NodesRefusesMoreThanFiftyIds()
    {
        var ids = Enumerable.Range(0, 51).Select(_ => "UGFydG5lcjowMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMA").ToArray();
        var response = await _client.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal(["TOO_MANY_IDS"], response.ErrorCodes);
    }
}
