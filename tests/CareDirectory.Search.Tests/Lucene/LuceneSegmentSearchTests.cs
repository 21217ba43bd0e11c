using System.Text.Json;
using CareDirectory.Search.Lucene;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>
/// Searching segments on several threads (#17) answers exactly what one thread does: the same hits, scores, cursors,
/// totals, facets and page flags, paging either way. The slices are as many as the processors: on a one-processor
/// machine both indexes search on one thread and this shows nothing.
/// </summary>
public sealed class LuceneSegmentSearchTests
{
    public static TheoryData<string> Requests => [.. RequestsByName.Keys];

    private static readonly Dictionary<string, SearchRequest> RequestsByName = new()
    {
        ["text with facets"] = new SearchRequest { Query = "family support", First = 3, Facets = true },
        ["text, last page"] = new SearchRequest { Query = "crisis", Last = 2, Facets = true },
        ["misspelt, any word"] = new SearchRequest { Query = "famly counselling", First = 5 },
        ["browse"] = new SearchRequest { First = 4, Facets = true },
        ["county"] = new SearchRequest { Query = "therapy", CountyFips = ["34003"], First = 5, Facets = true },
        ["near"] = new SearchRequest { Query = "therapy", Near = new GeoPoint(40.8864, -74.0477), RadiusKm = 30, First = 1 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task SlicesOfSegmentsAnswerAsOneThreadDoes(string name)
    {
        using var concurrent = await Index(concurrentFromDocuments: 0);
        using var sequential = await Index(concurrentFromDocuments: int.MaxValue);
        var request = RequestsByName[name];

        var expected = await sequential.SearchAsync(request);
        Assert.NotEmpty(expected.Hits);
        Assert.Equal(Json(expected), Json(await concurrent.SearchAsync(request)));

        // The next page from the cursor, the way the request reads.
        var next = request.Last is null ? request with { After = expected.EndCursor } : request with { Before = expected.StartCursor };
        Assert.Equal(Json(await sequential.SearchAsync(next)), Json(await concurrent.SearchAsync(next)));
    }

    /// <summary>Each write commits a segment: the fixture in four writes is an index of four segments.</summary>
    private static async Task<LuceneSearchIndex> Index(int concurrentFromDocuments)
    {
        var index = new LuceneSearchIndex(new LuceneSearchOptions { ConcurrentSearchFromDocuments = concurrentFromDocuments });
        foreach (var batch in DirectoryFixture.Documents.Chunk((DirectoryFixture.Documents.Count + 3) / 4))
        {
            await index.UpsertAsync(batch);
        }

        return index;
    }

    private static string Json(SearchResults results) => JsonSerializer.Serialize(results);
}
