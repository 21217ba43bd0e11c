using CareDirectory.Search.Tests.Contract;

namespace CareDirectory.Search.Tests.Elasticsearch;

/// <summary>The shared contract against a live Elasticsearch 9 cluster (layer 3 of 3); skipped without ELASTICSEARCH_URL.</summary>
[RequiresEnvironment("ELASTICSEARCH_URL")]
public sealed class LiveElasticsearchContractTests(LiveElasticsearchFixture fixture)
    : SearchIndexContractTests(fixture), IClassFixture<LiveElasticsearchFixture>;
