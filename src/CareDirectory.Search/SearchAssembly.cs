namespace CareDirectory.Search;

/// <summary>Placeholder until the search index lands.</summary>
public static class SearchAssembly;
