namespace CareDirectory.Search;

/// <summary>Stable error codes; <see cref="SearchException.CodeName"/> gives the wire form (e.g. <c>SEARCH_UNAVAILABLE</c>).</summary>
public enum SearchErrorCode
{
    /// <summary>The backend cannot be reached, timed out, or rejected the request for load (429/503).</summary>
    Unavailable,

    /// <summary>An <c>after</c> or <c>before</c> cursor is not one this index produced for this kind of search.</summary>
    InvalidCursor,

    /// <summary><c>first</c> or <c>last</c> is outside 1..100, or both are given.</summary>
    InvalidPageSize,

    /// <summary><c>age</c> is outside 0..150.</summary>
    InvalidAge,

    /// <summary><c>near</c>/<c>radiusKm</c> are incomplete, out of range or not positive.</summary>
    InvalidLocation,

    /// <summary>The backend answered with an error that is not about availability.</summary>
    BackendError,
}
