using CareDirectory.Search.Lucene;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>
/// The first pass finds a synonym phrase by the one token <see cref="VocabularyPhraseAnalyzer"/> indexed for it in
/// <see cref="SearchFields.EnglishPhrases"/> (#17): it must find the records a phrase query on
/// <see cref="SearchFields.EnglishAll"/> finds, which is what Elasticsearch runs (for a phrase with a stop word in it,
/// only those where the stop word is).
/// </summary>
public sealed class LuceneVocabularyPhraseTests
{
    [Fact]
    public void EveryVocabularyPhraseTokenFindsWhatItsPhraseQueryFinds()
    {
        FixtureIndexGeneration.Search((analysis, searcher) =>
        {
            var phrases = analysis.Synonyms.SelectMany(rule => rule.From.Concat(rule.To)).Where(p => p.Terms.Length > 1).DistinctBy(p => p.Token).ToList();
            var found = 0;
            foreach (var phrase in phrases)
            {
                var query = new PhraseQuery();
                for (var i = 0; i < phrase.Terms.Length; i++)
                {
                    query.Add(new Term(SearchFields.EnglishAll, phrase.Terms[i]), phrase.Positions[i]);
                }

                var expected = Documents(searcher, query);
                var actual = Documents(searcher, new TermQuery(new Term(SearchFields.EnglishPhrases, phrase.Token)));
                var message = $"\"{phrase.Token}\": phrase query {string.Join(',', expected)}, token {string.Join(',', actual)}";

                // Where a stop word was, the phrase query lets any word be ("parent ? parent" finds "Parent 2 Parent"); the
                // token needs the stop word's gap. The vocabulary lists such spellings of a phrase as its synonyms.
                Assert.True(phrase.Token.Contains(AnalyzedPhrase.Gap, StringComparison.Ordinal) ? actual.All(expected.Contains) : expected.SequenceEqual(actual), message);
                found += expected.Count > 0 ? 1 : 0;
            }

            // Enough of the vocabulary occurs in the fixture for the comparison to mean something.
            Assert.True(found >= 5, $"{found} of {phrases.Count} phrases occur in the fixture");
        });
    }

    [Theory]
    [InlineData("Call the system of care line for family support.", new[] { "system _ care", "famili support" })]
    [InlineData("Mobile Response and Stabilization Services", new[] { "mobil respons" })]
    [InlineData("Support for every family", new string[0])]
    public void TheAnalyzerKeepsOnlyTheVocabularysPhrasesAsOneTokenEach(string text, string[] expected)
    {
        using var analysis = new LuceneAnalysis();

        var tokens = new List<string>();
        using (var stream = analysis.PerField.GetTokenStream(SearchFields.EnglishPhrases, new StringReader(text)))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add(term.ToString());
            }

            stream.End();
        }

        Assert.Subset(tokens.ToHashSet(), expected.ToHashSet());
        Assert.All(tokens, token => Assert.Contains(token, analysis.VocabularyPhrases));
    }

    [Fact]
    public void APhraseNeverSpansTwoFields()
    {
        using var analysis = new LuceneAnalysis();
        using var generation = LuceneIndexGeneration.Open(null, analysis);
        generation.Writer.AddDocument(LuceneDocumentMapper.ToLucene(new SearchDocument
        {
            Id = "split", Kind = SearchKind.Partner, State = "NJ", Title = "Our family", Description = "Support groups meet monthly.",
        }));
        generation.Writer.Commit();
        generation.Manager.MaybeRefreshBlocking();
        var searcher = generation.Manager.Acquire();
        try
        {
            Assert.Equal(0, searcher.Search(new TermQuery(new Term(SearchFields.EnglishPhrases, "famili support")), 1).TotalHits);
            var phrase = new PhraseQuery { new Term(SearchFields.EnglishAll, "famili"), new Term(SearchFields.EnglishAll, "support") };
            Assert.Equal(0, searcher.Search(phrase, 1).TotalHits);
            Assert.Equal(1, searcher.Search(new TermQuery(new Term(SearchFields.EnglishAll, "support")), 1).TotalHits);
        }
        finally
        {
            generation.Manager.Release(searcher);
        }
    }

    private static List<int> Documents(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.Select(hit => hit.Doc).Order()];
}
