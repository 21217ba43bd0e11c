using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareDirectory.SearchBaseline;

/// <summary>
/// The same match as Query.search, built by hand: English-analysed terms over the English fields (best field wins,
/// with the app's boosts), exact and fuzzy, and the filters as required term clauses. Leaves out what only ranks or
/// decorates (synonyms, Spanish fields, highlights, facet labels).
/// </summary>
public static class BareQueries
{
    private static readonly (string Field, float Boost)[] _english =
        [("title", 3f), ("serviceTypeNames", 2f), ("description", 1f), ("eligibility", 1f), ("components", 1f), ("topics", 1f)];

    private static readonly Analyzer _analyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);

    public static Query Text(string text)
    {
        var terms = Analyze(text);
        var query = new BooleanQuery();
        query.Add(BestFields(field => Should(terms.Select(t => (Query)new TermQuery(new Term(field, t))))), Occur.SHOULD);
        query.Add(BestFields(field => Should(terms.Select(t => (Query)new FuzzyQuery(new Term(field, t), Fuzziness(t.Length), 0, 50, true)))), Occur.SHOULD);
        return query;
    }

    /// <summary>A county search includes its state's statewide records, as the app's does.</summary>
    public static Query InCounty(Query query, string countyFips, string? serviceType)
    {
        var filtered = new BooleanQuery { { query, Occur.MUST } };
        filtered.Add(new BooleanQuery
        {
            { new TermQuery(new Term("counties", countyFips)), Occur.SHOULD },
            { new TermQuery(new Term("statewideState", countyFips[..2])), Occur.SHOULD },
        }, Occur.MUST);
        if (serviceType is not null)
        {
            filtered.Add(new TermQuery(new Term("serviceTypes", serviceType)), Occur.MUST);
        }

        return filtered;
    }

    private static int Fuzziness(int length) => length <= 2 ? 0 : length <= 5 ? 1 : 2;

    private static List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("title", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static DisjunctionMaxQuery BestFields(Func<string, Query> perField)
    {
        var query = new DisjunctionMaxQuery(0f);
        foreach (var (field, boost) in _english)
        {
            var fieldQuery = perField(field);
            fieldQuery.Boost = boost;
            query.Add(fieldQuery);
        }

        return query;
    }

    private static BooleanQuery Should(IEnumerable<Query> queries)
    {
        var query = new BooleanQuery();
        foreach (var clause in queries)
        {
            query.Add(clause, Occur.SHOULD);
        }

        return query;
    }
}
