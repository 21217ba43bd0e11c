namespace CareDirectory.Search;

/// <summary>
/// A search. All filters are ANDed; values inside one list filter are ORed. Unknown codes (service types,
/// counties) are the caller's to reject; the index only matches what it was given.
/// </summary>
/// <remarks>
/// An empty or whitespace <see cref="Query"/> is a <b>browse</b>: every document passing the filters (all
/// documents when there are none), sorted by title then id. Text that analyzes to no terms at all (only
/// punctuation or stop words) matches nothing, as Elasticsearch's <c>zero_terms_query: none</c> does.
/// Query text is always plain words: syntax characters are never interpreted, and only the first
/// <see cref="MaxQueryLength"/> characters and <see cref="MaxQueryWords"/> words (each cut to
/// <see cref="MaxWordLength"/> characters) are used.
/// </remarks>
public sealed record SearchRequest
{
    /// <summary>Characters of query text that are considered; the rest is ignored, never an error.</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>Words of query text that are considered; the rest is ignored, never an error.</summary>
    public const int MaxQueryWords = 32;

    /// <summary>Characters of one word that are considered; longer words are cut.</summary>
    public const int MaxWordLength = 50;

    /// <summary>Largest page size.</summary>
    public const int MaxPageSize = 100;

    public string? Query { get; init; }

    /// <summary>Two-letter USPS state code.</summary>
    public string? State { get; init; }

    /// <summary>Five-digit county FIPS codes; statewide documents of the county's state are included.</summary>
    public IReadOnlyList<string> CountyFips { get; init; } = [];

    public IReadOnlyList<SearchKind> Kinds { get; init; } = [];

    /// <summary>Service-type codes; a parent code matches documents tagged with any descendant.</summary>
    public IReadOnlyList<string> ServiceTypes { get; init; } = [];

    /// <summary>Educator-resource topic codes; matches documents with any of them.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<string> Audiences { get; init; } = [];

    /// <summary>Matches documents whose [MinAge, MaxAge] range contains this age (open ends match).</summary>
    public int? Age { get; init; }

    /// <summary>ISO 639-1 code; matches documents offered in that language.</summary>
    public string? Language { get; init; }

    /// <summary>Centre of a distance filter; requires <see cref="RadiusKm"/>. Documents without a location are excluded.</summary>
    public GeoPoint? Near { get; init; }

    public double? RadiusKm { get; init; }

    /// <summary>Page size when neither <see cref="First"/> nor <see cref="Last"/> is given.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The first N hits after <see cref="After"/> (1..<see cref="MaxPageSize"/>); not with <see cref="Last"/>.</summary>
    public int? First { get; init; }

    /// <summary>
    /// The last N hits before <see cref="Before"/> (1..<see cref="MaxPageSize"/>), or of the whole result without it,
    /// still in result order; not with <see cref="First"/>. The backends read the result backwards from the cursor, so
    /// the work is one page whatever its depth.
    /// </summary>
    public int? Last { get; init; }

    /// <summary>Only hits strictly after this hit's cursor (<see cref="SearchHit.Cursor"/>).</summary>
    public string? After { get; init; }

    /// <summary>Only hits strictly before this hit's cursor (<see cref="SearchHit.Cursor"/>).</summary>
    public string? Before { get; init; }

    /// <summary>
    /// Whether to count <see cref="SearchResults.Facets"/>; when false they are <see cref="SearchFacets.Empty"/>.
    /// Counting reads every hit's keyword values, the larger part of a broad search, so callers that show no
    /// facets turn it off.
    /// </summary>
    public bool Facets { get; init; } = true;

    /// <summary>
    /// Whether to mark where the words matched in each hit (<see cref="SearchHit.Highlights"/>); when false they are
    /// empty. Highlighting analyses each hit's text again, a fifth of a broad search's time, so callers that show no
    /// highlights turn it off.
    /// </summary>
    public bool Highlights { get; init; } = true;
}
