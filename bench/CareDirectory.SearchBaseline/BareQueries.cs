using CareDirectory.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareDirectory.SearchBaseline;

/// <summary>
/// The same match as Query.search, built by hand: English-analysed terms and their synonym phrases over the English
/// fields, English fuzzy, Spanish fuzzy over the Spanish fields (best field wins, with the app's boosts; fuzzy with
/// Elasticsearch's defaults as the app: no prefix, 50 expansions), and the filters as required clauses. Only the
/// synonym list is the app's (the shared file's rules); leaves out what only decorates (highlights, facets, labels).
/// </summary>
public static class BareQueries
{
    private const int FuzzyPrefixLength = 0;
    private const int FuzzyMaxExpansions = 50;

    private static readonly (string Field, float Boost)[] _english =
        [("title", 3f), ("serviceTypeNames", 2f), ("description", 1f), ("eligibility", 1f), ("components", 1f), ("topics", 1f)];

    private static readonly (string Field, float Boost)[] _spanish = [("titleEs", 3f), ("descriptionEs", 1f)];

    private static readonly Analyzer _englishAnalyzer = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
    private static readonly Analyzer _spanishAnalyzer = new SpanishAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>Each synonym rule as analysed phrases: the ones that trigger it and the ones it expands to.</summary>
    private static readonly (string[][] From, string[][] To)[] _synonyms =
    [
        .. SearchSynonyms.Expansions.Select(rule => (Phrases(rule.From), Phrases(rule.To))),
    ];

    public static Query Text(string text)
    {
        var english = Analyze(_englishAnalyzer, text);
        var spanish = Analyze(_spanishAnalyzer, text);
        var query = new BooleanQuery();
        var clauses = SynonymClauses(english);
        query.Add(BestFields(_english, field => Should(clauses.Select(phrases => (Query)Should(phrases.Select(p => Phrase(field, p)))))), Occur.SHOULD);
        query.Add(BestFields(_english, field => Should(english.Distinct().Select(t => Fuzzy(field, t)))), Occur.SHOULD);
        if (spanish.Count > 0)
        {
            query.Add(BestFields(_spanish, field => Should(spanish.Distinct().Select(t => Fuzzy(field, t)))), Occur.SHOULD);
        }

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

    private static Query Fuzzy(string field, string term) =>
        new FuzzyQuery(new Term(field, term), Fuzziness(term.Length), FuzzyPrefixLength, FuzzyMaxExpansions, true);

    private static Query Phrase(string field, string[] terms)
    {
        if (terms.Length == 1)
        {
            return new TermQuery(new Term(field, terms[0]));
        }

        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }

        return phrase;
    }

    /// <summary>Runs of terms equal to a synonym phrase (longest first) become that rule's phrases; other terms stay alone.</summary>
    private static List<List<string[]>> SynonymClauses(List<string> terms)
    {
        var clauses = new List<List<string[]>>();
        for (var i = 0; i < terms.Count;)
        {
            var length = 0;
            var phrases = new List<string[]>();
            foreach (var (from, to) in _synonyms)
            {
                foreach (var phrase in from.Where(p => p.Length >= length && i + p.Length <= terms.Count && p.SequenceEqual(terms.Skip(i).Take(p.Length))))
                {
                    if (phrase.Length > length)
                    {
                        phrases.Clear();
                        length = phrase.Length;
                    }

                    phrases.AddRange(to.Where(p => !phrases.Any(a => a.SequenceEqual(p))));
                }
            }

            clauses.Add(length == 0 ? [[terms[i]]] : phrases);
            i += Math.Max(length, 1);
        }

        return clauses;
    }

    private static string[][] Phrases(IEnumerable<string> phrases) =>
        [.. phrases.Select(p => Analyze(_englishAnalyzer, p).ToArray()).Where(t => t.Length > 0)];

    private static List<string> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("title", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static DisjunctionMaxQuery BestFields((string Field, float Boost)[] fields, Func<string, Query> perField)
    {
        var query = new DisjunctionMaxQuery(0f);
        foreach (var (field, boost) in fields)
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
