namespace CareDirectory.Search;

/// <summary>The search backend is down or overloaded; callers should report <c>SEARCH_UNAVAILABLE</c>, not a 500.</summary>
public sealed class SearchUnavailableException(string message, Exception? innerException = null)
    : SearchException(SearchErrorCode.Unavailable, message, innerException);
