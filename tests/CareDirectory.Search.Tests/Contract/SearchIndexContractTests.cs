using static CareDirectory.Search.Tests.DirectoryFixture;

namespace CareDirectory.Search.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="ISearchIndex"/> backend must show on the same documents. One subclass per
/// backend supplies the fixture.
/// </summary>
public abstract class SearchIndexContractTests(ISearchIndexFixture fixture)
{
    private ISearchIndex Index => fixture.Index;

    private Task<SearchResults> SearchAsync(SearchRequest request) => Index.SearchAsync(request);

    private async Task<List<string>> IdsAsync(SearchRequest request) => [.. (await SearchAsync(request)).Hits.Select(h => h.Id)];

    [ContractFact]
    public async Task KeywordFindsPartnerByName()
    {
        var ids = await IdsAsync(new SearchRequest { Query = "Bergen's Promise" });

        Assert.Equal("nj-bergens-promise-cmo", ids[0]);
    }

    [ContractFact]
    public async Task StemmingMatchesOtherWordForms()
    {
        var ids = await IdsAsync(new SearchRequest { Query = "stabilizing" });

        // Both records that say "stabilization" come first (their order follows cross-field scoring, #17).
        Assert.Equal(["nj-careplusnj-mrss", "syn-essex-stabilization"], ids.Take(2).Order(StringComparer.Ordinal));
    }

    [ContractFact]
    public async Task CrisisFindsTheMobileResponseProgramFirst()
    {
        var ids = await IdsAsync(new SearchRequest { Query = "crisis" });

        Assert.Equal("nj-careplusnj-mrss", ids[0]);
        Assert.Contains("il-jcfs-soc", ids);
    }

    [ContractFact]
    public async Task SynonymFindsDocumentWithoutTheWord()
    {
        // The JCFS program never says "kinship"; the synonym list makes it equal "foster"/"relative placement".
        var ids = await IdsAsync(new SearchRequest { Query = "kinship care", State = "IL" });

        Assert.Contains("il-jcfs-soc", ids);
        Assert.DoesNotContain("kinship", System.Text.Json.JsonSerializer.Serialize(Get("il-jcfs-soc")), StringComparison.OrdinalIgnoreCase);
    }

    [ContractFact]
    public async Task MisspellingStillFindsMobileResponse()
    {
        var ids = await IdsAsync(new SearchRequest { Query = "mobil respons" });

        Assert.Equal("nj-careplusnj-mrss", ids[0]);
    }

    [ContractFact]
    public async Task SpanishQueryFindsSpanishText()
    {
        var ids = await IdsAsync(new SearchRequest { Query = "terapia familiar" });

        Assert.Equal("il-jcfs-soc", ids[0]);
    }

    [ContractFact]
    public async Task CountyFilterIncludesStatewideDocumentsOfTheState()
    {
        var ids = await IdsAsync(new SearchRequest { CountyFips = [Bergen], First = 100 });

        var expected = Documents.Where(d => d.CountyFips.Contains(Bergen) || (d.State == "NJ" && d.Statewide)).Select(d => d.Id);
        Assert.Equal(expected.Order(), ids.Order());
        Assert.Contains("nj-performcare-csa", ids);
        Assert.DoesNotContain("syn-essex-stabilization", ids);
    }

    [ContractFact]
    public async Task CountyFilterAppliesToTextSearch()
    {
        var ids = await IdsAsync(new SearchRequest { Query = "stabilization", CountyFips = [Essex] });

        Assert.Equal(["syn-essex-stabilization"], ids);
    }

    [ContractFact]
    public async Task ParentServiceTypeFindsDocumentsTaggedWithItsChildren()
    {
        var ids = await IdsAsync(new SearchRequest { ServiceTypes = ["therapy"], First = 100 });

        Assert.Equal(["il-jcfs-soc", "syn-bergen-play-therapy", "syn-bergen-teen-group"], ids.Order());
    }

