namespace CareDirectory.Search;

/// <summary>Health report of a search backend; never thrown, always returned.</summary>
/// <param name="LayoutVersion">The <see cref="SearchLayout"/> version the index was written with, when the backend could read it.</param>
public sealed record SearchHealth(SearchHealthStatus Status, string Description, long? DocumentCount = null, int? LayoutVersion = null)
{
    /// <summary>True when the index was written with another field layout and must be rebuilt to serve this version.</summary>
    public bool LayoutOutdated => LayoutVersion is { } version && version != SearchLayout.Version;
}
