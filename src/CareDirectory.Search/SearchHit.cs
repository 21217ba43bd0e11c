namespace CareDirectory.Search;

/// <summary>
/// A matching document. Browse results (no query text) have score 0 and no highlights. <paramref name="Cursor"/> is
/// its position in the result, for <see cref="SearchRequest.After"/> or <see cref="SearchRequest.Before"/>.
/// </summary>
public sealed record SearchHit(string Id, SearchKind Kind, double Score, IReadOnlyList<SearchHighlight> Highlights, string Cursor);
