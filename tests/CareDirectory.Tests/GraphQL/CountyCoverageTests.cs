using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL;

/// <summary>Every New Jersey county page and its coverage, against the seeded public sources.</summary>
public sealed class CountyCoverageTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private const string CountyQuery = """
        query ($slug: String!) {
          county(state: "NJ", slug: $slug) {
            fips
            partners(first: 50) { totalCount nodes { key name scope roles provenance { url source } } }
            coverage { role present partners { key } }
          }
        }
        """;

    private static readonly string[] Slugs =
    [
        "atlantic", "bergen", "burlington", "camden", "cape-may", "cumberland", "essex", "gloucester", "hudson", "hunterdon", "mercer",
        "middlesex", "monmouth", "morris", "ocean", "passaic", "salem", "somerset", "sussex", "union", "warren",
    ];

    private readonly GraphQLClient _client = new(app.CreateClient());

    private async Task<JsonNode> CountyAsync(string slug) => (await _client.QueryAsync(CountyQuery, new { slug })).Ok()["county"]!;

    private static List<JsonNode> Local(JsonNode county) =>
        county["partners"]!["nodes"]!.AsArray().Select(p => p!).Where(p => p["scope"]!.GetValue<string>() == "COUNTY").ToList();

    [Fact]
    public async Task EveryCountyHasLocalPartnersEachCitingASourceUrl()
    {
        foreach (var slug in Slugs)
        {
            var local = Local(await CountyAsync(slug));
            Assert.True(local.Count > 0, $"{slug} has no local partner");
            Assert.All(local.Where(p => !p["key"]!.GetValue<string>().StartsWith("nj/bergen/", StringComparison.Ordinal)), p =>
                Assert.StartsWith("http", p["provenance"]!["url"]?.GetValue<string>() ?? "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task RegionalPartnersAppearOnEveryCountyPageTheyServeAndNowhereElse()
    {
        var served = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["nj/cgs/cgs-family-partnership"] = ["cumberland", "gloucester", "salem"],
            ["nj/cgs/fso"] = ["cumberland", "gloucester", "salem"],
            ["nj/atlantic-cape-may/cape-atlantic-ink"] = ["atlantic", "cape-may"],
            ["nj/atlantic-cape-may/acfso"] = ["atlantic", "cape-may"],
            ["nj/hunterdon-somerset-warren/tricounty-cmo"] = ["hunterdon", "somerset", "warren"],
            ["nj/morris-sussex/family-partners"] = ["morris", "sussex"],
            ["nj/essex-middlesex/ubhc-cmrss"] = ["essex", "middlesex"],
        };
        var pages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var slug in Slugs)
        {
            pages[slug] = Local(await CountyAsync(slug)).Select(p => p["key"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        }

        foreach (var (key, counties) in served)
        {
            Assert.Equal(counties, Slugs.Where(s => pages[s].Contains(key)));
        }
    }

    [Fact]
    public async Task CountyWithoutALocalCareManagerShowsTheStatewideLineAndNamesTheMissingRoles()
    {
        var morris = await CountyAsync("morris");

        var coverage = morris["coverage"]!.AsArray().ToDictionary(r => r!["role"]!.GetValue<string>(), r => r!);
        Assert.Equal(["MOBILE_RESPONSE", "CARE_MANAGEMENT", "FAMILY_SUPPORT", "INTERAGENCY_COUNCIL"], coverage.Keys);
        Assert.False(coverage["CARE_MANAGEMENT"]["present"]!.GetValue<bool>());
        Assert.Empty(coverage["CARE_MANAGEMENT"]["partners"]!.AsArray());
        Assert.False(coverage["MOBILE_RESPONSE"]["present"]!.GetValue<bool>());
        Assert.True(coverage["FAMILY_SUPPORT"]["present"]!.GetValue<bool>());
        Assert.Equal("nj/morris-sussex/family-partners", coverage["FAMILY_SUPPORT"]["partners"]![0]!["key"]!.GetValue<string>());
        // The statewide access line's operator still serves the county, but is nobody's local partner.
        var statewide = morris["partners"]!["nodes"]!.AsArray().Where(p => p!["scope"]!.GetValue<string>() == "STATE").Select(p => p!["key"]!.GetValue<string>());
        Assert.Contains("nj/performcare", statewide);
        Assert.DoesNotContain(coverage.Values.SelectMany(r => r["partners"]!.AsArray()), p => p!["key"]!.GetValue<string>() == "nj/performcare");
    }

    [Fact]
    public async Task BergenIsFullyCoveredAndCoverageMatchesItsCountyPartners()
    {
        var bergen = await CountyAsync("bergen");
        var coverage = bergen["coverage"]!.AsArray();
        Assert.All(coverage, r => Assert.True(r!["present"]!.GetValue<bool>()));
        Assert.Equal(
            Local(bergen).Select(p => p["key"]!.GetValue<string>()).Order(StringComparer.Ordinal),
            coverage.SelectMany(r => r!["partners"]!.AsArray()).Select(p => p!["key"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }
}
