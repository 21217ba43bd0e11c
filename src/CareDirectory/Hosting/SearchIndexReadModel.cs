using CareDirectory.GraphQL.Caching;
using CareDirectory.SearchSync;

namespace CareDirectory.Hosting;

/// <summary>
/// The search index as the response cache sees it: a read model that reaches a change-log position after the
/// database does, so cached search answers are recomputed when the index moves, not only when the log does.
/// </summary>
internal sealed class SearchIndexReadModel(SearchIndexBuildStatus status) : IReadModelPosition
{
    public long Position => status.Position ?? -1;
}
