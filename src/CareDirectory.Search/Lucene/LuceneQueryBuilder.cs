using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareDirectory.Search.Lucene;

/// <summary>
/// Builds Lucene queries programmatically from analyzed terms: user text is never parsed as query syntax.
/// The shape mirrors the Elasticsearch backend's <c>bool.should</c> of three <c>multi_match</c> queries: English
/// with synonyms (<c>cross_fields</c>: each query word, or synonym phrase, scored by its best field), English fuzzy
/// (<c>best_fields</c>, <c>fuzziness: AUTO:5,6</c>), Spanish fuzzy (<c>best_fields</c>) and, for two words or more,
/// the words as a phrase (<c>phrase</c>, slop <see cref="SearchFields.PhraseSlop"/>). With
/// <see cref="SearchMatching.AllWords"/> each of them needs every word (<c>operator: and</c>); the index falls back to
/// any-word matching when that finds too little (<see cref="SearchFields.AnyWordAfter"/>), which adds the all-words
/// query to the any-word one so records with every word still come first, unless the all-words query found none. A
/// number the query mentions as an age matches, besides the word, a stated age range that holds it
/// (<see cref="SearchQueryAges"/>).
/// <para>
/// It runs in two passes (<see cref="LuceneTextQuery"/>): the same shape on every English field as one
/// (<see cref="SearchFields.EnglishAll"/>) decides what matches, so a word matches when it, a synonym or a fuzzy form
/// is in any field; then the shape on each field with its boost, and the phrase clause, score the best hits of the
/// first (<see cref="SearchRescoreWindow"/>).
/// </para>
/// </summary>
internal sealed class LuceneQueryBuilder(LuceneAnalysis analysis)
{
    /// <summary>Elasticsearch's defaults for fuzzy matching in a match query.</summary>
    private const int MaxExpansions = 50;

    /// <summary>
    /// The query for <paramref name="text"/>: what matches and scores (a query matching nothing when the text has no
    /// searchable terms, only punctuation or stop words), and the phrase clause that only adds to the score.
    /// </summary>
    public LuceneTextQuery Text(string text, SearchMatching matching)
    {
        var words = Analyzed(text);
        var proximity = Proximity(words);
        if (matching != SearchMatching.AllWords && proximity is not null)
        {
            // The any-word query held the all-words one, each with the phrase clause: it counts twice (as it did when the
            // clause was part of both), with or without the all-words query, so both fallbacks rank alike.
            proximity.Boost *= 2;
        }

        var first = Words(words, matching, SearchTextFields.FirstPass);
        first.Boost *= SearchFields.MatchScoreWeight;
        var fields = Words(words, matching, SearchTextFields.Rescore);
        return new LuceneTextQuery(first, proximity is null ? fields : new BooleanQuery { { fields, Occur.SHOULD }, { proximity, Occur.SHOULD } });
    }

    /// <summary>A text's terms, synonym clauses and ages, worked out once for every query built from it.</summary>
    private sealed record AnalyzedText(
        List<(string Term, int Position)> English,
        List<string> Spanish,
        List<(List<AnalyzedPhrase> Value, int Count)> Clauses,
        IReadOnlyList<int> Ages);

    private AnalyzedText Analyzed(string text)
    {
        var english = LuceneAnalysis.Analyze(analysis.English, text).ToList();
        return new AnalyzedText(
            english,
            [.. LuceneAnalysis.Analyze(analysis.Spanish, text).Select(t => t.Term)],
            Repeated(SynonymClauses([.. english.Select(t => t.Term)]), c => string.Join('|', c.Select(p => string.Join(' ', p.Terms)))),
            SearchQueryAges.Mentioned(text));
    }

