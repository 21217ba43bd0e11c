using CareDirectory.Search.Lucene;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CareDirectory.Search.Tests.Lucene;

/// <summary>
/// Skipping the fields that hold none of the query's terms (#17) changes no highlight: on the fixture's records, for
/// the query shapes the builder makes (synonym phrases, fuzzy forms, Spanish, ages, the words as a phrase), every
/// hit's highlights are those of Lucene's highlighter run over every field.
/// </summary>
public sealed class LuceneHitHighlighterTests
{
    [Theory]
    [InlineData("crisis")]
    [InlineData("mobil respons")]
    [InlineData("parent support group")]
    [InlineData("care managment")]
    [InlineData("terapia familiar")]
    [InlineData("línea de acceso")]
    [InlineData("group therapy for teens")]
    [InlineData("town hall recording")]
    [InlineData("my son is 19")]
    public void HighlightsAreThoseOfEveryFieldHighlighted(string text)
    {
        FixtureIndexGeneration.Search((analysis, searcher) =>
        {
            var query = new LuceneQueryBuilder(analysis).Text(text, SearchMatching.AnyWord);
            var whole = searcher.Rewrite(query.Rescore!);
            var highlighter = new LuceneHitHighlighter(whole, analysis.PerField);
            var hits = searcher.Search(whole, 50).ScoreDocs;
            Assert.NotEmpty(hits);

            var withoutHighlight = 0;
            foreach (var hit in hits)
            {
                var stored = searcher.Doc(hit.Doc);
                var expected = EveryField(whole, analysis, stored);
                var actual = highlighter.Highlights(stored);
                Assert.Equal(
                    expected.Select(h => $"{h.Field}: {string.Join(" | ", h.Fragments)}"),
                    actual.Select(h => $"{h.Field}: {string.Join(" | ", h.Fragments)}"));
                withoutHighlight += SearchFields.Highlighted.Count(f => stored.Get(f) is not null) - expected.Count;
            }

            // Both kinds of field occur: ones a wrong skip would lose highlights in, and ones without the query's words.
            Assert.True(withoutHighlight > 0, "some hit has a field without the query's words");
            Assert.Contains(hits, hit => highlighter.Highlights(searcher.Doc(hit.Doc)).Count > 0);
        });
    }

    /// <summary>Lucene's highlighter over every highlighted field the record has, nothing skipped.</summary>
    private static List<SearchHighlight> EveryField(Query query, LuceneAnalysis analysis, global::Lucene.Net.Documents.Document stored)
    {
        var highlights = new List<SearchHighlight>();
        foreach (var field in SearchFields.Highlighted)
        {
            if (stored.Get(field) is not { } text)
            {
                continue;
            }

            var highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), new QueryScorer(query, field))
            {
                TextFragmenter = new SimpleFragmenter(SearchFields.HighlightFragmentSize),
            };
            var fragments = highlighter.GetBestFragments(analysis.PerField, field, text, SearchFields.HighlightFragments);
            if (fragments.Length > 0)
            {
                highlights.Add(new SearchHighlight(field, fragments));
            }
        }

        return highlights;
    }
}
