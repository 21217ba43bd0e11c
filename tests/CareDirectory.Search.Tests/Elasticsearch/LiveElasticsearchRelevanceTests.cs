using CareDirectory.Search.Tests.Contract;
using CareDirectory.Search.Tests.Relevance;
using Xunit.Abstractions;

namespace CareDirectory.Search.Tests.Elasticsearch;

/// <summary>nDCG@5 and MRR on a live cluster; skipped without ELASTICSEARCH_URL.</summary>
[RequiresEnvironment("ELASTICSEARCH_URL")]
public sealed class LiveElasticsearchRelevanceTests(LiveElasticsearchFixture fixture, ITestOutputHelper output)
    : RelevanceTests(fixture, output), IClassFixture<LiveElasticsearchFixture>;