    private BooleanQuery Words(AnalyzedText words, SearchMatching matching, SearchTextFields fields)
    {
        if (matching == SearchMatching.AllWords)
        {
            return Match(words, allWords: true, fields);
        }

        var anyWord = Match(words, allWords: false, fields);
        if (matching == SearchMatching.AnyWordAlone)
        {
            return anyWord;
        }

        // The any-word query's clauses beside the all-words query, not nested in a query of their own: the same sum, but
        // Lucene scores a nested disjunction match by match (a third of a broad fallback's CPU at national scale, #17).
        var query = new BooleanQuery { { Match(words, allWords: true, fields), Occur.SHOULD } };
        foreach (var clause in anyWord.Clauses)
        {
            query.Add(clause);
        }

        return query;
    }

    /// <summary>A number the query mentions as an age also matches, as one more field, a stated age range holding it.</summary>
    private static DisjunctionMaxQuery WithAgeRange(DisjunctionMaxQuery word, List<AnalyzedPhrase> clause, IReadOnlyList<int> ages)
    {
        if (clause is [{ Terms: [var term] }] && SearchQueryAges.Term(term, ages) is { } age)
        {
            word.Add(new ConstantScoreQuery(StatedAgeRangeContains(age)) { Boost = SearchQueryAges.Boost });
        }

        return word;
    }

    /// <summary>
    /// Records that state at least one age bound and whose range contains <paramref name="age"/> (a missing bound was
    /// indexed as int.MinValue/int.MaxValue): a record that states no ages says nothing about this one.
    /// </summary>
    private static BooleanQuery StatedAgeRangeContains(int age)
    {
        static Query Range(string field, int? min, int? max) => NumericRangeQuery.NewInt32Range(field, min, max, true, true);
        var statedMinimum = new BooleanQuery
        {
            { Range(SearchFields.MinAge, int.MinValue + 1, age), Occur.MUST }, { Range(SearchFields.MaxAge, age, null), Occur.MUST },
        };
        var statedMaximum = new BooleanQuery
        {
            { Range(SearchFields.MinAge, null, age), Occur.MUST }, { Range(SearchFields.MaxAge, age, int.MaxValue - 1), Occur.MUST },
        };
        return new BooleanQuery { { statedMinimum, Occur.SHOULD }, { statedMaximum, Occur.SHOULD } };
    }

    /// <summary>
    /// For two words or more, the words close together in one field ("school meetings" beats "school" and "meetings"
    /// apart): <c>multi_match</c> type <c>phrase</c>, slop <see cref="SearchFields.PhraseSlop"/>, no synonyms. It adds
    /// to a record's score and never makes a record match (the words' own clauses decide that).
    /// </summary>
    private static DisjunctionMaxQuery? Proximity(AnalyzedText words)
    {
        if (words.English.Count < 2)
        {
            return null;
        }

        var phrase = AnalyzedPhrase.Of(words.English);
        return BestFields(SearchFields.English, field => Phrase(field, phrase, SearchFields.PhraseSlop));
    }

