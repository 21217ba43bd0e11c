using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// A search's highlights: each of <see cref="SearchFields.Highlighted"/> a hit has, marked where the query's terms are
/// (<c>&lt;em&gt;</c>), at most <see cref="SearchFields.HighlightFragments"/> fragments. Built once per search from the
/// rewritten query, so it marks exactly the terms the search matched (fuzzy forms included).
/// <para>
/// A field whose words include none of the query's terms for that field is skipped before Lucene's highlighter runs:
/// the highlighter would find no fragment there, and it pays for each field it is given (it indexes the text in memory
/// to run the query's phrases over it: about 5 ms of a broad search's page of ten at national scale, #17).
/// </para>
/// </summary>
internal sealed class LuceneHitHighlighter
{
    private readonly Query _query;
    private readonly Analyzer _analyzer;

    /// <summary>The query's term texts by field; null when the query cannot list its terms (then no field is skipped).</summary>
    private readonly Dictionary<string, HashSet<string>>? _termsByField;

    public LuceneHitHighlighter(Query rewritten, Analyzer analyzer)
    {
        _query = rewritten;
        _analyzer = analyzer;
        var terms = new HashSet<Term>();
        try
        {
            rewritten.ExtractTerms(terms);
            _termsByField = terms
                .GroupBy(t => t.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(t => t.Text).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        }
        catch (NotSupportedException)
        {
            // A query kind that cannot list its terms: highlight every field, as if nothing could be skipped.
            _termsByField = null;
        }
    }

    /// <summary>The highlights of one hit's stored fields, in <see cref="SearchFields.Highlighted"/> order.</summary>
    public List<SearchHighlight> Highlights(global::Lucene.Net.Documents.Document stored)
    {
        var highlights = new List<SearchHighlight>();
        foreach (var field in SearchFields.Highlighted)
        {
            var text = stored.Get(field);
            if (text is null || !MayMatch(field, text))
            {
                continue;
            }

            var highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), new QueryScorer(_query, field))
            {
                TextFragmenter = new SimpleFragmenter(SearchFields.HighlightFragmentSize),
            };
            var fragments = highlighter.GetBestFragments(_analyzer, field, text, SearchFields.HighlightFragments);
            if (fragments.Length > 0)
            {
                highlights.Add(new SearchHighlight(field, fragments));
            }
        }

        return highlights;
    }

    /// <summary>Whether <paramref name="text"/>, analysed as <paramref name="field"/>, has a term of the query's for that field.</summary>
    private bool MayMatch(string field, string text)
    {
        if (_termsByField is null)
        {
            return true;
        }

        if (!_termsByField.TryGetValue(field, out var terms))
        {
            return false;
        }

        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var found = false;
        while (!found && stream.IncrementToken())
        {
            found = terms.Contains(term.ToString());
        }

        stream.End();
        return found;
    }
}
