namespace CareDirectory.Search;

/// <summary>
/// Field names, boosts and facets shared by both backends, so a query means the same in Lucene and Elasticsearch.
/// </summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string TitleSort = "titleSort";
    public const string Description = "description";
    public const string Eligibility = "eligibility";
    public const string Components = "components";
    public const string Topics = "topics";
    public const string ServiceTypeNames = "serviceTypeNames";
    public const string Contact = "contact";
    public const string Cost = "cost";
    public const string ServiceAreas = "serviceAreas";
    public const string TitleEs = "titleEs";
    public const string DescriptionEs = "descriptionEs";

    /// <summary>
    /// Every <see cref="English"/> field's text in one field (Elasticsearch <c>copy_to</c>), indexed only, values
    /// apart by <see cref="ValueGap"/> positions. A search first matches and counts on it, one term's postings per
    /// word where the fields' own queries read nine (#17), and scores its best hits with the fields' queries
    /// (<see cref="SearchRescoreWindow"/>).
    /// </summary>
    public const string EnglishAll = "englishAll";

    /// <summary>
    /// Lucene only: the synonym vocabulary's phrases found in the English fields, each as one token, so the first pass
    /// matches a synonym phrase on <see cref="EnglishAll"/> with a term's postings, not a phrase query's positions.
    /// Elasticsearch runs the phrase query on <see cref="EnglishAll"/>: the same records match, except that where a stop
    /// word was in a phrase, its query lets any word be ("parent to parent" also finds "parent 2 parent", which the
    /// vocabulary lists beside it anyway) and the token needs a stop word there.
    /// </summary>
    public const string EnglishPhrases = "englishPhrases";
    public const string State = "state";
    public const string Counties = "counties";
    public const string StatewideState = "statewideState";
    public const string ServiceTypes = "serviceTypes";
    public const string TopicCodes = "topicCodes";
    public const string Roles = "roles";
    public const string Audiences = "audiences";
    public const string Languages = "languages";
    public const string Status = "status";
    public const string MinAge = "minAge";
    public const string MaxAge = "maxAge";
    public const string NextOccurrence = "nextOccurrence";
    public const string LastModified = "lastModified";
    public const string Location = "location";

    /// <summary>
    /// Fields scored without length normalisation (BM25 <c>b</c> = <see cref="AnswerFieldsLengthNormalization"/>
    /// instead of 0.75): how to reach a record and what it costs are longest for the records that answer those
    /// questions best (the access line lists every step), so a long text must not count against them (b = 0.3
    /// measured worse on the seed relevance set, docs/search.md).
    /// </summary>
    public static readonly IReadOnlySet<string> AnswerFields = new HashSet<string>(StringComparer.Ordinal) { Contact, Cost };

    public const float AnswerFieldsLengthNormalization = 0f;

    /// <summary>
    /// English text fields and their boosts: title and service types &gt; the rest. The title counts 2, not 3: names
    /// carry the domain's common words ("Jewish Child &amp; Family Services", "Special Angels support group"), and at 3
    /// a name that happens to say "child" outranked the records about what was asked (seed relevance set, #17:
    /// nDCG@5 0.875 at 3, 0.884 at 2, 0.889 at 1.5, but at 1.5 a page that mentions "Town Hall recordings" outranks the
    /// recordings themselves; docs/search.md).
    /// </summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> English =
    [
        (Title, 2f), (ServiceTypeNames, 2f), (Description, 1f), (Eligibility, 1f), (Components, 1f), (Topics, 1f),
        (Contact, 1f), (Cost, 1f), (ServiceAreas, 1f),
    ];

    /// <summary>
    /// The English fields fuzzy forms are looked for in: all but the <see cref="AnswerFields"/>, whose many
    /// repetitions of everyday words ("family", "call") would otherwise count a second time through the fuzzy query.
    /// </summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> EnglishFuzzy = [.. English.Where(f => !AnswerFields.Contains(f.Field))];

    /// <summary>Spanish text fields and their boosts.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Spanish = [(TitleEs, 3f), (DescriptionEs, 1f)];

    /// <summary>
    /// Fields highlighted, in the order highlights are returned: how to reach it and what it costs right after the
    /// name, so a query about calling or paying shows the answer ("Call 1-877-652-7624 (24/7)") first.
    /// </summary>
    public static readonly IReadOnlyList<string> Highlighted =
        [Title, Contact, Cost, ServiceTypeNames, Description, Eligibility, Components, Topics, ServiceAreas, TitleEs, DescriptionEs];

    /// <summary>Facet name (as in <see cref="SearchFacets"/>) to keyword field, with the bucket limit.</summary>
    public static readonly IReadOnlyList<(string Facet, string Field, int Size)> Facets =
    [
        ("kinds", Kind, 10), ("serviceTypes", ServiceTypes, 200), ("roles", Roles, 50),
        ("counties", Counties, 500), ("audiences", Audiences, 50), ("languages", Languages, 50),
        ("topics", TopicCodes, 50),
    ];

    /// <summary>The share of a word's other fields added to its best field's score (<c>cross_fields</c> <c>tie_breaker</c>).</summary>
    public const float CrossFieldsTieBreaker = 0.3f;

    /// <summary>
    /// Positions between two values of one field (Elasticsearch's <c>position_increment_gap</c> default), so a phrase
    /// never spans the end of one field's text and the start of another's in <see cref="EnglishAll"/>.
    /// </summary>
    public const int ValueGap = 100;

    /// <summary>
    /// The weight of the first pass's score (on <see cref="EnglishAll"/>) in a hit's score (Elasticsearch
    /// <c>rescore.query_weight</c>): the window's hits add the fields' query to it, every other hit keeps it alone,
    /// so the window's hits still score at least as high as any later hit (<see cref="SearchRescoreWindow"/>). Low, so
    /// the fields' boosts decide the order within the window (seed relevance set, nDCG@5: 0.895 at 1, 0.906 at 0.5,
    /// 0.907 at 0.2 and at 0.05; docs/search.md).
    /// </summary>
    public const float MatchScoreWeight = 0.2f;

    /// <summary>How far apart a query's words may be for its phrase clause to match (<c>slop</c>).</summary>
    public const int PhraseSlop = 2;

    /// <summary>
    /// How many of a search's best hits by its words alone the phrase clause rescores (<see cref="SearchRescoreWindow"/>):
    /// as many as the API's largest page by default (<c>GraphQL:MaxPageSize</c>), so a first page is ranked with it in full.
    /// </summary>
    public const int RescoreWindow = 50;

    /// <summary>Fewer all-words hits than this and the search falls back to any-word matching (<see cref="SearchMatching"/>).</summary>
    public const int AllWordsMinimumHits = 5;

    /// <summary>
    /// Whether a text search that found <paramref name="allWordsHits"/> with every word required is run again with
    /// any word: when it found too little and the text has more than one word (for one word both are the same).
    /// </summary>
    public static bool RetryWithAnyWord(string text, int allWordsHits) =>
        allWordsHits < AllWordsMinimumHits && text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length > 1;

    /// <summary>The any-word matching a search falls back to after its all-words search found <paramref name="allWordsHits"/>.</summary>
    public static SearchMatching AnyWordAfter(int allWordsHits) =>
        allWordsHits == 0 ? SearchMatching.AnyWordAlone : SearchMatching.AnyWord;


    /// <summary>Fragments per field and characters per fragment, identical in both backends.</summary>
    public const int HighlightFragments = 3;
    public const int HighlightFragmentSize = 100;

    /// <summary>The sort key of a title for browsing: case-insensitive.</summary>
    public static string TitleKey(string title) => title.ToLowerInvariant();

    /// <summary>Joins multi-valued text with a sentence break so phrases never span two values.</summary>
    public static string? JoinText(IReadOnlyList<string> values) =>
        values.Count == 0 ? null : string.Join(".\n", values);

    /// <summary>
    /// Elasticsearch's <c>fuzziness: AUTO:5,6</c> (on analysed, stemmed terms): no edits up to 4 characters, 1 for 5,
    /// then 2 as <c>AUTO</c> gives. Short words are exact: one edit turns "call" into "hall" and "lan" into "plan",
    /// which is how a question found a town hall.
    /// </summary>
    public static int AutoFuzziness(int termLength) => termLength switch
    {
        < FuzzyOneEditFrom => 0,
        < FuzzyTwoEditsFrom => 1,
        _ => 2,
    };

    /// <summary>The shortest term allowed one edit, and two edits (Elasticsearch's <c>AUTO:low,high</c>).</summary>
    public const int FuzzyOneEditFrom = 5;
    public const int FuzzyTwoEditsFrom = 6;

    public static SearchFacets BuildFacets(IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> byFacet)
    {
        IReadOnlyList<FacetValue> Get(string name) => byFacet.TryGetValue(name, out var values) ? values : [];
        return new SearchFacets
        {
            Kinds = Get("kinds"),
            ServiceTypes = Get("serviceTypes"),
            Roles = Get("roles"),
            Counties = Get("counties"),
            Audiences = Get("audiences"),
            Languages = Get("languages"),
            Topics = Get("topics"),
        };
    }
}
