using CareDirectory.ChangeFeed;
using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDirectory.SearchSync;

/// <summary>
/// Keeps this process's index true to the database. The change log is the outbox and the process's
/// <see cref="ChangeLogFollower"/> its ordered, gap-safe reader: <see cref="CatchUpAsync"/> applies the committed
/// entries after the index's own checkpoint (<see cref="SearchIndexIdentity"/>) and moves the checkpoint only once
/// the index accepted them, so a failed write is retried from the same place and nothing is lost. Applying an entry
/// re-reads the record, which makes replays harmless.
/// </summary>
public sealed partial class SearchIndexSync(
    IDbContextFactory<DirectoryDbContext> contexts,
    ISearchIndex index,
    SearchDocumentBuilder documents,
    ChangeLogFollower follower,
    SearchIndexIdentity identity,
    IOptions<SearchSyncOptions> options,
    TimeProvider time,
    ILogger<SearchIndexSync> logger)
{
    /// <summary>The index's position (-1 until read); kept here too so a read-only database does not stop the sync.</summary>
    private long _checkpoint = -1;

    private long? Checkpoint => Interlocked.Read(ref _checkpoint) is >= 0 and var known ? known : null;

    /// <summary>Applies the next batch of committed change-log entries after the index's checkpoint.</summary>
    public async Task<ChangeLogBatch> CatchUpAsync(CancellationToken cancellationToken)
    {
        var checkpoint = await CheckpointAsync(cancellationToken);
        var batch = await follower.ReadAsync(checkpoint, options.Value.BatchSize, cancellationToken);
        if (batch.Entries.Count > 0)
        {
            await ApplyAsync(batch.Entries, cancellationToken);
        }

        if (batch.Advances)
        {
            await SaveCheckpointAsync(batch.Through, cancellationToken);
        }

        return batch;
    }

    private async Task ApplyAsync(IReadOnlyList<ChangeLogEntry> entries, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // States and counties are not documents: their names are looked up at query time.
        var changed = entries
            .Select(e => (Known: Enum.TryParse<SearchKind>(e.EntityType, out var kind), Kind: kind, e.EntityId))
            .Where(e => e.Known)
            .ToLookup(e => e.Kind, e => e.EntityId);
        var states = entries.Where(e => e.EntityType == EntityTypeNames.Of(typeof(State))).Select(e => e.EntityId).Distinct().ToList();
        foreach (var (kind, ids) in await WithPartnerDependentsAsync(db, changed, states, cancellationToken))
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
    }

    /// <summary>
    /// The changed records per kind, plus the programs, meetings and resources of changed partners (their documents
    /// carry the partner's roles), plus the partners and programs of changed states (their documents carry the
    /// state's access lines they answer).
    /// </summary>
    private static async Task<Dictionary<SearchKind, List<Guid>>> WithPartnerDependentsAsync(
        DirectoryDbContext db, ILookup<SearchKind, Guid> changed, List<Guid> states, CancellationToken cancellationToken)
    {
        var result = Enum.GetValues<SearchKind>().ToDictionary(k => k, k => changed[k].ToHashSet());

        var partners = result[SearchKind.Partner].ToList();
        if (partners.Count > 0)
        {
            result[SearchKind.Program].UnionWith(await db.Programs.Where(p => partners.Contains(p.PartnerId)).Select(p => p.Id).ToListAsync(cancellationToken));
            result[SearchKind.Meeting].UnionWith(await db.Meetings.Where(m => m.OrganizerId != null && partners.Contains(m.OrganizerId.Value)).Select(m => m.Id).ToListAsync(cancellationToken));
            result[SearchKind.EducatorResource].UnionWith(await db.EducatorResources.Where(r => r.OwnerId != null && partners.Contains(r.OwnerId.Value)).Select(r => r.Id).ToListAsync(cancellationToken));
        }

        if (states.Count > 0)
        {
            // After the partner cascade: access lines are not on meetings or resources. The entry does not say which
            // operator a line had before, so every partner and program of the state is rebuilt: a line moved to
            // another operator leaves the old one's documents too. States change rarely.
            result[SearchKind.Partner].UnionWith(await db.Partners.Where(p => states.Contains(p.StateId)).Select(p => p.Id).ToListAsync(cancellationToken));
            result[SearchKind.Program].UnionWith(await db.Programs.Where(p => states.Contains(p.StateId)).Select(p => p.Id).ToListAsync(cancellationToken));
        }

        return result.Where(r => r.Value.Count > 0).ToDictionary(r => r.Key, r => r.Value.ToList());
    }

    /// <summary>
    /// Rebuilds the whole index from the database while the current one keeps serving, then sets this index's
    /// checkpoint (and no other) to the watermark proven before the rebuild started: entries committed meanwhile are
    /// applied afterwards (again, harmlessly, if the rebuild already saw them).
    /// </summary>
    /// <returns>The number of documents indexed and the checkpoint set.</returns>
    public async Task<SearchRebuild> RebuildAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var head = await follower.CurrentWatermarkAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var count = await index.RebuildAsync(documents.AllAsync(db, cancellationToken), progress, cancellationToken);
        await SaveCheckpointAsync(head, cancellationToken);
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
    /// True when the index must be built from scratch: this index has no checkpoint (never built), it is empty, or it
    /// was written with another field layout (<see cref="SearchLayout"/>). Throws
    /// <see cref="SearchUnavailableException"/> when the backend cannot be reached, so the caller retries the check.
    /// </summary>
    public async Task<bool> NeedsRebuildAsync(CancellationToken cancellationToken)
    {
        if (Checkpoint is null && await StoredCheckpointAsync(cancellationToken) is null)
        {
            return true;
        }

        // An unreachable backend cannot say whether it is empty or outdated: ask again later rather than answer "no".
        var health = await index.HealthAsync(cancellationToken);
        return health.Status == SearchHealthStatus.Unavailable
            ? throw new SearchUnavailableException($"Cannot tell whether the search index must be built: {health.Description}")
            : health.DocumentCount == 0 || health.LayoutOutdated;
    }

    private async Task<long?> StoredCheckpointAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var consumer = identity.Consumer;
        return await db.SyncCheckpoints.Where(c => c.Consumer == consumer).Select(c => (long?)c.Sequence).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<long> CheckpointAsync(CancellationToken cancellationToken)
    {
        if (Checkpoint is not { } known)
        {
            known = await StoredCheckpointAsync(cancellationToken) ?? 0;
            Interlocked.Exchange(ref _checkpoint, known);
        }

        return known;
    }

    private async Task SaveCheckpointAsync(long sequence, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _checkpoint, sequence);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var consumer = identity.Consumer;
            var row = await db.SyncCheckpoints.FirstOrDefaultAsync(c => c.Consumer == consumer, cancellationToken)
                ?? db.SyncCheckpoints.Add(new SyncCheckpoint { Consumer = consumer }).Entity;
            row.Sequence = sequence;
            row.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsReadOnly(e))
        {
            // A standby cannot store it; the index still follows from the position held here, and a restart on a
            // standby rebuilds (its checkpoint was never stored).
            LogCheckpointNotStored(sequence);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is read-only: the search checkpoint {Sequence} is kept in memory only.")]
    private partial void LogCheckpointNotStored(long sequence);
}
