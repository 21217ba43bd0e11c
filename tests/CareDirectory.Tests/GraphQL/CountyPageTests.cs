using CareDirectory.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace CareDirectory.Tests.GraphQL;

/// <summary>A county website's whole page in one GraphQL request, against the seeded sources.</summary>
public sealed class CountyPageTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    [Fact]
    public async Task BergenCountyPageMatchesSnapshot()
    {
        var data = (await _client.QueryAsync(CountyPageQuery.Text, new { state = "NJ", slug = "bergen", partners = 20 })).Ok();
        GraphQLClient.Pretty(data).MatchSnapshot();
    }

    [Fact]
    public async Task CountyPageListsCountyPartnersAndStatewidePartnersApart()
    {
        var data = (await _client.QueryAsync(CountyPageQuery.Text, new { state = "nj", slug = "Bergen", partners = 20 })).Ok();
        var partners = data["county"]!["partners"]!["nodes"]!.AsArray();
        var byScope = partners.GroupBy(p => p!["scope"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Select(p => p!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList());

        Assert.Equal(["Bergen's Promise", "CIACC of Bergen County", "CarePlusNJ", "Family Support Organization of Bergen County"], byScope["COUNTY"]);
        Assert.Equal(["New Jersey Department of Children and Families (DCF)", "PerformCare"], byScope["STATE"]);
        Assert.DoesNotContain(partners, p => p!["name"]!.GetValue<string>().Contains("JCFS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CountyPageHasTheAccessLineTheTownHallsAndTheirRecordings()
    {
        var county = (await _client.QueryAsync(CountyPageQuery.Text, new { state = "NJ", slug = "bergen", partners = 20 })).Ok()["county"]!;
        var line = county["accessPoints"]![0]!;
        Assert.Equal("1-877-652-7624", line["phone"]!.GetValue<string>());
        Assert.True(line["available24x7"]!.GetValue<bool>());

        var townHall = county["meetings"]!["nodes"]!.AsArray().Single(m => m!["kind"]!.GetValue<string>() == "TOWN_HALL")!;
        Assert.Equal("STATE", townHall["scope"]!.GetValue<string>());
        Assert.Equal(["EDUCATORS"], townHall["audiences"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("RECORDING", townHall["resources"]!["nodes"]![0]!["resourceKind"]!.GetValue<string>());

        var resources = county["educatorResources"]!["nodes"]!.AsArray();
        Assert.Contains(resources, r => r!["resourceKind"]!.GetValue<string>() == "FORM" && r["scope"]!.GetValue<string>() == "COUNTY");
        Assert.Contains(resources, r => r!["resourceKind"]!.GetValue<string>() == "VIDEO" && r["durationMinutes"]!.GetValue<int>() == 4);
    }

    [Fact]
    public async Task AnotherCountyGetsTheStatewidePartnersAndOnlyItsOwnRegionalOnes()
    {
        // Cape May's own partners are regional ones it shares with Atlantic (#14); Bergen's never appear here.
        var data = (await _client.QueryAsync(CountyPageQuery.Text, new { state = "NJ", slug = "cape-may", partners = 20 })).Ok();
        var partners = data["county"]!["partners"]!["nodes"]!.AsArray();
        Assert.Equal(
            ["New Jersey Department of Children and Families (DCF)", "PerformCare"],
            partners.Where(p => p!["scope"]!.GetValue<string>() == "STATE").Select(p => p!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["AtlantiCare Mobile Response and Stabilization Services", "Atlantic Cape Family Support Organization", "Cape Atlantic I.N.K."],
            partners.Where(p => p!["scope"]!.GetValue<string>() == "COUNTY").Select(p => p!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(5, data["county"]!["partners"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{ county(state: "NJ", slug: "atlantis") { name } }""", "NOT_FOUND")]
    [InlineData("""{ county(state: "ZZ", slug: "bergen") { name } }""", "NOT_FOUND")]
    [InlineData("""{ countyByFips(fips: "99999") { name } }""", "NOT_FOUND")]
    [InlineData("""{ programs(serviceType: "teleportation") { totalCount } }""", "NOT_FOUND")]
    [InlineData("""{ partners(county: "NJ/atlantis") { totalCount } }""", "NOT_FOUND")]
    public async Task UnknownPlacesAndTermsAreCodedErrors(string query, string code)
    {
        var response = await _client.QueryAsync(query);
        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task CountyByFipsAndStateSlugAgree()
    {
        var data = (await _client.QueryAsync("""{ a: countyByFips(fips: "34003") { id name } b: county(state: "NJ", slug: "bergen") { id } }""")).Ok();
        Assert.Equal("Bergen", data["a"]!["name"]!.GetValue<string>());
        Assert.Equal(data["a"]!["id"]!.GetValue<string>(), data["b"]!["id"]!.GetValue<string>());
    }
}
