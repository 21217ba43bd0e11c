using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL;

/// <summary>HotChocolate-style where/order/paging conventions, executed in SQL against the seeded directory.</summary>
public sealed class ListConventionsTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private readonly GraphQLClient _client = new(app.CreateClient());

    private static List<string> Names(JsonNode connection, string field = "name") =>
        connection["nodes"]!.AsArray().Select(n => n![field]!.GetValue<string>()).ToList();

    [Fact]
    public async Task CountiesPageForwardAndBackwardWithCursors()
    {
        var all = Names((await _client.QueryAsync("""{ counties(state: "NJ", first: 50) { nodes { name } } }""")).Ok()["counties"]!);
        Assert.Equal(21, all.Count);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await _client.QueryAsync("query($after: String) { counties(state: \"NJ\", first: 5, after: $after) { totalCount nodes { name } pageInfo { hasNextPage hasPreviousPage endCursor } } }", new { after })).Ok()["counties"]!;
            Assert.Equal(21, page["totalCount"]!.GetValue<int>());
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            seen.AddRange(Names(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        Assert.Equal(all, seen);

        var last = (await _client.QueryAsync("""{ counties(state: "NJ", last: 3) { nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor } } }""")).Ok()["counties"]!;
        Assert.Equal(all[^3..], Names(last));
        Assert.False(last["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var before = last["pageInfo"]!["startCursor"]!.GetValue<string>();
        var previous = (await _client.QueryAsync("query($before: String) { counties(state: \"NJ\", last: 3, before: $before) { nodes { name } } }", new { before })).Ok()["counties"]!;
        Assert.Equal(all[^6..^3], Names(previous));
    }

    /// <summary>
    /// A nested list pages in memory when several parents share one load, and in SQL for a parent alone: the same
    /// keyset cursor gives the same page and flags either way (#15).
    /// </summary>
    [Fact]
    public async Task ANestedPageIsTheSameBatchedOrAlone()
    {
        const string Partners = "partners(first: 3, after: $c) { nodes { name } pageInfo { hasNextPage hasPreviousPage } }";
        var cursor = (await _client.QueryAsync("""{ county(state: "NJ", slug: "bergen") { partners(first: 2) { pageInfo { endCursor } } } }""")).Ok()["county"]!["partners"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var alone = (await _client.QueryAsync($$"""query($c: String) { county(state: "NJ", slug: "bergen") { {{Partners}} } }""", new { c = cursor })).Ok()["county"]!["partners"]!;
        var batched = (await _client.QueryAsync($$"""query($c: String) { counties(state: "NJ", first: 5) { nodes { slug {{Partners}} } } }""", new { c = cursor })).Ok()["counties"]!["nodes"]!.AsArray()
            .Single(n => n!["slug"]!.GetValue<string>() == "bergen")!["partners"]!;

        Assert.NotEmpty(alone["nodes"]!.AsArray());
        Assert.True(alone["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(alone.ToJsonString(), batched.ToJsonString());
    }

    [Fact]
    public async Task EdgesCarryCursorsThatResumeAfterTheItem()
    {
        var edges = (await _client.QueryAsync("""{ counties(state: "NJ", first: 3) { edges { cursor node { name } } } }""")).Ok()["counties"]!["edges"]!.AsArray();
        var cursor = edges[1]!["cursor"]!.GetValue<string>();
        var next = (await _client.QueryAsync("query($c: String) { counties(state: \"NJ\", first: 1, after: $c) { nodes { name } } }", new { c = cursor })).Ok();
        Assert.Equal(edges[2]!["node"]!["name"]!.GetValue<string>(), Names(next["counties"]!)[0]);
    }

    [Fact]
    public async Task OrderDescendingAndByTwoFields()
    {
        var desc = Names((await _client.QueryAsync("""{ counties(state: "NJ", first: 3, order: [{ name: DESC }]) { nodes { name } } }""")).Ok()["counties"]!);
        Assert.Equal(["Warren", "Union", "Sussex"], desc);
        var byFips = (await _client.QueryAsync("""{ counties(first: 2, order: [{ fips: DESC }, { name: ASC }]) { nodes { name fips } } }""")).Ok()["counties"]!;
        Assert.Equal(["Warren", "Union"], Names(byFips));
    }

    [Theory]
    [InlineData("""{ name: { startsWith: "ca" } }""", new[] { "Camden", "Cape May" })]
    [InlineData("""{ name: { contains: "SEX" } }""", new[] { "Essex", "Middlesex", "Sussex" })]
    [InlineData("""{ fips: { in: ["34003", "34041"] } }""", new[] { "Bergen", "Warren" })]
    [InlineData("""{ or: [{ name: { eq: "Salem" } }, { slug: { eq: "cape-may" } }] }""", new[] { "Cape May", "Salem" })]
    [InlineData("""{ and: [{ name: { endsWith: "EN" } }, { name: { nin: ["Camden"] } }] }""", new[] { "Bergen", "Warren" })]
    [InlineData("""{ name: { neq: "Bergen", startsWith: "B" } }""", new[] { "Burlington" })]
    public async Task WhereFiltersCounties(string where, string[] expected)
    {
        var names = Names((await _client.QueryAsync($$"""{ counties(state: "NJ", first: 50, where: {{where}}) { nodes { name } } }""")).Ok()["counties"]!);
        Assert.Equal(expected, names);
    }

    [Theory]
    [InlineData("""{ roles: { some: { eq: MOBILE_RESPONSE } } }""", new[] { "AtlantiCare Mobile Response and Stabilization Services", "CarePlusNJ", "Rutgers University Behavioral Health Care Children's Mobile Response & Stabilization System", "Trinitas Regional Medical Center Children's Mobile Response & Stabilization System" })]
    [InlineData("""{ roles: { some: { in: [STATE_AGENCY] } } }""", new[] { "Illinois Department of Children and Family Services (DCFS)", "New Jersey Department of Children and Families (DCF)" })]
    [InlineData("""{ serviceAreas: { some: { kind: { eq: LAN }, partial: { eq: true } } } }""", new[] { "Jewish Child & Family Services (JCFS)" })]
    [InlineData("""{ serviceAreas: { all: { kind: { eq: STATE } } }, name: { contains: "new jersey" } }""", new[] { "New Jersey Department of Children and Families (DCF)" })]
    [InlineData("""{ roles: { none: { in: [STATE_AGENCY, PROVIDER, CONTRACTED_SYSTEM_ADMINISTRATOR] } }, name: { startsWith: "C" } }""", new[] { "CGS Family Partnership, Inc.", "CIACC of Bergen County", "Camden County Partnership for Children", "Cape Atlantic I.N.K.", "Capitol County Children's Collaborative", "CarePlusNJ", "Circle of Care for Families and Children of Passaic County, Inc.", "Coordinated Family Care", "Cumberland County Children's Inter-Agency Coordinating Council" })]
    public async Task WhereFiltersPartnersOnListsOfValuesAndObjects(string where, string[] expected)
    {
        var names = Names((await _client.QueryAsync($$"""{ partners(first: 50, where: {{where}}) { nodes { name } } }""")).Ok()["partners"]!);
        Assert.Equal(expected, names);
    }

    [Fact]
    public async Task ProgramsFilterByNestedEligibilityAndByServiceTypeIncludingNarrowerTerms()
    {
        var young = Names((await _client.QueryAsync("""{ programs(first: 50, where: { eligibility: { minimumAge: { lte: 0 } } }) { nodes { name } } }""")).Ok()["programs"]!);
        Assert.Equal(["JCFS System of Care (SOC)"], young);

        var crisis = Names((await _client.QueryAsync("""{ programs(first: 50, serviceType: "crisis") { nodes { name } } }""")).Ok()["programs"]!);
        Assert.Equal(["Children's Mobile Response and Stabilization Services (MRSS)", "JCFS System of Care (SOC)"], crisis);

        var wrap = Names((await _client.QueryAsync("""{ programs(first: 50, where: { serviceTypes: { some: { code: { eq: "care-coordination.wraparound" } } } }) { nodes { name } } }""")).Ok()["programs"]!);
        Assert.Equal(["Care Management Organization (CMO) Wraparound care management"], wrap);
    }

    [Fact]
    public async Task CountyArgumentIncludesStatewideRecords()
    {
        var data = (await _client.QueryAsync("""{ partners(county: "34003", first: 50) { totalCount } programs(county: "NJ/bergen") { totalCount } meetings(county: "34003") { totalCount } educatorResources(county: "34003") { totalCount } }""")).Ok();
        Assert.Equal(6, data["partners"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(4, data["programs"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(4, data["meetings"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(5, data["educatorResources"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{ counties(first: 51) { totalCount } }""", "PAGE_SIZE_EXCEEDED")]
    [InlineData("""{ counties(last: 500) { totalCount } }""", "PAGE_SIZE_EXCEEDED")]
    [InlineData("""{ counties(first: -1) { totalCount } }""", "INVALID_PAGING")]
    [InlineData("""{ counties(after: "not-a-cursor") { totalCount } }""", "INVALID_CURSOR")]
    [InlineData("""{ county(state: "NJ", slug: "bergen") { partners(first: 99) { totalCount } } }""", "PAGE_SIZE_EXCEEDED")]
    public async Task BadPagingIsACodedErrorNotASilentCut(string query, string code)
    {
        var response = await _client.QueryAsync(query);
        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task FieldsOutsideTheAllowListAreRejectedByValidation()
    {
        var response = await _client.QueryAsync("""{ partners(where: { contentHash: { eq: "x" } }) { totalCount } }""");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], response.ErrorCodes);
    }

    [Fact]
    public async Task ServiceTypeTaxonomyIsATree()
    {
        var roots = (await _client.QueryAsync("""{ serviceTypes { code children { code parent { code } path } } }""")).Ok()["serviceTypes"]!.AsArray();
        var crisis = roots.Single(r => r!["code"]!.GetValue<string>() == "crisis")!;
        Assert.Equal(["crisis.intervention", "crisis.mobile-response"], crisis["children"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        Assert.All(crisis["children"]!.AsArray(), c => Assert.Equal("crisis", c!["parent"]!["code"]!.GetValue<string>()));
        Assert.Equal(["crisis", "crisis.mobile-response"], crisis["children"]![1]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
    }
}
