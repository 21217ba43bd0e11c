using System.Text.Json.Nodes;
using static CareDirectory.Search.Tests.Elasticsearch.ElasticsearchTestIndex;

namespace CareDirectory.Search.Tests.Elasticsearch;

/// <summary>The exact requests the Elasticsearch backend sends through the real client (layer 1 of 3).</summary>
public sealed class ElasticsearchRequestTests
{
    [Fact]
    public async Task FirstUseCreatesAVersionedIndexBehindTheAliasWithExplicitMappings()
    {
        var (index, invoker) = Create(request => request switch
        {
            { Method: "HEAD" } => CannedResponse.NotFound,
            { Method: "PUT" } => CannedResponse.Ok("""{"acknowledged":true,"shards_acknowledged":true,"index":"x"}"""),
            _ => CannedResponse.Ok(ElasticsearchResponses.EmptySearch),
        });

        await index.SearchAsync(new SearchRequest { Query = "crisis" });
        await index.SearchAsync(new SearchRequest { Query = "crisis" });

        Assert.Equal(
            ["HEAD /_alias/caredirectory", "PUT /caredirectory-", "POST /caredirectory/_search?typed_keys=true", "POST /caredirectory/_search?typed_keys=true"],
            invoker.Requests.Select(r => $"{r.Method} {(r.Method == "PUT" ? r.PathAndQuery[..15] : r.PathAndQuery)}"));
        Assert.Matches("^/caredirectory-[0-9]{17}$", invoker.Requests[1].Path);
        Golden.AssertMatches("create-index", invoker.Requests[1].Body);
    }

    [Fact]
    public void IndexSettingsCarryTheSharedSynonymList()
    {
        var body = CareDirectory.Search.Elasticsearch.ElasticsearchIndexDefinition.Create();

        var synonyms = body["settings"]!["analysis"]!["filter"]!["cd_synonyms"]!;
        Assert.Equal("synonym_graph", (string?)synonyms["type"]);
        Assert.Equal(SearchSynonyms.Rules, synonyms["synonyms"]!.AsArray().Select(s => (string)s!));
        Assert.Contains("crisis, mobile response, mrss, cmrss, crisis stabilization, crisis intervention", SearchSynonyms.Rules);
    }

