using System.Text.Json.Nodes;
using CareDirectory.Tests.GraphQL.Paging;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Search;

/// <summary>
/// <c>Query.search</c> over real HTTP against the seeded database and the real Lucene index in the app's data
/// directory, built by the background worker on first start. The queries only read, so they share one app.
/// </summary>
public sealed class SearchQueryTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>, IAsyncLifetime
{
    private readonly SearchClient _search = new(new GraphQLClient(app.CreateClient()));
    private readonly GraphQLClient _client = new(app.CreateClient());

    public async Task InitializeAsync() => await _search.IndexedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CrisisFindsTheBergenMobileResponseProgramThroughSynonyms()
    {
        var search = await _search.SearchAsync(new { query = "crisis", first = 5 });
        Assert.Contains("nj/bergen/mrss", SearchClient.Keys(search));
        var hit = search["nodes"]!.AsArray().First(n => n!["item"]!["key"]!.GetValue<string>() == "nj/bergen/mrss")!;
        Assert.Equal("Program", hit["item"]!["__typename"]!.GetValue<string>());
        Assert.True(hit["score"]!.GetValue<double>() > 0);
        Assert.Contains(hit["highlights"]!.AsArray(), h => h!["fragments"]!.AsArray().Any(f => f!.GetValue<string>().Contains("<em>", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Highlights are made only when the selection has them (#17), wherever it says so: through <c>edges { node }</c>,
    /// a fragment and an alias they come back as through <c>nodes</c>, and a selection without them costs none.
    /// </summary>
    [Fact]
    public async Task HighlightsSelectedThroughEdgesAndAFragmentAreTheSameAsThroughNodes()
    {
        const string Query = """
            query {
              plain: search(query: "crisis", first: 5) { nodes { highlights { field fragments } item { ... on Program { key } ... on Partner { key } } } }
              nested: search(query: "crisis", first: 5) { edges { node { ...Marked } } }
              none: search(query: "crisis", first: 5) { nodes { score } }
            }
            fragment Marked on SearchHit { marks: highlights { field fragments } }
            """;

        var data = (await _client.QueryAsync(Query)).Ok();

        var plain = data["plain"]!["nodes"]!.AsArray().Select(n => n!["highlights"]!.ToJsonString()).ToList();
        var nested = data["nested"]!["edges"]!.AsArray().Select(e => e!["node"]!["marks"]!.ToJsonString()).ToList();
        Assert.Contains(
            data["plain"]!["nodes"]!.AsArray().SelectMany(n => n!["highlights"]!.AsArray()).SelectMany(h => h!["fragments"]!.AsArray()),
            fragment => fragment!.GetValue<string>().Contains("<em>", StringComparison.Ordinal));
        Assert.Equal(plain, nested);
        Assert.Equal(5, data["none"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task MisspelledMobileResponseStillFindsTheProgram() =>
        Assert.Contains("nj/bergen/mrss", (await _search.KeysAsync(new { query = "mobil respons", first = 3 })));

    [Fact]
    public async Task ParentSupportGroupFindsParentToParentMeetingsAndTheFamilySupportOrganization()
    {
        // On Bergen's page: statewide, other counties' parent groups now compete for the first five (ranking is #17).
        var keys = await _search.KeysAsync(new { query = "parent support group", county = "34003", first = 5 });
        Assert.Contains("nj/bergen/parent-2-parent", keys);
        Assert.Contains("nj/bergen/fso", keys);
    }

    [Fact]
    public async Task FosterFindsTheJcfsProgram() =>
        Assert.Contains("il/jcfs/system-of-care", await _search.KeysAsync(new { query = "foster", first = 5 }));

    [Fact]
    public async Task TownHallRecordingFindsTheRecordingsResourceFirst() =>
        Assert.Equal("nj/dcf-town-hall-recordings", (await _search.KeysAsync(new { query = "town hall recording", first = 3 }))[0]);

    [Theory]
    [InlineData("34003")]
    [InlineData("NJ/bergen")]
    public async Task CountyFilterIncludesStatewidePartners(string county)
    {
        var keys = await _search.KeysAsync(new { county, first = 50 });
        Assert.Contains("nj/performcare", keys);
        Assert.Contains("nj/bergen/careplusnj", keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("il/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServiceTypeFilterByBroaderTermMatchesNarrowerOnes()
    {
        var search = await _search.SearchAsync(new { serviceTypes = new[] { "crisis" }, first = 50 });
        var keys = SearchClient.Keys(search);
        Assert.Contains("nj/bergen/mrss", keys);
        Assert.Contains("il/jcfs/system-of-care", keys);
        Assert.Equal(keys.Count, search["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task FacetsCountTheWholeFilteredResultWithLabels()
    {
        var search = await _search.SearchAsync(new { county = "34003", kinds = new[] { "PROGRAM" }, first = 1 });
        var total = search["totalCount"]!.GetValue<int>();
        // MRSS, CMO and family support serve Bergen; the statewide access line serves every NJ county.
        Assert.Equal(4, total);
        var facets = search["facets"]!;
        Assert.Equal([("PROGRAM", "Program", total)], Facet(facets, "kinds").Select(f => (f.Value, f.Label, f.Count)));
        Assert.Contains(("crisis", "Crisis services", 1), Facet(facets, "serviceTypes").Select(f => (f.Value, f.Label, f.Count)));
        // Statewide records list no county, so they add to no county bucket.
        Assert.Contains(("34003", "Bergen, NJ", 3), Facet(facets, "counties").Select(f => (f.Value, f.Label, f.Count)));
        Assert.Contains(("MOBILE_RESPONSE", "Mobile response", 1), Facet(facets, "roles").Select(f => (f.Value, f.Label, f.Count)));
    }

    [Fact]
    public async Task TopicFacetsOfEducatorResourcesCarryVocabularyLabels()
    {
        var search = await _search.SearchAsync(new { kinds = new[] { "EDUCATOR_RESOURCE" }, first = 1 });

        // The five NJ seed resources: the educators page (education, access, referral), the town hall recordings
        // (education, access), the MRSS video (crisis), Bergen's CIACC directories (directory) and membership form (council).
        Assert.Equal(
            [("access", "Access", 2), ("education", "Education", 2), ("council", "Council", 1), ("crisis", "Crisis", 1),
             ("directory", "Directory", 1), ("referral", "Referral", 1)],
            Facet(search["facets"]!, "topics"));
    }

    [Fact]
    public async Task TopicFilterFindsResourcesWithAnyOfTheTopicsAndCombinesWithOtherFilters()
    {
        var accessOrCrisis = await _search.KeysAsync(new { topics = new[] { "access", " CRISIS " }, first = 50 });
        var councilInBergen = await _search.SearchAsync(new { topics = new[] { "council" }, county = "NJ/bergen", first = 50 });
        var councilInIllinois = await _search.SearchAsync(new { topics = new[] { "council" }, state = "IL", first = 50 });

        Assert.Equal(["nj/dcf-town-hall-recordings", "nj/mrss-video", "nj/performcare-educators-page"], accessOrCrisis.Order(StringComparer.Ordinal));
        Assert.Equal(["nj/bergen/ciacc-membership-form"], SearchClient.Keys(councilInBergen));
        Assert.Equal([("council", "Council", 1)], Facet(councilInBergen["facets"]!, "topics"));
        Assert.Equal(0, councilInIllinois["totalCount"]!.GetValue<int>());
    }

    /// <summary>
    /// Meeting and EducatorResource kinds are different enums; were both fields named <c>kind</c>, this plain selection
    /// would fail OverlappingFieldsCanBeMerged (fields of one response name must have the same type across union members).
    /// </summary>
    [Fact]
    public async Task ASearchItemSelectionReadsMeetingAndResourceKindsWithoutAliases()
    {
        var response = await _client.QueryAsync("""
            { search(kinds: [MEETING, EDUCATOR_RESOURCE], first: 50) {
                nodes { item { __typename ... on Meeting { key kind } ... on EducatorResource { key resourceKind } } } } }
            """);

        var items = response.Ok()["search"]!["nodes"]!.AsArray().Select(n => n!["item"]!).ToList();
        Assert.Contains(items, i => i["key"]!.GetValue<string>() == "nj/dcf-educator-town-halls" && i["kind"]!.GetValue<string>() == "TOWN_HALL");
        Assert.Contains(items, i => i["key"]!.GetValue<string>() == "nj/mrss-video" && i["resourceKind"]!.GetValue<string>() == "VIDEO");
        Assert.All(items, i => Assert.NotNull(i[i["__typename"]!.GetValue<string>() == "Meeting" ? "kind" : "resourceKind"]));
    }

    [Fact]
    public async Task FacetsSelectedThroughAFragmentUnderAnAliasAreCounted()
    {
        // The index counts facets only when the selection has them; fragments and aliases must still count.
        var response = await _client.QueryAsync("""
            { search(county: "34003", kinds: [PROGRAM], first: 1) { ...Counts } }
            fragment Counts on SearchConnection { totalCount byKind: facets { kinds { value count } } }
            """);
        var search = response.Ok()["search"]!;
        var kinds = search["byKind"]!["kinds"]!.AsArray();
        Assert.Equal([("PROGRAM", 4)], kinds.Select(k => (k!["value"]!.GetValue<string>(), k["count"]!.GetValue<int>())));
    }

    [Fact]
    public async Task AgeAudienceAndKindFiltersNarrowTheResult()
    {
        // NJ programs serve youth up to 21; the JCFS program has no upper age.
        var programsFor30 = await _search.KeysAsync(new { kinds = new[] { "PROGRAM" }, age = 30, first = 50 });
        Assert.Equal(["il/jcfs/system-of-care"], programsFor30);

        var forEducators = await _search.SearchAsync(new { kinds = new[] { "EDUCATOR_RESOURCE" }, audience = new[] { "EDUCATORS" }, first = 50 });
        Assert.Equal(5, forEducators["totalCount"]!.GetValue<int>());
        Assert.All(forEducators["nodes"]!.AsArray(), n => Assert.Equal("EducatorResource", n!["item"]!["__typename"]!.GetValue<string>()));
        Assert.Contains(("EDUCATORS", "Educators", 5), Facet(forEducators["facets"]!, "audiences"));
    }

    [Fact]
    public async Task PagesFollowEachOtherWithAfterCursors()
    {
        var all = await _search.KeysAsync(new { first = 50 });
        var first = await _search.SearchAsync(new { first = 5 });
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(first["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        var second = await _search.SearchAsync(new { first = 5, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() });
        Assert.Equal(all[..10], [.. SearchClient.Keys(first), .. SearchClient.Keys(second)]);
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        // Any edge's cursor continues right after that edge.
        var afterThird = await _search.KeysAsync(new { first = 4, after = first["edges"]![2]!["cursor"]!.GetValue<string>() });
        Assert.Equal(all[3..7], afterThird);
    }

    [Fact]
    public async Task RelevancePagesFollowEachOtherToo()
    {
        var all = await _search.KeysAsync(new { query = "county", first = 50 });
        Assert.True(all.Count > 4);
        var first = await _search.SearchAsync(new { query = "county", first = 2 });
        var second = await _search.KeysAsync(new { query = "county", first = 2, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() });
        Assert.Equal(all[..4], [.. SearchClient.Keys(first), .. second]);
    }

    private const string PagingQuery = """
        query Paging($query: String, $county: String, $first: Int, $after: String, $last: Int, $before: String) {
          search(query: $query, county: $county, first: $first, after: $after, last: $last, before: $before) {
            edges { cursor node { item { ... on Partner { key } ... on Program { key } ... on Meeting { key } ... on EducatorResource { key } } } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          }
        }
        """;

    /// <summary>Searches within Bergen County, so the whole result fits in one page of 50 to compare with.</summary>
    private async Task<ConnectionPage> PageAsync(string? query, PageArguments paging)
    {
        var data = (await _client.QueryAsync(PagingQuery, new { query, county = "34003", paging.First, paging.After, paging.Last, paging.Before })).Ok();
        return ConnectionPage.Read(data["search"]!, hit => hit["item"]!["key"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, 151)]
    [InlineData("county", 152)]
    public async Task PagingBothWaysWithAnyArgumentsFollowsTheConnectionRules(string? query, int seed)
    {
        var all = await _search.KeysAsync(new { query, county = "34003", first = 50 });
        Assert.True(all.Count is > 8 and < 50, $"the seed gives {all.Count} hits");

        await new ConnectionWalk(paging => PageAsync(query, paging)).CheckAsync(all, seed, rounds: 50);
    }

    [Fact]
    public async Task LastWithoutBeforeIsTheEndOfTheResult()
    {
        var all = await _search.KeysAsync(new { query = "county", county = "34003", first = 50 });

        var end = await PageAsync("county", new PageArguments(null, null, 3, null));

        Assert.Equal(all[^3..], end.Keys);
        Assert.True(end.HasPreviousPage);
        Assert.False(end.HasNextPage);
    }

    [Fact]
    public async Task ACursorOfAnotherSearchOrATamperedOneIsInvalid()
    {
        var county = await PageAsync("county", new PageArguments(2, null, null, null));
        var cursor = county.EndCursor!;
        var tampered = cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];

        var otherWords = await _client.QueryAsync(PagingQuery, new { query = "crisis", after = cursor });
        var damaged = await _client.QueryAsync(PagingQuery, new { query = "county", last = 2, before = tampered });

        Assert.Equal(["INVALID_CURSOR"], otherWords.ErrorCodes);
        Assert.Equal(["INVALID_CURSOR"], damaged.ErrorCodes);
    }

    [Theory]
    [InlineData("\"crisis")]
    [InlineData("(mobile")]
    [InlineData("mobile*")]
    [InlineData("crisis~2")]
    [InlineData("\\")]
    [InlineData("title:crisis")]
    [InlineData("\" ( * ~ \\ : ) AND OR NOT [ ] { } ^ ! / && ||")]
    [InlineData("   ")]
    public async Task SyntaxCharactersAreTextNeverErrors(string query)
    {
        var response = await _search.RawAsync(new { query });
        Assert.Empty(response.Errors);
        Assert.NotNull(response.Data!["search"]!["totalCount"]);
    }

    [Fact]
    public async Task AVeryLongQueryIsCutNotRejected()
    {
        var query = string.Concat(Enumerable.Repeat("crisis mobile (response) ", 60))[..1500];
        var search = await _search.SearchAsync(new { query });
        Assert.Contains("nj/bergen/mrss", SearchClient.Keys(search));
    }

    [Theory]
    [InlineData("{ search(county: \"99999\") { totalCount } }", "NOT_FOUND")]
    [InlineData("{ search(county: \"NJ/atlantis\") { totalCount } }", "NOT_FOUND")]
    [InlineData("{ search(serviceTypes: [\"crisis\", \"astrology\"]) { totalCount } }", "NOT_FOUND")]
    [InlineData("{ search(topics: [\"crisis\", \"astrology\"]) { totalCount } }", "NOT_FOUND")]
    [InlineData("{ search(topics: [\"\"]) { totalCount } }", "NOT_FOUND")]
    [InlineData("{ search(state: \"XX\") { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ search(age: 200) { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ search(radiusKm: 5) { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ search(after: \"not-a-cursor\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ search(after: \"WyJub3BlIiwwXQ\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ search(first: 1000) { totalCount } }", "PAGE_SIZE_EXCEEDED")]
    [InlineData("{ search(first: -1) { totalCount } }", "INVALID_PAGING")]
    [InlineData("{ search(before: \"not-a-cursor\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ search(last: 1000) { totalCount } }", "PAGE_SIZE_EXCEEDED")]
    [InlineData("{ search(last: -1) { totalCount } }", "INVALID_PAGING")]
    public async Task BadArgumentsAreCodedErrors(string query, string code)
    {
        var response = await new GraphQLClient(app.CreateClient()).QueryAsync(query);
        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task AnUnknownTopicIsNamedInTheErrorWithTheVocabulary()
    {
        var response = await _search.RawAsync(new { topics = new[] { "crisis", "Astrology" } });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        var message = response.Errors.Single()!["message"]!.GetValue<string>();
        Assert.Contains("'astrology'", message, StringComparison.Ordinal);
        Assert.DoesNotContain("'crisis'", message, StringComparison.Ordinal);
        Assert.Contains("foster-care", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACursorOfABrowseIsInvalidForATextSearch()
    {
        var browse = await _search.SearchAsync(new { first = 1 });
        var response = await _search.RawAsync(new { query = "crisis", after = browse["pageInfo"]!["endCursor"]!.GetValue<string>() });
        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    private static List<(string Value, string Label, int Count)> Facet(JsonNode facets, string name) =>
        [.. facets[name]!.AsArray().Select(f => (f!["value"]!.GetValue<string>(), f["label"]!.GetValue<string>(), f["count"]!.GetValue<int>()))];

    [Fact]
    public async Task AQuestionAboutCallingHighlightsTheAccessLinesNumberFirst()
    {
        var search = await _search.SearchAsync(new { query = "who do I call", first = 5 });

        var hit = Hit(search, "nj/csoc-access-line");
        var first = hit["highlights"]!.AsArray()[0]!;
        Assert.Equal("contact", first["field"]!.GetValue<string>());
        Assert.Contains(first["fragments"]!.AsArray(), f => f!.GetValue<string>().Contains("<em>Call</em> 1-877-652-7624", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AQuestionAboutPayingHighlightsTheProgramsPaymentOptions()
    {
        var search = await _search.SearchAsync(new { query = "does medicaid pay", first = 5 });

        var cost = Hit(search, "nj/bergen/mrss")["highlights"]!.AsArray().Single(h => h!["field"]!.GetValue<string>() == "cost")!;
        Assert.Contains(cost["fragments"]!.AsArray(), f => f!.GetValue<string>().Contains("<em>Payment</em> <em>options</em>: <em>Medicaid</em>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("34031", "crisis help")] // Passaic: no mobile response partner of its own
    [InlineData("34027", "my child is suicidal")] // Morris: only a family support partner
    public async Task ACrisisInACountyWithoutItsOwnMobileResponseFindsTheStatewideAccessLine(string county, string query)
    {
        var keys = await _search.KeysAsync(new { query, county, first = 3 });

        Assert.Contains("nj/csoc-access-line", keys);
        Assert.Contains("nj/performcare", keys);
    }

    [Theory]
    [InlineData("who do I call")]
    [InlineData("¿dónde hay ayuda?")]
    public async Task QuestionWordsAloneAreNotFuzzyMatchedIntoTownHalls(string query)
    {
        var keys = await _search.KeysAsync(new { query, first = 5 });

        Assert.DoesNotContain("nj/dcf-educator-town-halls", keys);
        Assert.DoesNotContain("nj/dcf-town-hall-recordings", keys);
    }

    [Fact]
    public async Task ASpanishQueryFindsTheEnglishRecordsItMeansAndSpanishTextFirst()
    {
        var keys = await _search.KeysAsync(new { query = "grupo de apoyo para padres", first = 5 });

        Assert.Equal("nj/mercer/padres-grupo-de-apoyo", keys[0]);
        Assert.Contains("nj/bergen/family-support", await _search.KeysAsync(new { query = "apoyo familiar", first = 5 }));
    }

    private static JsonNode Hit(JsonNode search, string key) =>
        search["nodes"]!.AsArray().First(n => n!["item"]!["key"]!.GetValue<string>() == key)!;
}
