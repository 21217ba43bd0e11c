using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL;

/// <summary>
/// Lists and related records load only the columns a selection reads (#21): whatever the selection's shape (aliases,
/// fragments, edges), every field asked for still comes back with the record's data.
/// </summary>
public sealed class SelectionProjectionTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    [Fact]
    public async Task TwoSelectionsOfOneListEachGetTheirOwnFields()
    {
        // The same list under two aliases with different fields: the narrower load must not serve the wider one.
        var data = (await _client.QueryAsync("""
            {
              names: partners(state: "NJ", first: 50) { nodes { name } }
              contacts: partners(state: "NJ", first: 50) { nodes { name website phones { number } locations { city } } }
            }
            """)).Ok();
        var names = data["names"]!["nodes"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
        var contacts = data["contacts"]!["nodes"]!.AsArray();
        Assert.Equal(names, contacts.Select(p => p!["name"]!.GetValue<string>()));
        Assert.Contains(contacts, p => p!["website"] is not null);
        Assert.Contains(contacts, p => p!["phones"]!.AsArray().Count > 0);
        Assert.Contains(contacts, p => p!["locations"]!.AsArray().Any(l => l!["city"] is not null));
    }

    [Fact]
    public async Task FieldsSelectedThroughFragmentsAndEdgesAreLoaded()
    {
        var viaFragments = (await _client.QueryAsync("""
            query {
              county(state: "NJ", slug: "bergen") {
                partners(first: 20) { edges { node { ...Contact } } }
                meetings { nodes { ... on Meeting { title organizer { ...Contact } } } }
              }
            }
            fragment Contact on Partner { name website provenance { source } }
            """)).Ok()["county"]!;
        var direct = (await _client.QueryAsync("""
            {
              county(state: "NJ", slug: "bergen") {
                partners(first: 20) { nodes { name website provenance { source } } }
                meetings { nodes { title organizer { name website provenance { source } } } }
              }
            }
            """)).Ok()["county"]!;

        Assert.Equal(
            GraphQLClient.Pretty(direct["partners"]!["nodes"]!),
            GraphQLClient.Pretty(new System.Text.Json.Nodes.JsonArray([.. viaFragments["partners"]!["edges"]!.AsArray().Select(e => e!["node"]!.DeepClone())])));
        Assert.Equal(GraphQLClient.Pretty(direct["meetings"]!), GraphQLClient.Pretty(viaFragments["meetings"]!));
        Assert.Contains(direct["meetings"]!["nodes"]!.AsArray(), m => m!["organizer"]?["provenance"]?["source"] is not null);
    }

    [Fact]
    public async Task ARecordLoadedNarrowAndWholeInOneRequestKeepsBoth()
    {
        // The organizer with only its name, and the same partners' meetings (a field computed from the whole record
        // elsewhere in the query) and their occurrences, which read the whole meeting.
        var county = (await _client.QueryAsync("""
            {
              county(state: "NJ", slug: "bergen") {
                meetings { nodes { title organizer { name } occurrences { start } schedule { text } } }
                partners(first: 20) { nodes { name roles scope } }
              }
            }
            """)).Ok()["county"]!;
        var meetings = county["meetings"]!["nodes"]!.AsArray();
        Assert.Contains(meetings, m => m!["organizer"]?["name"] is not null);
        Assert.All(meetings, m => Assert.NotNull(m!["schedule"]));
        Assert.All(county["partners"]!["nodes"]!.AsArray(), p => Assert.NotEmpty(p!["roles"]!.AsArray()));
    }
}
