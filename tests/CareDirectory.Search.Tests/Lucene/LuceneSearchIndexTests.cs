using CareDirectory.Search.Lucene;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>What only the on-disk Lucene backend does: generations, the CURRENT pointer, clean-up.</summary>
public sealed class LuceneSearchIndexTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "caredirectory-lucene-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ReopeningServesTheRebuiltGenerationAndDeletesTheOldOne()
    {
        using (var index = Open())
        {
            await index.UpsertAsync([DirectoryFixture.Get("nj-fso-bergen")]);
            await index.RebuildAsync(DirectoryFixture.Stream(DirectoryFixture.Documents));
        }

        using var reopened = Open();
        var results = await reopened.SearchAsync(new SearchRequest());

        Assert.Equal(DirectoryFixture.Documents.Count, results.TotalCount);
        var current = File.ReadAllText(Path.Combine(_path, "CURRENT"));
        Assert.Equal([current], Directory.GetDirectories(_path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task LeftOverGenerationsAreRemovedAtStart()
    {
        Directory.CreateDirectory(Path.Combine(_path, "gen-20260101000000000"));

        using var index = Open();
        await index.UpsertAsync([DirectoryFixture.Get("nj-fso-bergen")]);

        Assert.Equal(["gen-0"], Directory.GetDirectories(_path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task FailedRebuildKeepsTheServingIndex()
    {
        using var index = Open();
        await index.UpsertAsync(DirectoryFixture.Documents);

        static async IAsyncEnumerable<SearchDocument> Broken()
        {
            yield return DirectoryFixture.Documents[0];
            await Task.Yield();
            throw new IOException("database went away");
        }

        await Assert.ThrowsAsync<IOException>(() => index.RebuildAsync(Broken()));

        Assert.Equal(DirectoryFixture.Documents.Count, (await index.SearchAsync(new SearchRequest())).TotalCount);
        Assert.Equal(["gen-0"], Directory.GetDirectories(_path).Select(Path.GetFileName));
        Assert.Equal(DirectoryFixture.Documents.Count - 1, await index.RebuildAsync(DirectoryFixture.Stream(DirectoryFixture.Documents.Skip(1))));
    }

    [Fact]
    public async Task ARebuiltIndexAnswersExactlyLikeOneWrittenDocumentByDocument()
    {
        // A rebuild reuses field instances from one document to the next on several threads: no value of one
        // document may reach another (the fixture's documents differ in which optional fields they have).
        using var written = new LuceneSearchIndex(new LuceneSearchOptions());
        await written.UpsertAsync(DirectoryFixture.Documents);
        using var rebuilt = Open();
        await rebuilt.RebuildAsync(DirectoryFixture.Stream(DirectoryFixture.Documents));

        SearchRequest[] requests =
        [
            new() { First = 100 },
            new() { Query = "crisis", First = 100 },
            new() { Query = "servicios para familias", First = 100 },
            new() { Near = DirectoryFixture.Hackensack, RadiusKm = 25, First = 100 },
            new() { CountyFips = [DirectoryFixture.Bergen], Roles = ["MobileResponse"], First = 100 },
            new() { Age = 19, Language = "es", First = 100 },
            new() { Kinds = [SearchKind.Meeting], Audiences = ["Educators"], First = 100 },
        ];
        foreach (var request in requests)
        {
            var expected = await written.SearchAsync(request);
            var actual = await rebuilt.SearchAsync(request);
            Assert.True(expected.TotalCount > 0, $"the request {request} finds something");
            Assert.Equal(expected.TotalCount, actual.TotalCount);
            Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
            Assert.Equal(expected.Hits.Select(h => h.Highlights.Select(l => (l.Field, string.Join("|", l.Fragments)))), actual.Hits.Select(h => h.Highlights.Select(l => (l.Field, string.Join("|", l.Fragments)))));
            Assert.Equivalent(expected.Facets, actual.Facets, strict: true);
        }
    }

    [Fact]
    public async Task ADocumentLuceneRefusesFailsTheRebuildWithLucenesErrorAndKeepsTheServingIndex()
    {
        using var index = Open();
        await index.UpsertAsync(DirectoryFixture.Documents);

        // Lucene refuses a keyword over 32766 bytes on an indexing thread; the caller must see that refusal, not the
        // cancellation it causes on the reading side, and nothing may hang with the queue full.
        var copies = Enumerable.Range(0, 5000).Select(i => DirectoryFixture.Documents[i % DirectoryFixture.Documents.Count] with { Id = $"copy-{i}" });
        var immense = DirectoryFixture.Documents[0] with { Id = "immense", Roles = [new string('x', 40_000)] };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => index.RebuildAsync(DirectoryFixture.Stream([.. copies.Take(100), immense, .. copies.Skip(100)])));

        Assert.Contains("\"roles\" is too large", error.Message, StringComparison.Ordinal);
        Assert.Equal(DirectoryFixture.Documents.Count, (await index.SearchAsync(new SearchRequest())).TotalCount);
        Assert.Equal(["gen-0"], Directory.GetDirectories(_path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ADocumentWithoutATitleFailsTheRebuildAndKeepsTheServingIndex()
    {
        using var index = Open();
        await index.UpsertAsync(DirectoryFixture.Documents);

        var untitled = DirectoryFixture.Documents[1] with { Id = "untitled", Title = " " };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => index.RebuildAsync(DirectoryFixture.Stream([DirectoryFixture.Documents[0], untitled])));

        Assert.Contains("'untitled' needs an id, a title and a state", error.Message, StringComparison.Ordinal);
        Assert.Equal(DirectoryFixture.Documents.Count, (await index.SearchAsync(new SearchRequest())).TotalCount);
        Assert.Equal(["gen-0"], Directory.GetDirectories(_path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task SearchesWritesAndARebuildCanRunConcurrently()
    {
        using var index = Open();
        await index.UpsertAsync(DirectoryFixture.Documents);

        var searches = Enumerable.Range(0, 200).Select(i => Task.Run(() => index.SearchAsync(new SearchRequest { Query = i % 2 == 0 ? "crisis" : null })));
        var writes = DirectoryFixture.Documents.Select(d => Task.Run(() => index.UpsertAsync([d with { Title = d.Title + " updated" }])));
        var rebuild = Task.Run(() => index.RebuildAsync(DirectoryFixture.Stream(DirectoryFixture.Documents)));
        var results = await Task.WhenAll(searches);
        await Task.WhenAll([.. writes, rebuild]);

        Assert.All(results, r => Assert.True(r.TotalCount > 0));
        Assert.Equal(DirectoryFixture.Documents.Count, (await index.SearchAsync(new SearchRequest())).TotalCount);
    }

    public void Dispose()
    {
        if (Directory.Exists(_path))
        {
            Directory.Delete(_path, recursive: true);
        }
    }

    private LuceneSearchIndex Open() => new(new LuceneSearchOptions { Path = _path });
}