    [ContractFact]
    public async Task AgeFilterMatchesRangesThatContainTheAgeIncludingOpenEnds()
    {
        var ids = await IdsAsync(new SearchRequest { Age = 15, First = 100 });

        Assert.Contains("syn-bergen-teen-group", ids);
        Assert.Contains("nj-fso-bergen", ids);
        Assert.Contains("nj-careplusnj-mrss", ids);
        Assert.DoesNotContain("syn-bergen-play-therapy", ids);
        Assert.Equal(Documents.Count(d => (d.MinAge ?? 0) <= 15 && (d.MaxAge ?? 99) >= 15), ids.Count);
    }

    [ContractFact]
    public async Task ANumberInTheQueryIsMatchedByTheAgeRangesRecordsState()
    {
        var teen = await IdsAsync(new SearchRequest { Query = "therapy 15" });
        var young = await IdsAsync(new SearchRequest { Query = "therapy 4" });
        var age = await IdsAsync(new SearchRequest { Query = "15", First = 100 });

        Assert.Equal("syn-bergen-teen-group", teen[0]);
        Assert.Equal("syn-bergen-play-therapy", young[0]);
        // Records that state no ages say nothing about 15: only stated ranges holding it match the number.
        Assert.Equal(
            Documents.Where(d => (d.MinAge is not null || d.MaxAge is not null) && (d.MinAge ?? 0) <= 15 && (d.MaxAge ?? 99) >= 15).Select(d => d.Id).Order(),
            age.Order());
    }

