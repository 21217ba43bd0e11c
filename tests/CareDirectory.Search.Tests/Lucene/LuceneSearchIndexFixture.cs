using CareDirectory.Search.Lucene;
using CareDirectory.Search.Tests.Contract;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>A Lucene index on disk in a temporary directory per test class, deleted afterwards.</summary>
public sealed class LuceneSearchIndexFixture : ISearchIndexFixture, IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "caredirectory-search-" + Guid.NewGuid().ToString("N"));
    private readonly List<LuceneSearchIndex> _indexes = [];
    private LuceneSearchIndex? _index;

    public ISearchIndex Index => _index ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        _index = Open();
        await _index.UpsertAsync(DirectoryFixture.Documents);
    }

    public Task<ISearchIndex> CreateIndexAsync() => Task.FromResult<ISearchIndex>(Open());

    public Task DisposeAsync()
    {
        foreach (var index in _indexes)
        {
            index.Dispose();
        }

        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    private LuceneSearchIndex Open()
    {
        var index = new LuceneSearchIndex(new LuceneSearchOptions { Path = Path.Combine(_root, _indexes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
        _indexes.Add(index);
        return index;
    }
}
