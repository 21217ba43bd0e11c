using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDirectory.SearchSync;

/// <summary>
/// Keeps the index true to the database. The change log is the outbox: <see cref="CatchUpAsync"/> applies the
/// entries after the <c>search</c> checkpoint and moves the checkpoint only once the index accepted them, so a
/// failed write is retried from the same place and nothing is lost. Applying an entry re-reads the record, which
/// makes it idempotent: replaying entries twice leaves the same index. That is what lets the checkpoint stay below
/// a hole in the sequence (<see cref="ChangeLogGaps"/>) while the entries above it are applied, again, each round.
/// </summary>
public sealed class SearchIndexSync(
    IDbContextFactory<DirectoryDbContext> contexts,
    ISearchIndex index,
    SearchDocumentBuilder documents,
    IOptions<SearchSyncOptions> options,
    TimeProvider time)
{
    /// <summary>The consumer name of the search index in <see cref="SyncCheckpoint"/>.</summary>
    public const string Consumer = "search";

    private readonly ChangeLogGaps _gaps = new(time);

    /// <summary>
    /// Applies the next batch of change-log entries; returns how many the checkpoint moved past (0 = caught up, or
    /// waiting for a hole to fill).
    /// </summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checkpoint = await CheckpointAsync(db, cancellationToken);
        var entries = await db.ChangeLog.AsNoTracking()
            .Where(e => e.Sequence > checkpoint.Sequence)
            .OrderBy(e => e.Sequence)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return 0;
        }

        // States and counties are not documents: their names are looked up at query time.
        var changed = entries
            .Select(e => (Known: Enum.TryParse<SearchKind>(e.EntityType, out var kind), Kind: kind, e.EntityId))
            .Where(e => e.Known)
            .ToLookup(e => e.Kind, e => e.EntityId);
        foreach (var (kind, ids) in await WithPartnerDependentsAsync(db, changed, cancellationToken))
        {
            var built = await documents.BuildAsync(db, kind, ids, cancellationToken);

            // Archived (hidden by the query filter) or deleted records have no document any more.
            var gone = ids.Select(id => id.ToString()).Except(built.Select(d => d.Id), StringComparer.Ordinal).ToList();
            if (built.Count > 0)
            {
                await index.UpsertAsync(built, cancellationToken);
            }

            if (gone.Count > 0)
            {
                await index.DeleteAsync(gone, cancellationToken);
            }
        }

        var safe = _gaps.SafeCheckpoint(checkpoint.Sequence, entries.Select(e => e.Sequence), options.Value.ChangeLogGapWait);
        if (safe > checkpoint.Sequence)
        {
            await SaveCheckpointAsync(db, checkpoint, safe, cancellationToken);
        }

        return entries.Count(e => e.Sequence <= safe);
    }

    /// <summary>
    /// The changed records per kind, plus the programs, meetings and resources of changed partners: their documents
    /// carry the partner's roles.
    /// </summary>
    private static async Task<Dictionary<SearchKind, List<Guid>>> WithPartnerDependentsAsync(
        DirectoryDbContext db, ILookup<SearchKind, Guid> changed, CancellationToken cancellationToken)
    {
        var result = Enum.GetValues<SearchKind>().ToDictionary(k => k, k => changed[k].ToHashSet());
        var partners = result[SearchKind.Partner].ToList();
        if (partners.Count > 0)
        {
            result[SearchKind.Program].UnionWith(await db.Programs.Where(p => partners.Contains(p.PartnerId)).Select(p => p.Id).ToListAsync(cancellationToken));
            result[SearchKind.Meeting].UnionWith(await db.Meetings.Where(m => m.OrganizerId != null && partners.Contains(m.OrganizerId.Value)).Select(m => m.Id).ToListAsync(cancellationToken));
            result[SearchKind.EducatorResource].UnionWith(await db.EducatorResources.Where(r => r.OwnerId != null && partners.Contains(r.OwnerId.Value)).Select(r => r.Id).ToListAsync(cancellationToken));
        }

        return result.Where(r => r.Value.Count > 0).ToDictionary(r => r.Key, r => r.Value.ToList());
    }

    /// <summary>
    /// Rebuilds the whole index from the database while the current one keeps serving, then sets the checkpoint
    /// to the change-log head read before the rebuild started: entries written meanwhile are applied afterwards
    /// (again, harmlessly, if the rebuild already saw them).
    /// </summary>
    /// <returns>The number of documents indexed and the checkpoint set.</returns>
    public async Task<SearchRebuild> RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var count = await index.RebuildAsync(documents.AllAsync(db, cancellationToken), progress, cancellationToken);
        await SaveCheckpointAsync(db, await CheckpointAsync(db, cancellationToken), head, cancellationToken);
        return new SearchRebuild(count, head);
    }

    /// <summary>Number of live records that become documents, for progress reporting.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Partners.CountAsync(cancellationToken) + await db.Programs.CountAsync(cancellationToken)
            + await db.Meetings.CountAsync(cancellationToken) + await db.EducatorResources.CountAsync(cancellationToken);
    }

    /// <summary>
    /// True when the index must be built from scratch: it has never been built, it is empty, or it was written with
    /// another field layout (<see cref="SearchLayout"/>). Throws <see cref="SearchUnavailableException"/> when the
    /// backend cannot be reached, so the caller retries the check.
    /// </summary>
    public async Task<bool> NeedsRebuildAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.SyncCheckpoints.AnyAsync(c => c.Consumer == Consumer, cancellationToken))
        {
            return true;
        }

        // An unreachable backend cannot say whether it is empty or outdated: ask again later rather than answer "no".
        var health = await index.HealthAsync(cancellationToken);
        return health.Status == SearchHealthStatus.Unavailable
            ? throw new SearchUnavailableException($"Cannot tell whether the search index must be built: {health.Description}")
            : health.DocumentCount == 0 || health.LayoutOutdated;
    }

    private static async Task<SyncCheckpoint> CheckpointAsync(DirectoryDbContext db, CancellationToken cancellationToken) =>
        await db.SyncCheckpoints.FirstOrDefaultAsync(c => c.Consumer == Consumer, cancellationToken)
        ?? db.SyncCheckpoints.Add(new SyncCheckpoint { Consumer = Consumer }).Entity;

    private async Task SaveCheckpointAsync(DirectoryDbContext db, SyncCheckpoint checkpoint, long sequence, CancellationToken cancellationToken)
    {
        checkpoint.Sequence = sequence;
        checkpoint.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
