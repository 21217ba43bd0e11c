using CareDirectory.Search.Tests.Relevance;
using Xunit.Abstractions;

namespace CareDirectory.Search.Tests.Lucene;

public sealed class LuceneRelevanceTests(LuceneSearchIndexFixture fixture, ITestOutputHelper output)
    : RelevanceTests(fixture, output), IClassFixture<LuceneSearchIndexFixture>;