    private BooleanQuery Match(AnalyzedText words, bool allWords, SearchTextFields fields)
    {
        var query = new BooleanQuery();
        if (words.English.Count > 0)
        {
            var crossFields = Should(words.Clauses.Select(clause => Boosted(
                WithAgeRange(CrossFields(fields.English, field => Should(clause.Value.Select(phrase => Word(field, phrase)))), clause.Value, words.Ages),
                clause.Count)));
            RequireAll(crossFields, allWords);
            query.Add(crossFields, Occur.SHOULD);
            query.Add(BestFields(fields.EnglishFuzzy, field => Fuzzy(field, words.English.Select(t => t.Term), allWords)), Occur.SHOULD);
        }

        if (words.Spanish.Count > 0)
        {
            query.Add(BestFields(SearchFields.Spanish, field => Fuzzy(field, words.Spanish, allWords)), Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? new BooleanQuery() : query;
    }

    /// <summary>The filters of a request as one non-scoring query, or null when there are none.</summary>
    public static Query? Filters(SearchRequest request)
    {
        var filters = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(request.State))
        {
            filters.Add(new LuceneCachedTermQuery(new Term(SearchFields.State, request.State.Trim().ToUpperInvariant())), Occur.MUST);
        }

        if (request.CountyFips.Count > 0)
        {
            var statewide = SearchRequestTerms.StatewideStates(request);
            filters.Add(
                AnyOf([.. request.CountyFips.Select(c => (SearchFields.Counties, c)), .. statewide.Select(s => (SearchFields.StatewideState, s))]),
                Occur.MUST);
        }

        foreach (var (field, values) in SearchRequestTerms.AnyOf(request))
        {
            AddAnyOf(filters, field, values);
        }

        if (!string.IsNullOrWhiteSpace(request.Language))
        {
            AddAnyOf(filters, SearchFields.Languages, [request.Language.Trim()]);
        }

        if (request.Age is { } age)
        {
            // Missing bounds were indexed as int.MinValue/int.MaxValue, so open ends match.
            filters.Add(NumericRangeQuery.NewInt32Range(SearchFields.MinAge, null, age, true, true), Occur.MUST);
            filters.Add(NumericRangeQuery.NewInt32Range(SearchFields.MaxAge, age, null, true, true), Occur.MUST);
        }

        return filters.Clauses.Count == 0 ? null : filters;
    }

    /// <summary>
    /// Splits analyzed terms into clauses: a run of terms equal to a synonym phrase (longest first) becomes
    /// one clause whose alternatives are the phrases its rules expand to; any other term is its own clause.
    /// </summary>
    private List<List<AnalyzedPhrase>> SynonymClauses(IReadOnlyList<string> terms)
    {
        var clauses = new List<List<AnalyzedPhrase>>();
        for (var i = 0; i < terms.Count;)
        {
            var length = 0;
            var alternatives = new List<AnalyzedPhrase>();
            foreach (var (from, to) in analysis.Synonyms)
            {
                foreach (var phrase in from)
                {
                    if (phrase.Terms.Length >= length && Matches(terms, i, phrase.Terms))
                    {
                        if (phrase.Terms.Length > length)
                        {
                            alternatives.Clear();
                            length = phrase.Terms.Length;
                        }

                        alternatives.AddRange(to.Where(p => !alternatives.Any(a => a.Terms.SequenceEqual(p.Terms))));
                    }
                }
            }

            if (length == 0)
            {
                clauses.Add([new AnalyzedPhrase([terms[i]], [0])]);
                i++;
            }
            else
            {
                clauses.Add(alternatives);
                i += length;
            }
        }

        return clauses;
    }

    private static bool Matches(IReadOnlyList<string> terms, int start, string[] phrase) =>
        start + phrase.Length <= terms.Count && phrase.Select((t, j) => terms[start + j] == t).All(x => x);

    /// <summary><c>multi_match</c> type <c>best_fields</c>: the best field's score, each field boosted.</summary>
    private static DisjunctionMaxQuery BestFields(IEnumerable<(string Field, float Boost)> fields, Func<string, Query> perField) =>
        DisMax(fields, perField, 0f);

    /// <summary>
    /// One word (or synonym phrase) of <c>multi_match</c> type <c>cross_fields</c>: its best field's score plus a
    /// share of the others (<see cref="SearchFields.CrossFieldsTieBreaker"/>), so a record that says it in its name and
    /// in how to reach it beats one that says it once.
    /// </summary>
    private static DisjunctionMaxQuery CrossFields(IEnumerable<(string Field, float Boost)> fields, Func<string, Query> perField) =>
        DisMax(fields, perField, SearchFields.CrossFieldsTieBreaker);

    private static DisjunctionMaxQuery DisMax(IEnumerable<(string Field, float Boost)> fields, Func<string, Query> perField, float tieBreaker)
    {
        var query = new DisjunctionMaxQuery(tieBreaker);
        foreach (var (field, boost) in fields)
        {
            var fieldQuery = perField(field);
            fieldQuery.Boost = boost;
            query.Add(fieldQuery);
        }

        return query;
    }

    /// <summary>
    /// A word of a <c>cross_fields</c> match, its frequency blended over the English fields other than the answer
    /// fields, or a synonym phrase. The answer fields keep their own frequencies: a word rare in how records are
    /// reached or paid for ("help", "night") says the record answers the question.
    /// <para>
    /// On <see cref="SearchFields.EnglishAll"/> a word is a term and a synonym phrase the one token it was indexed as in
    /// <see cref="SearchFields.EnglishPhrases"/>: the records a phrase query would find, read from one term's postings.
    /// </para>
    /// </summary>
    private Query Word(string field, AnalyzedPhrase phrase) => (field, phrase.Terms.Length) switch
    {
        (SearchFields.EnglishAll, 1) => new LuceneCachedTermQuery(new Term(field, phrase.Terms[0])),
        (SearchFields.EnglishAll, _) when analysis.VocabularyPhrases.Contains(phrase.Token) => new LuceneCachedTermQuery(new Term(SearchFields.EnglishPhrases, phrase.Token)),
        (_, 1) when SearchFields.AnswerFields.Contains(field) => new LuceneCachedTermQuery(new Term(field, phrase.Terms[0])),
        (_, 1) => new LuceneBlendedTermQuery(new Term(field, phrase.Terms[0]), BlendedFieldNames),
        _ => Phrase(field, phrase),
    };

    private static readonly IReadOnlyList<string> BlendedFieldNames =
        [.. SearchFields.English.Select(f => f.Field).Where(f => !SearchFields.AnswerFields.Contains(f))];

    private static Query Phrase(string field, AnalyzedPhrase phrase, int slop = 0)
    {
        if (phrase.Terms.Length == 1)
        {
            return new LuceneCachedTermQuery(new Term(field, phrase.Terms[0]));
        }

        var query = new PhraseQuery { Slop = slop };
        for (var i = 0; i < phrase.Terms.Length; i++)
        {
            query.Add(new Term(field, phrase.Terms[i]), phrase.Positions[i]);
        }

        return query;
    }

    private static BooleanQuery Fuzzy(string field, IEnumerable<string> terms, bool allWords)
    {
        var query = Should(Repeated(terms, t => t).Select(term =>
            new LuceneCachedFuzzyQuery(new Term(field, term.Value), SearchFields.AutoFuzziness(term.Value.Length), MaxExpansions, term.Count)));
        RequireAll(query, allWords);
        return query;
    }

    /// <summary>
    /// <c>operator: and</c>: every clause (each distinct word) must match. Required clauses, as Elasticsearch builds it:
    /// Lucene then leapfrogs from the rarest word, where "all of these optional clauses" scored each candidate of any.
    /// </summary>
    private static void RequireAll(BooleanQuery query, bool allWords)
    {
        if (allWords)
        {
            foreach (var clause in query.Clauses)
            {
                clause.Occur = Occur.MUST;
            }
        }
    }

    /// <summary>
    /// Collapses repeated clauses into one boosted by the repeat count: the same score as Elasticsearch gives
    /// the repeated clauses (BM25 sums SHOULD clauses linearly), at the cost of evaluating each clause once.
    /// </summary>
    private static List<(T Value, int Count)> Repeated<T>(IEnumerable<T> items, Func<T, string> key) =>
        [.. items.GroupBy(key, StringComparer.Ordinal).Select(g => (g.First(), g.Count()))];

    private static Query Boosted(Query query, int count)
    {
        query.Boost *= count;
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

    private static void AddAnyOf(BooleanQuery filters, string field, IEnumerable<string> values)
    {
        var terms = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (field, v.Trim())).ToList();
        if (terms.Count > 0)
        {
            filters.Add(AnyOf(terms), Occur.MUST);
        }
    }

    private static BooleanQuery AnyOf(IReadOnlyList<(string Field, string Value)> terms) =>
        Should(terms.Select(t => (Query)new LuceneCachedTermQuery(new Term(t.Field, t.Value))));
}
