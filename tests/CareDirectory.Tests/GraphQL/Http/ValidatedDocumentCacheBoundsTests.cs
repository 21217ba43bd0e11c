using CareDirectory.GraphQL.Execution;
using GraphQLParser;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>The cache's bounds: entries and total text length, least recently used out first.</summary>
public sealed class ValidatedDocumentCacheBoundsTests
{
    [Fact]
    public void LeastRecentlyUsedDocumentLeavesFirstWhenEntriesAreFull()
    {
        var cache = new ValidatedDocumentCache(maxEntries: 2, maxCharacters: 1_000);
        Add(cache, "{ a }");
        Add(cache, "{ b }");
        Assert.NotNull(cache.Find("{ a }"));

        Add(cache, "{ c }");

        Assert.Equal(2, cache.Count);
        Assert.NotNull(cache.Find("{ a }"));
        Assert.Null(cache.Find("{ b }"));
        Assert.NotNull(cache.Find("{ c }"));
    }

    [Fact]
    public void TotalTextLengthIsBounded()
    {
        var cache = new ValidatedDocumentCache(maxEntries: 100, maxCharacters: 12);
        Add(cache, "{ one }");
        Add(cache, "{ two }");

        Assert.Null(cache.Find("{ one }"));
        Assert.NotNull(cache.Find("{ two }"));
    }

    [Fact]
    public void DocumentLongerThanTheWholeBudgetIsNotKept()
    {
        var cache = new ValidatedDocumentCache(maxEntries: 100, maxCharacters: 5);
        Add(cache, "{ long }");

        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void SameTextIsKeptOnce()
    {
        var cache = new ValidatedDocumentCache(maxEntries: 100, maxCharacters: 1_000);
        Add(cache, "{ a }");
        Add(cache, "{ a }");

        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void NegativeBoundsAreRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidatedDocumentCache(maxEntries: -1, maxCharacters: 10));

    private static void Add(ValidatedDocumentCache cache, string text) => cache.Add(text, Parser.Parse(text));
}
