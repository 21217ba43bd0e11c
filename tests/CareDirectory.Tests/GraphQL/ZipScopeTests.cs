using System.Text.Json.Nodes;
using CareDirectory.Places;
using CareDirectory.Tests.Infrastructure;
using CareDirectory.Tests.Search;

namespace CareDirectory.Tests.GraphQL;

/// <summary>Finding your county from a ZIP code: <c>countiesByZip</c> and <c>zip:</c> on lists and search.</summary>
public sealed class ZipScopeTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    private async Task<List<string>> FipsOfAsync(string zip) =>
        [.. (await _client.QueryAsync("query ($zip: String!) { countiesByZip(zip: $zip) { share county { fips name } } }", new { zip })).Ok()["countiesByZip"]!
            .AsArray().Select(z => z!["county"]!["fips"]!.GetValue<string>())];

    [Fact]
    public async Task AZipOnACountyLineReturnsBothCounties()
    {
        // 08037 (Hammonton) lies in Atlantic and Camden counties in the Census relationship file.
        Assert.Equal(["34001", "34007"], await FipsOfAsync("08037"));
        Assert.Equal(["34003"], await FipsOfAsync(" 07601 "));
        Assert.Equal(["17031"], await FipsOfAsync("60601"));
        var share = (await _client.QueryAsync("""{ countiesByZip(zip: "08037") { share } }""")).Ok()["countiesByZip"]![0]!["share"];
        Assert.Null(share);
    }

    [Fact]
    public async Task AZipOutsideOurStatesHasNoCountiesAndAMalformedOneIsAnInvalidArgument()
    {
        Assert.Empty(await FipsOfAsync("10001"));
        foreach (var zip in new[] { "7601", "0760a", "076011", "", "07601-1234" })
        {
            var response = await _client.QueryAsync("query ($zip: String!) { countiesByZip(zip: $zip) { share } }", new { zip });
            Assert.Equal(["INVALID_ARGUMENT"], response.ErrorCodes);
        }
    }

    [Fact]
    public async Task PartnersOfAZipAreThoseOfEachOfItsCountiesAndTheStatewideOnes()
    {
        var data = (await _client.QueryAsync("""{ partners(zip: "08037", first: 50) { nodes { key } } }""")).Ok();
        var keys = data["partners"]!["nodes"]!.AsArray().Select(p => p!["key"]!.GetValue<string>()).ToList();

        Assert.Contains("nj/atlantic-cape-may/cape-atlantic-ink", keys);
        Assert.Contains("nj/camden/ccpc", keys);
        Assert.Contains("nj/performcare", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("nj/bergen/", StringComparison.Ordinal) || k.StartsWith("nj/cgs/", StringComparison.Ordinal));
        var meetings = (await _client.QueryAsync("""{ meetings(zip: "07087", first: 50) { nodes { key } } }""")).Ok()["meetings"]!["nodes"]!.AsArray();
        Assert.Contains(meetings, m => m!["key"]!.GetValue<string>() == "nj/hudson/mujeres-maravillosas");
    }

    [Theory]
    [InlineData("""{ partners(zip: "08037", county: "34001") { totalCount } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ partners(zip: "10001") { totalCount } }""", "NOT_FOUND")]
    [InlineData("""{ programs(zip: "abcde") { totalCount } }""", "INVALID_ARGUMENT")]
    [InlineData("""{ search(query: "crisis", zip: "10001") { totalCount } }""", "NOT_FOUND")]
    public async Task BadZipScopesAreCodedErrors(string query, string code) =>
        Assert.Equal([code], (await _client.QueryAsync(query)).ErrorCodes);

    [Fact]
    public async Task SearchScopedToAZipFindsTheStatewideLineWhereNoLocalPartnerIsNamed()
    {
        // 07960 (Morristown) is in Morris County, whose mobile response provider no source names: "crisis" still
        // finds the statewide access line's operator.
        Assert.Equal(["34027"], ZipCounties.FipsOf("07960"));
        const string Query = """
            query ($q: String!, $zip: String) { search(query: $q, zip: $zip, first: 20) { totalCount nodes { item { ... on Partner { key } } } } }
            """;
        var found = await Eventually(async () => (await _client.QueryAsync(Query, new { q = "crisis", zip = "07960" })).Ok()["search"]!,
            s => Keys(s).Contains("nj/performcare"));
        Assert.DoesNotContain(Keys(found), k => k.StartsWith("nj/camden/", StringComparison.Ordinal) || k.StartsWith("nj/bergen/", StringComparison.Ordinal));
    }

    private static List<string> Keys(JsonNode search) =>
        [.. search["nodes"]!.AsArray().Select(n => n!["item"]?["key"]?.GetValue<string>()).OfType<string>()];

    private static async Task<JsonNode> Eventually(Func<Task<JsonNode>> run, Func<JsonNode, bool> done)
    {
        var deadline = DateTime.UtcNow + SearchClient.Timeout;
        var last = await run();
        while (!done(last) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            last = await run();
        }

        Assert.True(done(last), $"search never matched: {last.ToJsonString()}");
        return last;
    }
}
