namespace CareDirectory.Search;

/// <summary>Base of every error the search index reports on purpose.</summary>
public abstract class SearchException(SearchErrorCode code, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public SearchErrorCode Code { get; } = code;

    /// <summary>The code in SCREAMING_SNAKE_CASE prefixed with <c>SEARCH_</c>, e.g. <c>SEARCH_INVALID_CURSOR</c>.</summary>
    public string CodeName => "SEARCH_" + string.Concat(
        Code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
