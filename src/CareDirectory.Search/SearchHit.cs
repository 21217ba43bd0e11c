namespace CareDirectory.Search;

/// <summary>A matching document. Browse results (no query text) have score 0 and no highlights.</summary>
public sealed record SearchHit(string Id, SearchKind Kind, double Score, IReadOnlyList<SearchHighlight> Highlights);
