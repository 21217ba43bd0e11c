using CareDirectory.Search.Tests.Contract;

namespace CareDirectory.Search.Tests.Lucene;

public sealed class LuceneSearchIndexContractTests(LuceneSearchIndexFixture fixture)
    : SearchIndexContractTests(fixture), IClassFixture<LuceneSearchIndexFixture>;
