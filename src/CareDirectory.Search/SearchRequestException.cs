namespace CareDirectory.Search;

/// <summary>The search request is invalid; the message is safe to show to an API client.</summary>
public sealed class SearchRequestException(SearchErrorCode code, string message) : SearchException(code, message);
