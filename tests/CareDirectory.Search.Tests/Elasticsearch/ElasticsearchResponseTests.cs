using static CareDirectory.Search.Tests.Elasticsearch.ElasticsearchTestIndex;

namespace CareDirectory.Search.Tests.Elasticsearch;

/// <summary>How the backend reads Elasticsearch 9 responses and errors (layer 2 of 3).</summary>
public sealed class ElasticsearchResponseTests
{
    [Fact]
    public async Task SearchResponseBecomesHitsHighlightsFacetsAndACursor()
    {
        var (index, _) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.CrisisSearch)));

        var results = await index.SearchAsync(new SearchRequest { Query = "crisis", First = 1 });

        Assert.Equal(3, results.TotalCount);
        var hit = Assert.Single(results.Hits);
        Assert.Equal(new SearchHit("nj-careplusnj-mrss", SearchKind.Partner, 9.412, hit.Highlights, hit.Cursor), hit);
        Assert.Equal(["title", "description"], hit.Highlights.Select(h => h.Field));
        Assert.Equal("CarePlusNJ Children&#x27;s <em>Mobile</em> <em>Response</em> and Stabilization Services", hit.Highlights[0].Fragments.Single());
        Assert.True(results.HasNextPage);
        Assert.Equal([new FacetValue("Partner", 2), new FacetValue("Program", 1)], results.Facets.Kinds);
        Assert.Equal([new FacetValue("crisis", 3), new FacetValue("crisis.mobile-response", 2)], results.Facets.ServiceTypes);
        Assert.Equal(3, results.Facets.Counties.Count);
        Assert.Equal([new FacetValue("Youth", 3)], results.Facets.Audiences);
        Assert.Equal([new FacetValue("en", 3)], results.Facets.Languages);
        Assert.Equal([new FacetValue("MobileResponse", 2), new FacetValue("Provider", 1)], results.Facets.Roles);
        Assert.False(results.HasPreviousPage);
        Assert.Equal(new SearchCursor(false, 9.412, null, "nj-careplusnj-mrss"), SearchCursor.Decode(hit.Cursor, browse: false));
    }

    [Fact]
    public async Task CursorOfOnePageIsSentAsSearchAfterOfTheNext()
    {
        var (index, invoker) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.CrisisSearch)));

        var first = await index.SearchAsync(new SearchRequest { Query = "crisis", First = 1 });
        await index.SearchAsync(new SearchRequest { Query = "crisis", First = 1, After = first.EndCursor });

        // The window is read again from the start; the continuation from the cursor.
        var second = invoker.Requests.Select(r => System.Text.Json.Nodes.JsonNode.Parse(r.Body ?? "null")).Last(b => b?["search_after"] is not null)!;
        Assert.Equal("[9.412,\"nj-careplusnj-mrss\"]", second["search_after"]!.ToJsonString());
    }

    [Fact]
    public async Task ThePhraseScoresOfTheWindowAreAddedAndReorderIt()
    {
        // The phrase matches only the second hit of the window, enough to pass the first (4.25 + 6 = 10.25 > 9.412).
        var (index, _) = Create(ExistingAlias(
            CannedResponse.Ok(ElasticsearchResponses.CrisisSearch), CannedResponse.Ok(ElasticsearchResponses.CrisisPhraseRescore)));

        var first = await index.SearchAsync(new SearchRequest { Query = "crisis response", First = 1 });
        var both = await index.SearchAsync(new SearchRequest { Query = "crisis response", First = 2 });

        Assert.Equal(["il-jcfs-soc"], first.Hits.Select(h => h.Id));
        Assert.Equal(10.25, first.Hits[0].Score);
        Assert.Equal(new SearchCursor(false, 10.25, null, "il-jcfs-soc"), SearchCursor.Decode(first.EndCursor!, browse: false));
        Assert.True(first.HasNextPage);
        Assert.Equal([("il-jcfs-soc", 10.25), ("nj-careplusnj-mrss", 9.412)], both.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(3, both.TotalCount);
    }

    [Fact]
    public async Task ABackwardPageIsReadInReverseAndReturnedInResultOrder()
    {
        var (index, _) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.CrisisSearchBackward)));

        var one = await index.SearchAsync(new SearchRequest { Query = "crisis", Last = 1 });
        var both = await index.SearchAsync(new SearchRequest { Query = "crisis", Last = 2 });

        // One more hit than asked for was read: there is a page before.
        Assert.Equal(["il-jcfs-soc"], one.Hits.Select(h => h.Id));
        Assert.True(one.HasPreviousPage);
        Assert.False(one.HasNextPage);
        Assert.Equal(["nj-careplusnj-mrss", "il-jcfs-soc"], both.Hits.Select(h => h.Id));
        Assert.False(both.HasPreviousPage);
        Assert.Equal(new SearchCursor(false, 4.25, null, "il-jcfs-soc"), SearchCursor.Decode(both.EndCursor!, browse: false));
    }

    [Fact]
    public async Task HitsAtOrPastTheFarCursorAreCutFromThePage()
    {
        var (index, _) = Create(ExistingAlias(CannedResponse.Ok(ElasticsearchResponses.CrisisSearch)));
        var before = new SearchCursor(false, 4.25, null, "il-jcfs-soc").Encode();

        var page = await index.SearchAsync(new SearchRequest { Query = "crisis", First = 5, Before = before });

        Assert.Equal(["nj-careplusnj-mrss"], page.Hits.Select(h => h.Id));
        Assert.True(page.HasNextPage);
    }

    [Theory]
    [InlineData(429, ElasticsearchResponses.TooManyRequests)]
    [InlineData(503, ElasticsearchResponses.ServiceUnavailable)]
    [InlineData(502, "")]
    public async Task OverloadAndOutagesBecomeSearchUnavailable(int status, string body)
    {
        var (index, _) = Create(ExistingAlias(new CannedResponse(status, body)));

        var error = await Assert.ThrowsAsync<SearchUnavailableException>(() => index.SearchAsync(new SearchRequest { Query = "crisis" }));

        Assert.Equal("SEARCH_UNAVAILABLE", error.CodeName);
        Assert.Contains($"HTTP {status}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionFailureBecomesSearchUnavailable()
    {
        var (index, _) = Create(_ => new CannedResponse(0, "", Exception: new HttpRequestException("Connection refused")));

        var error = await Assert.ThrowsAsync<SearchUnavailableException>(() => index.SearchAsync(new SearchRequest { Query = "crisis" }));

        Assert.Equal(SearchErrorCode.Unavailable, error.Code);
    }

    [Fact]
    public async Task OtherErrorsBecomeBackendErrorsWithTheReason()
    {
        var (index, _) = Create(ExistingAlias(new CannedResponse(400, ElasticsearchResponses.BadRequest)));

        var error = await Assert.ThrowsAsync<SearchBackendException>(() => index.SearchAsync(new SearchRequest()));

        Assert.Equal("SEARCH_BACKEND_ERROR", error.CodeName);
        Assert.Contains("no mapping found for [title.sort]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkItemRejectionsAreReported()
    {
        const string Rejected = """
            {"took":2,"errors":true,"items":[
              {"index":{"_index":"caredirectory-1","_id":"a","status":429,"error":{"type":"es_rejected_execution_exception","reason":"queue full"}}}]}
            """;
        const string MappingError = """
            {"took":2,"errors":true,"items":[
              {"index":{"_index":"caredirectory-1","_id":"a","status":201,"result":"created"}},
              {"index":{"_index":"caredirectory-1","_id":"b","status":400,"error":{"type":"document_parsing_exception","reason":"failed to parse field [minAge]"}}}]}
            """;
        var (overloaded, _) = Create(r => r.Method == "HEAD" ? CannedResponse.Ok("") : new CannedResponse(200, Rejected, "application/json"));
        var (invalid, _) = Create(r => r.Method == "HEAD" ? CannedResponse.Ok("") : new CannedResponse(200, MappingError, "application/json"));

        await Assert.ThrowsAsync<SearchUnavailableException>(() => overloaded.UpsertAsync([DirectoryFixture.Documents[0]]));
        var error = await Assert.ThrowsAsync<SearchBackendException>(() => invalid.UpsertAsync(DirectoryFixture.Documents.Take(2)));

        Assert.Contains("failed to parse field [minAge]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"caredirectory-20261126013000000":{"mappings":{"_meta":{"layoutVersion":4}}}}""", 4, false)]
    [InlineData("""{"caredirectory-20261126013000000":{"mappings":{"_meta":{"layoutVersion":3}}}}""", 3, true)]
    [InlineData("""{"caredirectory-20261126013000000":{"mappings":{"_meta":{"layoutVersion":2}}}}""", 2, true)]
    [InlineData("""{"caredirectory-20261126013000000":{"mappings":{"_meta":{"layoutVersion":1}}}}""", 1, true)]
    [InlineData("{}", 1, true)] // an index made before the layout was recorded: filter_path leaves nothing
    public async Task HealthReadsClusterStatusCountAndLayout(string mapping, int layout, bool outdated)
    {
        var (index, _) = Create(request => request.Path switch
        {
            "/_cluster/health/caredirectory" => CannedResponse.Ok("""{"cluster_name":"docker-cluster","status":"yellow","timed_out":false,"number_of_nodes":1}"""),
            "/caredirectory/_count" => CannedResponse.Ok("""{"count":15,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}"""),
            "/caredirectory/_mapping" => CannedResponse.Ok(mapping),
            _ => throw new InvalidOperationException(request.PathAndQuery),
        });
        var (down, _) = Create(_ => new CannedResponse(0, "", Exception: new HttpRequestException("Connection refused")));

        var health = await index.HealthAsync();
        var unreachable = await down.HealthAsync();

        Assert.Equal(new SearchHealth(SearchHealthStatus.Degraded, "Elasticsearch alias 'caredirectory' is yellow with 15 documents.", 15, layout), health);
        Assert.Equal(outdated, health.LayoutOutdated);
        Assert.Equal(SearchHealthStatus.Unavailable, unreachable.Status);
    }
}
