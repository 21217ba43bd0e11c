namespace CareDirectory.Search.Elasticsearch;

/// <summary>Placeholder until the Elasticsearch backend lands.</summary>
public static class ElasticsearchAssembly;
