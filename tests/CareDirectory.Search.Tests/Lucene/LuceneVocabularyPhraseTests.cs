using CareDirectory.Search.Lucene;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
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

    /// <summary>
    /// Lucene's own shingle and keep-words filters are the reference: on the fixture's text and on random sentences of
    /// the vocabulary's words, stop words and other words (fixed seed), the filter finds the same phrases.
    /// </summary>
    [Fact]
    public void TheFilterFindsWhatShinglesKeptByTheVocabularyFind()
    {
        using var analysis = new LuceneAnalysis();
        var phrases = analysis.Synonyms.SelectMany(rule => rule.From.Concat(rule.To)).Where(p => p.Terms.Length > 1).ToList();
        using var reference = new ShingleReference(analysis.English, phrases);
        string[] words =
        [
            .. SearchSynonyms.Expansions.SelectMany(rule => rule.From.Concat(rule.To)).SelectMany(p => p.Split(' ')).Distinct(),
            "of", "to", "the", "and", "for", "a", "Parent", "2", "family.", "care,", "help", "county", "records",
        ];
        var random = new Random(17);
        var texts = DirectoryFixture.Documents.SelectMany(d => SearchDocumentContent.Text(d).Select(t => t.Text).Append(d.Title)).OfType<string>()
            .Concat(Enumerable.Range(0, 300).Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 14)).Select(_ => words[random.Next(words.Length)])))).ToList();

        var found = 0;
        foreach (var text in texts)
        {
            var expected = Tokens(reference, text);
            Assert.True(expected.SequenceEqual(Tokens(analysis.PerField, text)), $"\"{text}\": shingles kept {string.Join(" | ", expected)}");
            found += expected.Count;
        }

        Assert.True(found >= 50, $"{found} phrases in {texts.Count} texts");
    }

    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchFields.EnglishPhrases, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return [.. tokens.Order(StringComparer.Ordinal)];
    }

    /// <summary>The English analysis, every shingle of two terms up to the longest phrase (a stop word's gap as the filler), those the vocabulary has.</summary>
    private sealed class ShingleReference(Analyzer english, IReadOnlyList<AnalyzedPhrase> phrases) : AnalyzerWrapper(GLOBAL_REUSE_STRATEGY)
    {
        private readonly CharArraySet _tokens = new(LuceneAnalysis.Version, [.. phrases.Select(p => p.Token)], false);

        protected override Analyzer GetWrappedAnalyzer(string fieldName) => english;

        protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components)
        {
            var shingles = new ShingleFilter(components.TokenStream, 2, phrases.Max(p => p.Positions[^1] + 1));
            shingles.SetOutputUnigrams(false);
            shingles.SetTokenSeparator(AnalyzedPhrase.Separator);
            shingles.SetFillerToken(AnalyzedPhrase.Gap);
            return new TokenStreamComponents(components.Tokenizer, new KeepWordFilter(LuceneAnalysis.Version, shingles, _tokens));
        }
    }

    private static List<int> Documents(IndexSearcher searcher, Query query) =>
        [.. searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.Select(hit => hit.Doc).Order()];
}
