using CareDirectory.Search.Lucene;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>
/// Every line of synonyms.txt on its own (#17): an index holds one record per phrase a rule expands to, each with
/// only that phrase as its text, and each phrase that triggers the rule must find every one of them.
/// </summary>
public sealed class LuceneSynonymRuleTests(LuceneSynonymRuleTests.TargetIndex targets) : IClassFixture<LuceneSynonymRuleTests.TargetIndex>
{
    public static TheoryData<string> Rules() => [.. SearchSynonyms.Rules];

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task EachPhraseOfTheRuleFindsEveryPhraseItExpandsTo(string rule)
    {
        var expansion = SearchSynonyms.Expansions[SearchSynonyms.Rules.ToList().IndexOf(rule)];
        foreach (var from in expansion.From)
        {
            var results = await targets.Index.SearchAsync(new SearchRequest { Query = from, First = 100, Facets = false });
            var found = results.Hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var to in expansion.To)
            {
                Assert.True(found.Contains(TargetIndex.IdOf(to)), $"'{from}' does not find a record that says only '{to}' (rule: {rule})");
            }
        }
    }

    /// <summary>One record per distinct expansion phrase of the whole file, in a Lucene index of its own.</summary>
    public sealed class TargetIndex : IAsyncLifetime
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), "caredirectory-synonyms-" + Guid.NewGuid().ToString("N"));
        private LuceneSearchIndex? _index;

        public ISearchIndex Index => _index ?? throw new InvalidOperationException("Fixture not initialised.");

        public static string IdOf(string phrase) => "says:" + phrase;

        public async Task InitializeAsync()
        {
            _index = new LuceneSearchIndex(new LuceneSearchOptions { Path = _path });
            await _index.UpsertAsync(SearchSynonyms.Expansions.SelectMany(r => r.To).Distinct(StringComparer.Ordinal).Select(phrase => new SearchDocument
            {
                Id = IdOf(phrase), Kind = SearchKind.Program, State = "NJ", Title = "Record", Description = phrase,
            }));
        }

        public Task DisposeAsync()
        {
            _index?.Dispose();
            Directory.Delete(_path, recursive: true);
            return Task.CompletedTask;
        }
    }
}
