namespace CareDirectory.Search;

/// <summary>The backend rejected an operation for a reason other than availability (e.g. a mapping error).</summary>
public sealed class SearchBackendException(string message, Exception? innerException = null)
    : SearchException(SearchErrorCode.BackendError, message, innerException);
