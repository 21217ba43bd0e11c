namespace CareDirectory.Search;

/// <summary>Checks shared by both backends, so they reject the same requests with the same codes.</summary>
internal static class SearchRequestValidation
{
    /// <summary>The oldest age a request may filter by (and a query may mention, <see cref="SearchQueryAges"/>).</summary>
    public const int MaxAge = 150;

    public static void Validate(SearchRequest request)
    {
        if (request is { First: not null, Last: not null })
        {
            throw new SearchRequestException(SearchErrorCode.InvalidPageSize, "Give 'first' or 'last', not both.");
        }

        if (request.First is < 1 or > SearchRequest.MaxPageSize || request.Last is < 1 or > SearchRequest.MaxPageSize)
        {
            throw new SearchRequestException(
                SearchErrorCode.InvalidPageSize, $"'{(request.Last is null ? "first" : "last")}' must be between 1 and {SearchRequest.MaxPageSize}.");
        }

        if (request.Age is < 0 or > MaxAge)
        {
            throw new SearchRequestException(SearchErrorCode.InvalidAge, $"'age' must be between 0 and {MaxAge}.");
        }

        if (request.Near is { } near)
        {
            if (!near.IsValid)
            {
                throw new SearchRequestException(SearchErrorCode.InvalidLocation, "'near' is not a valid latitude/longitude.");
            }

            if (request.RadiusKm is not (> 0 and <= 20_000))
            {
                throw new SearchRequestException(
                    SearchErrorCode.InvalidLocation, "'radiusKm' must be a positive distance when 'near' is given.");
            }
        }
        else if (request.RadiusKm is not null)
        {
            throw new SearchRequestException(SearchErrorCode.InvalidLocation, "'radiusKm' needs 'near'.");
        }
    }

    /// <summary>Materialises a write batch, rejecting documents the index could not key or filter.</summary>
    public static List<SearchDocument> Documents(IEnumerable<SearchDocument> documents) => [.. documents.Select(Document)];

    /// <summary>Rejects a document the index could not key or filter.</summary>
    public static SearchDocument Document(SearchDocument document) =>
        string.IsNullOrWhiteSpace(document.Id) || string.IsNullOrWhiteSpace(document.Title) || string.IsNullOrWhiteSpace(document.State)
            ? throw new ArgumentException($"Search document '{document.Id}' needs an id, a title and a state.", nameof(document))
            : document;

    /// <summary>
    /// The query text both backends search for: at most <see cref="SearchRequest.MaxQueryLength"/> characters,
    /// <see cref="SearchRequest.MaxQueryWords"/> words of <see cref="SearchRequest.MaxWordLength"/> characters, or
    /// null for a browse, with misspelt vocabulary phrases corrected (<see cref="SearchSpelling"/>). Cutting and
    /// correcting here, before either backend sees the text, keeps their results identical and the cost of a pasted
    /// paragraph bounded.
    /// </summary>
    public static string? QueryText(SearchRequest request)
    {
        var text = request.Query?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // Over-long "words" are cut too: no real word is that long, and fuzzy matching of a very long term is
        // expensive (Elasticsearch can even refuse it as too complex).
        text = text.Length > SearchRequest.MaxQueryLength ? text[..SearchRequest.MaxQueryLength] : text;
        return SearchSpelling.Correct(string.Join(' ', text
            .Split((char[]?)null, SearchRequest.MaxQueryWords + 1, StringSplitOptions.RemoveEmptyEntries)
            .Take(SearchRequest.MaxQueryWords)
            .Select(word => word.Length > SearchRequest.MaxWordLength ? word[..SearchRequest.MaxWordLength] : word)));
    }
}
