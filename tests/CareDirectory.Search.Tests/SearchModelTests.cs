namespace CareDirectory.Search.Tests;

/// <summary>The small shared pieces both backends rely on.</summary>
public sealed class SearchModelTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(20, 2)]
    public void FuzzinessFollowsElasticsearchAuto5And6(int length, int edits) => Assert.Equal(edits, SearchFields.AutoFuzziness(length));

    [Fact]
    public void CursorsRoundTripAndRejectTheOtherSortOrGarbage()
    {
        var relevance = new SearchCursor(false, 3.1415927f, null, "a");
        var browse = new SearchCursor(true, 0, "title", "b");

        Assert.Equal(relevance, SearchCursor.Decode(relevance.Encode(), browse: false));
        Assert.Equal(browse, SearchCursor.Decode(browse.Encode(), browse: true));
        Assert.Equal(SearchErrorCode.InvalidCursor, Assert.Throws<SearchRequestException>(() => SearchCursor.Decode(relevance.Encode(), browse: true)).Code);
        Assert.Throws<SearchRequestException>(() => SearchCursor.Decode("!!!", browse: false));
        Assert.Throws<SearchRequestException>(() => SearchCursor.Decode("WyJyIl0", browse: false));
    }

    [Fact]
    public void ErrorCodesHaveStableWireNames()
    {
        Assert.Equal("SEARCH_UNAVAILABLE", new SearchUnavailableException("x").CodeName);
        Assert.Equal("SEARCH_INVALID_PAGE_SIZE", new SearchRequestException(SearchErrorCode.InvalidPageSize, "x").CodeName);
        Assert.Equal("SEARCH_BACKEND_ERROR", new SearchBackendException("x").CodeName);
    }

    [Fact]
    public void QueryTextIsTrimmedAndCutToTheLimits()
    {
        var words = string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i));

        Assert.Null(SearchRequestValidation.QueryText(new SearchRequest { Query = " \t\n " }));
        Assert.Equal("a b", SearchRequestValidation.QueryText(new SearchRequest { Query = "  a \n b " }));
        Assert.Equal(SearchRequest.MaxQueryWords, SearchRequestValidation.QueryText(new SearchRequest { Query = words })!.Split(' ').Length);
        Assert.Equal(SearchRequest.MaxWordLength, SearchRequestValidation.QueryText(new SearchRequest { Query = new string('x', 5000) })!.Length);
        Assert.True(SearchRequestValidation.QueryText(new SearchRequest { Query = string.Concat(Enumerable.Repeat("abcdefghi ", 500)) })!.Length < SearchRequest.MaxQueryLength);
    }

    [Fact]
    public void StateFipsLinksCountiesToTheirState()
    {
        Assert.Equal("34", StateFips.ForState("nj"));
        Assert.Equal("17", StateFips.ForState("IL"));
        Assert.Equal("34", StateFips.ForCounty("34003"));
        Assert.Null(StateFips.ForCounty("3400"));
    }

    [Fact]
    public void SynonymRulesParseGroupsAndOneWayRules()
    {
        var crisis = SearchSynonyms.Expansions.Single(r => r.From.Contains("crisis"));
        var dcfs = SearchSynonyms.Expansions.Single(r => r.From.SequenceEqual(["dcfs"]));

        Assert.Equal(crisis.From, crisis.To);
        Assert.Contains("mobile response", crisis.To);
        Assert.Equal(["dcfs", "foster", "department of children and family services"], dcfs.To);
        Assert.DoesNotContain(SearchSynonyms.Expansions, r => r.From.Contains("foster") && r.To.Contains("dcfs"));
    }
}