    [Fact]
    public async Task TextSearchSendsMultiMatchWithFuzzinessFiltersFacetsAndHighlighting()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.EmptySearch)));

        await index.SearchAsync(new SearchRequest
        {
            Query = "  mobil respons  ", State = "nj", CountyFips = [DirectoryFixture.Bergen], Kinds = [SearchKind.Partner, SearchKind.Program],
            ServiceTypes = ["crisis"], Topics = ["crisis", "referral"], Roles = ["MobileResponse"], Audiences = ["Youth"], Age = 15, Language = "en",
            Near = DirectoryFixture.Hackensack, RadiusKm = 25, First = 10,
        });

        // Every word first; with too few hits (none here) the same search again with any word alone (#17): the
        // all-words query, which found nothing, is not sent again.
        var searches = invoker.Requests.Where(r => r.Path == "/caredirectory/_search").ToList();
        Assert.Equal(2, searches.Count);
        Assert.All(searches, search => Assert.Equal("/caredirectory/_search?typed_keys=true", search.PathAndQuery));
        Assert.All(searches, search => Assert.Equal("application/vnd.elasticsearch+json;compatible-with=9", search.ContentType));
        Golden.AssertMatches("search-text-filtered", searches[0].Body);
        Assert.True(JsonNode.DeepEquals(AnyWordOf(TextQuery(searches[0])), TextQuery(searches[1])), "the any-word request is the all-words query with any word");
    }

    [Fact]
    public async Task AFallbackAfterTooFewAllWordsHitsKeepsTheAllWordsQueryFirst()
    {
        // The canned response has 3 hits: fewer than the 5 an all-words search needs, but some.
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.CrisisSearch)));

        await index.SearchAsync(new SearchRequest { Query = "mobil respons" });

        var searches = invoker.Requests.Where(r => r.Path == "/caredirectory/_search" && !IsRescore(r)).ToList();
        Assert.Equal(2, searches.Count);
        var allWords = TextQuery(searches[0]);
        var anyWord = TextQuery(searches[1])["bool"]!["should"]!.AsArray();
        Assert.True(JsonNode.DeepEquals(allWords, anyWord[0]), "the any-word request keeps the all-words query first");
        Assert.True(JsonNode.DeepEquals(AnyWordOf(allWords), anyWord[1]));
    }

    [Fact]
    public async Task OneWordIsNotSearchedAgainWithAnyWord()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.EmptySearch)));

        await index.SearchAsync(new SearchRequest { Query = " crisis " });

        var body = invoker.Requests.Single(r => r.Path == "/caredirectory/_search").Body!;
        Assert.Contains("\"operator\":\"and\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HighlightsAreAskedForOnlyWhenWanted(bool highlights)
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.EmptySearch)));

        await index.SearchAsync(new SearchRequest { Query = "crisis", Highlights = highlights });

        var body = JsonNode.Parse(invoker.Requests.Single(r => r.Path == "/caredirectory/_search").Body!)!;
        Assert.Equal(highlights, body["highlight"] is not null);
    }

    [Fact]
    public async Task ANumberInTheQueryMatchesAsAWordOrAsAnAgeInTheRecordsStatedRange()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.EmptySearch)));

        await index.SearchAsync(new SearchRequest { Query = "my son is 19, can he still get help" });
        await index.SearchAsync(new SearchRequest { Query = "24/7 help" });

        // Each search is sent twice (every word, then any word: the canned response finds nothing).
        var bodies = invoker.Requests.Where(r => r.Path == "/caredirectory/_search").Select(r => r.Body!).ToList();
        Assert.Equal(4, bodies.Count);
        Golden.AssertMatches("search-text-age", JsonNode.Parse(bodies[0])!["query"]!.ToJsonString());
        Assert.All(bodies.Take(2), body => Assert.Contains("\"constant_score\"", body, StringComparison.Ordinal));
        Assert.All(bodies.Skip(2), body => Assert.DoesNotContain("\"constant_score\"", body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchWithoutFacetsSendsNoAggregations()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.EmptySearch)));

        await index.SearchAsync(new SearchRequest { Query = "crisis" });
        await index.SearchAsync(new SearchRequest { Query = "crisis", Facets = false });

        var bodies = invoker.Requests.Where(r => r.Path == "/caredirectory/_search").Select(r => JsonNode.Parse(r.Body!)!.AsObject()).ToList();
        Assert.True(bodies[0].ContainsKey("aggs"));
        Assert.False(bodies[1].ContainsKey("aggs"));
    }

    [Fact]
    public async Task BrowseSortsByTitleWithoutHighlightingAndPagesWithSearchAfter()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.EmptySearch)));
        var after = new SearchCursor(true, 0, "bergen's promise care management organization", "nj-bergens-promise-cmo").Encode();

        await index.SearchAsync(new SearchRequest { First = 5, After = after });

        Golden.AssertMatches("search-browse-after", invoker.Requests.Single(r => r.Path == "/caredirectory/_search").Body);
    }

    [Fact]
    public async Task LastBeforeReadsTheReverseOrderFromTheCursor()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.EmptySearch)));
        var before = new SearchCursor(false, 4.25, null, "il-jcfs-soc").Encode();

        await index.SearchAsync(new SearchRequest { Query = "crisis", Last = 3, Before = before, Facets = false });

        // The rescore window is read from the start; the page's hits past it from the cursor, backwards, the window's
        // size more than the page (SearchRescoreWindow).
        var searches = invoker.Requests.Where(r => r.Path == "/caredirectory/_search").Select(r => JsonNode.Parse(r.Body!)!).ToList();
        Assert.Equal(2, searches.Count);
        Assert.Null(searches[0]["search_after"]);
        Assert.Equal(SearchFields.RescoreWindow, (int)searches[0]["size"]!);
        Assert.Equal("[{\"_score\":{\"order\":\"desc\"}},{\"id\":{\"order\":\"asc\"}}]", searches[0]["sort"]!.ToJsonString());
        Golden.AssertMatches("search-text-last-before", searches[1].ToJsonString());
    }

    [Fact]
    public async Task TheFieldsAndTheWordsAsAPhraseAreScoredOverTheRescoreWindowAlone()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.CrisisSearch)));

        await index.SearchAsync(new SearchRequest { Query = "mobile response", First = 1 });

        // The window, then the phrase over its two hits; the window request has no phrase clause. Three hits are fewer
        // than AllWordsMinimumHits, so the same again with any word, where the phrase counts twice (it did in both halves).
        var searches = invoker.Requests.Where(r => r.Path == "/caredirectory/_search").ToList();
        Assert.Equal(4, searches.Count);
        Assert.All([searches[0], searches[2]], search => Assert.DoesNotContain("\"phrase\"", search.Body, StringComparison.Ordinal));

        // The window reads the English words on the one field that holds them all; the fields' own queries come after.
        var spanish = SearchFields.Spanish.Select(f => f.Field).ToHashSet(StringComparer.Ordinal);
        Assert.All(MultiMatches(TextQuery(searches[0])), match =>
        {
            var fields = match["fields"]!.AsArray().Select(f => ((string)f!).Split('^')[0]).ToList();
            Assert.True(fields.SequenceEqual([SearchFields.EnglishAll]) || fields.All(spanish.Contains), string.Join(", ", fields));
        });
        Assert.True(IsRescore(searches[1]) && IsRescore(searches[3]));
        Golden.AssertMatches("search-text-rescore", searches[1].Body);
        // The any-word rescore: the fields' any-word query, and the phrase at twice the weight.
        var allWords = JsonNode.Parse(searches[1].Body!)!["query"]!["bool"]!["should"]!.AsArray();
        var anyWord = JsonNode.Parse(searches[3].Body!)!["query"]!["bool"]!["should"]!.AsArray();
        Assert.Equal(2, (int)anyWord[1]!["multi_match"]!["boost"]!);
        anyWord[1]!["multi_match"]!.AsObject().Remove("boost");
        Assert.True(JsonNode.DeepEquals(allWords[1], anyWord[1]));
        Assert.True(JsonNode.DeepEquals(allWords[0], anyWord[0]!["bool"]!["should"]![0]), "the any-word rescore keeps the all-words query first");
    }

    [Fact]
    public async Task QuerySyntaxIsSentOnlyAsPlainMultiMatchText()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.EmptySearch)));
        const string Hostile = "title:crisis~2 AND (foster* \"x\\";

        await index.SearchAsync(new SearchRequest { Query = Hostile });

        foreach (var search in invoker.Requests.Where(r => r.Path == "/caredirectory/_search"))
        {
            var matches = MultiMatches(TextQuery(search)).ToList();
            Assert.NotEmpty(matches);
            Assert.All(matches, match => Assert.Equal(Hostile, (string?)match["query"]));
            Assert.DoesNotContain("query_string", search.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UpsertAndDeleteSendOneBulkRequestThroughTheAliasAndWaitForRefresh()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.EmptySearch)));

        await index.UpsertAsync([DirectoryFixture.Get("nj-careplusnj-mrss"), DirectoryFixture.Get("syn-bergen-teen-group")]);
        await index.DeleteAsync(["nj-fso-bergen"]);

        var bulks = invoker.Requests.Where(r => r.Path == "/caredirectory/_bulk").ToList();
        Assert.Equal(2, bulks.Count);
        Assert.All(bulks, b => Assert.Equal("application/vnd.elasticsearch+x-ndjson;compatible-with=9", b.ContentType));
        Assert.All(bulks, b => Assert.Equal("/caredirectory/_bulk?refresh=wait_for", b.PathAndQuery));
        var lines = bulks[0].Body!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.True(bulks[0].Body!.EndsWith('\n'), "NDJSON must end with a newline.");
        Assert.Equal("""{"index":{"_id":"nj-careplusnj-mrss"}}""", lines[0]);
        Golden.AssertMatches("document-careplusnj", lines[1]);
        Assert.Equal("""{"index":{"_id":"syn-bergen-teen-group"}}""", lines[2]);
        Golden.AssertMatches("document-teen-group", lines[3]);
        Assert.Equal(["""{"delete":{"_id":"nj-fso-bergen"}}"""], bulks[1].Body!.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task EducatorResourceDocumentCarriesTopicCodesAsKeywordsAndTopicWordsAsText()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.EmptySearch)));

        await index.UpsertAsync([DirectoryFixture.Get("nj-performcare-educators-page")]);

        var lines = invoker.Requests.Single(r => r.Path == "/caredirectory/_bulk").Body!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Golden.AssertMatches("document-educators-page", lines[1]);
    }

    [Fact]
    public async Task LargeUpsertsAreSplitIntoBulkRequestsAndOnlyTheLastWaitsForRefresh()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.EmptySearch)), bulkSize: 2);

        await index.UpsertAsync(DirectoryFixture.Documents.Take(5));

        Assert.Equal(
            ["/caredirectory/_bulk", "/caredirectory/_bulk", "/caredirectory/_bulk?refresh=wait_for"],
            invoker.Requests.Where(r => r.Method == "POST").Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task RebuildLoadsANewIndexThenSwapsTheAliasInOneCallAndDeletesTheOldIndex()
    {
        var (index, invoker) = Create(
            request => request switch
            {
                { Method: "HEAD" } => CannedResponse.Ok(""),
                { Method: "PUT" } => CannedResponse.Ok("""{"acknowledged":true,"shards_acknowledged":true,"index":"x"}"""),
                { Path: var p } when p.EndsWith("/_bulk", StringComparison.Ordinal) =>
                    new CannedResponse(200, """{"errors":false,"took":3,"items":[]}""", "application/json"),
                { Path: var p } when p.EndsWith("/_refresh", StringComparison.Ordinal) =>
                    CannedResponse.Ok("""{"_shards":{"total":1,"successful":1,"failed":0}}"""),
                { Method: "GET", Path: "/_alias/caredirectory" } =>
                    CannedResponse.Ok("""{"caredirectory-20261101000000000":{"aliases":{"caredirectory":{}}}}"""),
                { Method: "POST", Path: "/_aliases" } => CannedResponse.Acknowledged,
                { Method: "DELETE" } => CannedResponse.Acknowledged,
                _ => throw new InvalidOperationException($"Unexpected {request.Method} {request.PathAndQuery}"),
            },
            bulkSize: 2);
        var progress = new List<int>();

        var loaded = await index.RebuildAsync(DirectoryFixture.Stream(DirectoryFixture.Documents.Take(5)), new InlineProgress(progress.Add));

        var created = invoker.Requests.Single(r => r.Method == "PUT").Path;
        Assert.Equal(
            [
                "HEAD /_alias/caredirectory", $"PUT {created}", $"POST {created}/_bulk", $"POST {created}/_bulk", $"POST {created}/_bulk",
                $"POST {created}/_refresh", "GET /_alias/caredirectory", "POST /_aliases", "DELETE /caredirectory-20261101000000000",
            ],
            invoker.Requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.Equal(5, loaded);
        Assert.Equal([2, 4, 5], progress);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""
                {"actions":[{"remove":{"index":"caredirectory-20261101000000000","alias":"caredirectory"}},
                            {"add":{"index":"NEW","alias":"caredirectory"}}]}
                """.Replace("NEW", created[1..], StringComparison.Ordinal)),
            JsonNode.Parse(invoker.Requests.Single(r => r.Path == "/_aliases").Body!)));
        Assert.DoesNotContain("aliases", invoker.Requests.Single(r => r.Method == "PUT").Body!, StringComparison.Ordinal);
    }

    /// <summary>A search's first pass, without the weight it has in a hit's score (<see cref="SearchFields.MatchScoreWeight"/>).</summary>
    private static JsonNode TextQuery(RecordedRequest search)
    {
        var query = JsonNode.Parse(search.Body!)!["query"]!["bool"]!["must"]![0]!;
        Assert.Equal(SearchFields.MatchScoreWeight, (float)query["bool"]!["boost"]!);
        query["bool"]!.AsObject().Remove("boost");
        return query;
    }

    /// <summary>An all-words text query with any word instead (<c>operator: or</c>).</summary>
    private static JsonNode AnyWordOf(JsonNode allWords) =>
        JsonNode.Parse(allWords.ToJsonString().Replace("\"operator\":\"and\"", "\"operator\":\"or\"", StringComparison.Ordinal))!;

    private static IEnumerable<JsonNode> MultiMatches(JsonNode node) => node switch
    {
        JsonObject o when o["multi_match"] is { } match => [match],
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : MultiMatches(p.Value)),
        JsonArray a => a.SelectMany(n => n is null ? [] : MultiMatches(n)),
        _ => [],
    };
}