    [ContractFact]
    public async Task KindFacetsCountTheFilteredResultSet()
    {
        var all = await SearchAsync(new SearchRequest());
        var bergen = await SearchAsync(new SearchRequest { CountyFips = [Bergen], Kinds = [SearchKind.Meeting, SearchKind.Partner] });

        Assert.Equal(Documents.Count, all.TotalCount);
        Assert.Equal(
            Documents.GroupBy(d => d.Kind.ToString()).Select(g => new FacetValue(g.Key, g.Count()))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal),
            all.Facets.Kinds);
        Assert.Equal([new FacetValue("Partner", 5), new FacetValue("Meeting", 3)], bergen.Facets.Kinds);
        Assert.Equal(8, bergen.TotalCount);
        Assert.Contains(new FacetValue(Bergen, 6), bergen.Facets.Counties);
    }

    [ContractFact]
    public async Task FacetsNotAskedForAreEmptyWhileTheTotalAndHitsStayTheSame()
    {
        var counted = await SearchAsync(new SearchRequest { Query = "therapy", First = 100 });
        var uncounted = await SearchAsync(new SearchRequest { Query = "therapy", First = 100, Facets = false });

        Assert.NotEmpty(counted.Facets.Kinds);
        var facets = uncounted.Facets;
        Assert.All([facets.Kinds, facets.ServiceTypes, facets.Roles, facets.Counties, facets.Audiences, facets.Languages, facets.Topics], Assert.Empty);
        Assert.Equal(counted.TotalCount, uncounted.TotalCount);
        Assert.Equal(counted.Hits.Select(h => h.Id), uncounted.Hits.Select(h => h.Id));
    }

    [ContractFact]
    public async Task ServiceTypeFacetsIncludeAncestors()
    {
        var results = await SearchAsync(new SearchRequest { Query = "therapy", First = 100 });

        Assert.Contains(new FacetValue("therapy", 3), results.Facets.ServiceTypes);
        Assert.Contains(new FacetValue("therapy.group", 1), results.Facets.ServiceTypes);
    }

    [ContractFact]
    public async Task TopicFilterMatchesDocumentsWithAnyOfTheTopics()
    {
        var access = await IdsAsync(new SearchRequest { Topics = ["access"], First = 100 });
        var referralOrPayment = await IdsAsync(new SearchRequest { Topics = ["payment", "referral"], First = 100 });
        var text = await IdsAsync(new SearchRequest { Query = "town hall recordings", First = 100 });
        var textWithTopic = await IdsAsync(new SearchRequest { Query = "town hall recordings", Topics = ["referral"], First = 100 });

        Assert.Equal(["nj-dcf-town-hall-recordings", "nj-performcare-educators-page"], access.Order());
        Assert.Equal(["nj-performcare-educators-page"], referralOrPayment);
        Assert.Contains("nj-dcf-town-hall-recordings", text);
        Assert.All(textWithTopic, id => Assert.Equal("nj-performcare-educators-page", id));
    }

    [ContractFact]
    public async Task TopicFilterMatchesTopicCodesNotTopicWords()
    {
        // "Recordings" is a topic word of the town hall recordings, not a topic code: the filter is a keyword match.
        var ids = await IdsAsync(new SearchRequest { Topics = ["recordings", "Education"], First = 100 });

        Assert.Empty(ids);
    }

    [ContractFact]
    public async Task TopicFacetsCountTheFilteredResultSet()
    {
        var all = await SearchAsync(new SearchRequest { First = 1 });
        var referral = await SearchAsync(new SearchRequest { Topics = ["referral"] });

        Assert.Equal([new FacetValue("access", 2), new FacetValue("education", 2), new FacetValue("referral", 1)], all.Facets.Topics);
        Assert.Equal([new FacetValue("access", 1), new FacetValue("education", 1), new FacetValue("referral", 1)], referral.Facets.Topics);
        Assert.Equal(1, referral.TotalCount);
    }

    [ContractFact]
    public async Task HighlightsMarkMatchedWords()
    {
        var results = await SearchAsync(new SearchRequest { Query = "mobile response" });

        var hit = results.Hits.First(h => h.Id == "nj-careplusnj-mrss");
        var title = Assert.Single(hit.Highlights, h => h.Field == "title");
        Assert.Contains("<em>Mobile</em>", title.Fragments[0], StringComparison.Ordinal);
        Assert.Contains("Children&#x27;s", title.Fragments[0], StringComparison.Ordinal);
        Assert.True(hit.Score > 0);
    }

    [ContractFact]
    public async Task BrowseWithoutQueryOrFiltersReturnsEverythingByTitle()
    {
        var results = await SearchAsync(new SearchRequest { Query = "   ", First = 100 });

        Assert.Equal(Documents.Count, results.TotalCount);
        Assert.Equal(
            Documents.OrderBy(d => d.Title.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id),
            results.Hits.Select(h => h.Id));
        Assert.All(results.Hits, h => Assert.Empty(h.Highlights));
    }

    [ContractFact]
    public async Task PagingWithCursorsHasNoDuplicatesOrGaps()
    {
        foreach (var query in new[] { null, "care services for youth" })
        {
            var everything = await IdsAsync(new SearchRequest { Query = query, First = 100 });
            var paged = new List<string>();
            string? after = null;
            SearchResults page;
            do
            {
                page = await SearchAsync(new SearchRequest { Query = query, First = 4, After = after });
                paged.AddRange(page.Hits.Select(h => h.Id));
                after = page.EndCursor;
            }
            while (page.HasNextPage);

            Assert.Equal(everything, paged);
            Assert.Equal(page.TotalCount, paged.Count);
        }
    }

    [ContractFact]
    public async Task LastWithoutBeforeIsTheEndOfTheResultInResultOrder()
    {
        foreach (var query in new[] { null, "care services for youth" })
        {
            var everything = await IdsAsync(new SearchRequest { Query = query, First = 100 });

            var end = await SearchAsync(new SearchRequest { Query = query, Last = 3 });

            Assert.Equal(everything[^3..], end.Hits.Select(h => h.Id));
            Assert.True(end.HasPreviousPage);
            Assert.False(end.HasNextPage);
            Assert.Equal(everything.Count, end.TotalCount);
        }
    }

    [ContractFact]
    public async Task PagingBackwardWithBeforeHasNoDuplicatesOrGaps()
    {
        foreach (var query in new[] { null, "care services for youth" })
        {
            var everything = await IdsAsync(new SearchRequest { Query = query, First = 100 });
            var paged = new List<string>();
            string? before = null;
            SearchResults page;
            do
            {
                page = await SearchAsync(new SearchRequest { Query = query, Last = 4, Before = before });
                paged.InsertRange(0, page.Hits.Select(h => h.Id));
                Assert.Equal(before is not null, page.HasNextPage);
                before = page.StartCursor;
            }
            while (page.HasPreviousPage);

            Assert.Equal(everything, paged);
        }
    }

    [ContractFact]
    public async Task EveryHitsCursorPagesOnFromThatHitBothWays()
    {
        foreach (var query in new[] { null, "care services for youth" })
        {
            var everything = (await SearchAsync(new SearchRequest { Query = query, First = 100 })).Hits;
            var ids = everything.Select(h => h.Id).ToList();
            for (var i = 0; i < everything.Count; i++)
            {
                var after = await IdsAsync(new SearchRequest { Query = query, First = 3, After = everything[i].Cursor });
                var before = await IdsAsync(new SearchRequest { Query = query, Last = 3, Before = everything[i].Cursor });

                Assert.Equal(ids.Skip(i + 1).Take(3), after);
                Assert.Equal(ids.Take(i).TakeLast(3), before);
            }
        }
    }

    /// <summary>
    /// Random windows (seeded, so a failure repeats) against the whole ordered result: the page is the window's first
    /// or last N hits, in order, and the flags say whether the result goes on past the page either way.
    /// </summary>
    [ContractFact]
    public async Task RandomFirstLastAfterBeforeCombinationsMatchTheOrderedResult()
    {
        var random = new Random(1515);
        foreach (var query in new[] { null, "care services for youth", "crisis" })
        {
            var everything = (await SearchAsync(new SearchRequest { Query = query, First = 100 })).Hits;
            var ids = everything.Select(h => h.Id).ToList();
            for (var round = 0; round < 60; round++)
            {
                int? after = random.Next(4) == 0 ? null : random.Next(ids.Count);
                int? before = random.Next(4) == 0 ? null : random.Next(ids.Count);
                var size = random.Next(1, 7);
                var backward = random.Next(2) == 0;
                var request = new SearchRequest
                {
                    Query = query,
                    First = backward ? null : size,
                    Last = backward ? size : null,
                    After = after is { } a ? everything[a].Cursor : null,
                    Before = before is { } b ? everything[b].Cursor : null,
                };
                var window = ids.Take(before ?? ids.Count).Skip(after is { } start ? start + 1 : 0).ToList();
                var expected = backward ? window.TakeLast(size).ToList() : window.Take(size).ToList();
                var context = $"query '{query}', {(backward ? "last" : "first")} {size}, after #{after}, before #{before}";

                var page = await SearchAsync(request);

                Assert.True(expected.SequenceEqual(page.Hits.Select(h => h.Id)), $"{context}: got [{string.Join(", ", page.Hits.Select(h => h.Id))}]");
                Assert.True(
                    (backward ? before is not null : window.Count > size || before is not null) == page.HasNextPage, $"{context}: hasNextPage");
                Assert.True(
                    (backward ? window.Count > size || after is not null : after is not null) == page.HasPreviousPage, $"{context}: hasPreviousPage");
                Assert.Equal(ids.Count, page.TotalCount);
            }
        }
    }

    /// <summary>Without highlights a search finds, scores, orders, counts and facets the same, and marks nothing.</summary>
    [ContractFact]
    public async Task HighlightsCanBeLeftOutWithoutChangingTheResult()
    {
        var request = new SearchRequest { Query = "crisis support", First = 10 };

        var with = await SearchAsync(request);
        var without = await SearchAsync(request with { Highlights = false });

        Assert.Contains(with.Hits, hit => hit.Highlights.Count > 0);
        Assert.All(without.Hits, hit => Assert.Empty(hit.Highlights));
        Assert.Equal(with.Hits.Select(h => (h.Id, h.Score, h.Cursor)), without.Hits.Select(h => (h.Id, h.Score, h.Cursor)));
        Assert.Equal(with.TotalCount, without.TotalCount);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(with.Facets), System.Text.Json.JsonSerializer.Serialize(without.Facets));
    }

    /// <summary>
    /// Every word must match, but each in any field and in any of its forms (#17): a record that names one word in its
    /// title and has a misspelt word's right spelling in its description matches all the words, so a record with only
    /// one of them is not found at all (five such records: no any-word fallback).
    /// </summary>
    [ContractFact]
    public async Task EachWordMatchesInAnyFieldAndAnyOfItsForms()
    {
        var index = await fixture.CreateIndexAsync();
        var split = Enumerable.Range(0, SearchFields.AllWordsMinimumHits).Select(i => new SearchDocument
        {
            Id = $"split-{i}", Kind = SearchKind.Partner, State = "NJ", Title = $"Counseling center {i}",
            Description = "Open to every family in the county.",
        });
        var counselingOnly = new SearchDocument
        {
            Id = "counseling-only", Kind = SearchKind.Partner, State = "NJ", Title = "Counseling center", Description = "Open to adults.",
        };
        await index.UpsertAsync([.. split, counselingOnly]);

        var results = await index.SearchAsync(new SearchRequest { Query = "famly counseling", First = 20 });

        Assert.Equal(SearchFields.AllWordsMinimumHits, results.TotalCount);
        Assert.Equal(split.Select(d => d.Id).Order(StringComparer.Ordinal), results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The words as a phrase rescore only the best <see cref="SearchFields.RescoreWindow"/> hits (#17); with more matches
    /// than that, paging page by page either way, and from every hit's cursor, reads the one big page's order, across
    /// the window's edge and through runs of equal scores.
    /// </summary>
    [ContractFact]
    public async Task PagingThroughARescoredResultReadsTheOneBigPagesOrder()
    {
        var index = await fixture.CreateIndexAsync();
        var documents = Enumerable.Range(0, SearchFields.RescoreWindow + 40).Select(i => new SearchDocument
        {
            Id = $"rescore-{i:D3}", Kind = SearchKind.Partner, State = "NJ", Title = $"Workshop {i}",
            // Together (the phrase adds), apart (it does not), or repeated (the words alone score high), with lengths varied.
            Description = (i % 3) switch { 0 => "garden tools", 1 => "tools for your garden", _ => "garden garden tools tools garden" }
                + " " + string.Join(' ', Enumerable.Repeat("planting", i % 7)),
        }).ToList();
        await index.UpsertAsync(documents);
        const string Query = "garden tools";

        var everything = (await index.SearchAsync(new SearchRequest { Query = Query, First = 100 })).Hits;
        var ids = everything.Select(h => h.Id).ToList();
        Assert.Equal(documents.Count, ids.Distinct().Count());
        Assert.All(everything.Zip(everything.Skip(1)), pair => Assert.True(
            pair.First.Score > pair.Second.Score || (pair.First.Score == pair.Second.Score && string.CompareOrdinal(pair.First.Id, pair.Second.Id) < 0),
            $"{pair.First.Id} ({pair.First.Score}) before {pair.Second.Id} ({pair.Second.Score})"));

        var forward = new List<string>();
        string? after = null;
        SearchResults page;
        do
        {
            page = await index.SearchAsync(new SearchRequest { Query = Query, First = 7, After = after });
            forward.AddRange(page.Hits.Select(h => h.Id));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        var backward = new List<string>();
        string? before = null;
        do
        {
            page = await index.SearchAsync(new SearchRequest { Query = Query, Last = 7, Before = before });
            backward.InsertRange(0, page.Hits.Select(h => h.Id));
            before = page.StartCursor;
        }
        while (page.HasPreviousPage);

        Assert.Equal(ids, forward);
        Assert.Equal(ids, backward);
        for (var i = 0; i < everything.Count; i += 3)
        {
            var next = await index.SearchAsync(new SearchRequest { Query = Query, First = 4, After = everything[i].Cursor });
            var previous = await index.SearchAsync(new SearchRequest { Query = Query, Last = 4, Before = everything[i].Cursor });

            Assert.Equal(ids.Skip(i + 1).Take(4), next.Hits.Select(h => h.Id));
            Assert.Equal(ids.Take(i).TakeLast(4), previous.Hits.Select(h => h.Id));
            Assert.Equal(everything.Skip(i + 1).Take(4).Select(h => h.Score), next.Hits.Select(h => h.Score));
        }
    }

    [ContractFact]
    public async Task QuerySyntaxCharactersAreSearchedAsPlainText()
    {
        string[] inputs =
        [
            "\"", "(", "*", "~", "\\", ":", "title:crisis", "crisis~2 AND (foster*", "\"unterminated phrase", "/regex/",
            "[1 TO 5]", "{!lucene}", "&& || !", "^3", "-", "+crisis -foster", "?", "<script>", "\u0000", "😀 crisis",
        ];
        foreach (var input in inputs)
        {
            var results = await SearchAsync(new SearchRequest { Query = input });
            Assert.NotNull(results);
        }

        // Operators are words or punctuation: "(foster*)" searches exactly what "foster" does.
        Assert.Equal(await IdsAsync(new SearchRequest { Query = "foster" }), await IdsAsync(new SearchRequest { Query = "(foster*)" }));
        Assert.Contains("il-jcfs-soc", await IdsAsync(new SearchRequest { Query = "crisis~2 AND (foster*" }));
    }

    [ContractFact]
    public async Task VeryLongQueriesDoNotThrow()
    {
        var longWords = string.Join(' ', Enumerable.Repeat("crisis foster therapy (care) \"support\"", 60));
        var oneToken = new string('x', 1500);

        var results = await SearchAsync(new SearchRequest { Query = longWords });
        await SearchAsync(new SearchRequest { Query = oneToken });

        Assert.True(longWords.Length > 1500);
        Assert.NotEmpty(results.Hits);
    }

    [ContractFact]
    public async Task NearFilterKeepsDocumentsWithinTheRadius()
    {
        var ids = await IdsAsync(new SearchRequest { Near = Hackensack, RadiusKm = 10 });

        Assert.Equal(["syn-bergen-play-therapy", "syn-bergen-teen-group"], ids.Order());
    }

    [ContractFact]
    public async Task InvalidInputIsRejectedWithACode()
    {
        var cursor = await Assert.ThrowsAsync<SearchRequestException>(() => SearchAsync(new SearchRequest { After = "not-a-cursor" }));
        var page = await Assert.ThrowsAsync<SearchRequestException>(() => SearchAsync(new SearchRequest { First = 0 }));
        var last = await Assert.ThrowsAsync<SearchRequestException>(() => SearchAsync(new SearchRequest { Last = SearchRequest.MaxPageSize + 1 }));
        var both = await Assert.ThrowsAsync<SearchRequestException>(() => SearchAsync(new SearchRequest { First = 2, Last = 2 }));
        var before = await Assert.ThrowsAsync<SearchRequestException>(() => SearchAsync(new SearchRequest { Last = 2, Before = "not-a-cursor" }));
        var browseCursor = (await SearchAsync(new SearchRequest { First = 1 })).EndCursor;
        var otherSort = await Assert.ThrowsAsync<SearchRequestException>(() => SearchAsync(new SearchRequest { Query = "crisis", Before = browseCursor }));
        var radius = await Assert.ThrowsAsync<SearchRequestException>(() => SearchAsync(new SearchRequest { RadiusKm = 5 }));

        Assert.Equal("SEARCH_INVALID_CURSOR", cursor.CodeName);
        Assert.Equal(SearchErrorCode.InvalidPageSize, page.Code);
        Assert.Equal(SearchErrorCode.InvalidPageSize, last.Code);
        Assert.Equal(SearchErrorCode.InvalidPageSize, both.Code);
        Assert.Equal(SearchErrorCode.InvalidCursor, before.Code);
        Assert.Equal(SearchErrorCode.InvalidCursor, otherSort.Code);
        Assert.Equal(SearchErrorCode.InvalidLocation, radius.Code);
    }

    [ContractFact]
    public async Task DeleteRemovesDocuments()
    {
        var index = await fixture.CreateIndexAsync();
        await index.UpsertAsync(Documents);

        await index.DeleteAsync(["nj-careplusnj-mrss", "unknown-id"]);

        var ids = (await index.SearchAsync(new SearchRequest { Query = "mobile response" })).Hits.Select(h => h.Id);
        Assert.DoesNotContain("nj-careplusnj-mrss", ids);
        Assert.Equal(Documents.Count - 1, (await index.SearchAsync(new SearchRequest())).TotalCount);
    }

    [ContractFact]
    public async Task UpsertReplacesADocumentWithTheSameId()
    {
        var index = await fixture.CreateIndexAsync();
        await index.UpsertAsync(Documents);

        await index.UpsertAsync([Get("nj-fso-bergen") with { Title = "Renamed Family Organization" }]);

        var results = await index.SearchAsync(new SearchRequest { Query = "renamed" });
        Assert.Equal("nj-fso-bergen", Assert.Single(results.Hits).Id);
        Assert.Equal(Documents.Count, (await index.SearchAsync(new SearchRequest())).TotalCount);
    }

    [ContractFact]
    public async Task UpsertRejectsDocumentsWithoutAnIdAndWritesNothing()
    {
        var index = await fixture.CreateIndexAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => index.UpsertAsync([Get("nj-fso-bergen"), Get("nj-ciacc-bergen") with { Id = " " }]));

        Assert.Equal(0, (await index.SearchAsync(new SearchRequest())).TotalCount);
    }

    [ContractFact]
    public async Task RebuildKeepsServingTheOldIndexUntilItSwaps()
    {
        var index = await fixture.CreateIndexAsync();
        await index.UpsertAsync([Get("nj-ciacc-bergen")]);
        var servedDuringRebuild = new List<int>();

        async IAsyncEnumerable<SearchDocument> Source()
        {
            foreach (var document in Documents.Where(d => d.Id != "nj-ciacc-bergen"))
            {
                if (document.Id == "nj-performcare-csa")
                {
                    // Mid-rebuild: the old index still answers, and a write made now must survive the swap.
                    servedDuringRebuild.Add((await index.SearchAsync(new SearchRequest())).TotalCount);
                    await index.UpsertAsync([Get("nj-ciacc-bergen-education")]);
                }

                await Task.Yield();
                yield return document;
            }
        }

        var progress = new List<int>();
        var loaded = await index.RebuildAsync(Source(), new InlineProgress(progress.Add));

        var after = await index.SearchAsync(new SearchRequest { First = 100 });
        Assert.Equal([1], servedDuringRebuild);
        Assert.Equal(Documents.Count - 1, loaded);
        Assert.Equal(loaded, progress[^1]);
        Assert.DoesNotContain(after.Hits, h => h.Id == "nj-ciacc-bergen");
        Assert.Contains(after.Hits, h => h.Id == "nj-ciacc-bergen-education");
        Assert.Equal(Documents.Count - 1, after.TotalCount);
    }
}
