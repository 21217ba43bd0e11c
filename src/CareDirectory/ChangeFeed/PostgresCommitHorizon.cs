using System.Data;
using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.ChangeFeed;

/// <summary>
/// On PostgreSQL a transaction takes its change-log numbers when it inserts and they become visible when it commits,
/// so a number can be missing below visible ones for two reasons: its transaction is still open (it will appear) or
/// rolled back (it never will). Time cannot tell them apart; transaction ids can. The change-log trigger takes the
/// writing transaction's id before the entry's number (migration <c>ChangeLogTransactionIds</c>), so every number
/// at or below a visible one belongs to a transaction whose id is lower than any id assigned after that number was
/// seen. When a look finds a hole, it takes such an id (a <em>judge</em>, <c>pg_current_xact_id()</c> after the
/// look's snapshot) and remembers "every number up to the highest seen is final once no transaction up to the judge
/// is in progress". A later look whose snapshot's oldest running transaction (<c>pg_snapshot_xmin</c>) is above the
/// judge proves that: an open transaction holds the watermark exactly while it is open, a rolled-back one's hole is
/// passed at the next look (taken right away), and a committed one's entries are visible in that same snapshot.
/// Contiguous numbers need no judge. Judges cost one transaction id per look that finds a new hole.
/// A read-only server (a standby) cannot assign ids; there the judge is the snapshot's <c>xmax</c> (the oldest id it
/// counts as not yet finished). That is weaker: a transaction that took its id after every transaction that had
/// finished by the look, and is still open when all older ones have finished, would be passed. Readers on a
/// standby get what that standby has replayed anyway; a process that must never miss a late commit follows the
/// primary (docs/deploy.md).
/// </summary>
internal sealed class PostgresCommitHorizon(IDbContextFactory<DirectoryDbContext> contexts) : ICommitHorizon
{
    /// <summary>Sequence numbers read per look past the watermark.</summary>
    private const int LookAhead = 1_000;

    /// <summary>Promises "every number up to <c>Through</c> is final once transaction <c>Judge</c> is behind the horizon", ascending in both.</summary>
    private readonly List<(long Through, long Judge)> _claims = [];

    public async Task<(long Watermark, bool LookAgain)> AdvanceAsync(long watermark, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Repeatable read: the numbers and the horizon come from one snapshot.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var known = watermark >= 0;
        var visible = known
            ? await db.ChangeLog.Where(e => e.Sequence > watermark).OrderBy(e => e.Sequence).Select(e => e.Sequence).Take(LookAhead).ToListAsync(cancellationToken)
            : [await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0];
        var snapshot = await db.Database.SqlQueryRaw<SnapshotBounds>(
            "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS \"Horizon\", pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS \"Next\", current_setting('transaction_read_only') = 'on' AS \"ReadOnly\"")
            .SingleAsync(cancellationToken);
        var horizon = snapshot.Horizon;

        // Claims whose judge is behind the horizon are proven.
        var proven = _claims.TakeWhile(c => c.Judge < horizon).ToList();
        _claims.RemoveRange(0, proven.Count);
        watermark = Math.Max(watermark, proven.Count > 0 ? proven[^1].Through : -1);

        // Then every number that follows the watermark without a gap.
        foreach (var sequence in visible.Where(s => s > watermark))
        {
            if (known && sequence != watermark + 1)
            {
                break;
            }

            watermark = known ? sequence : watermark;
        }

        var highest = visible.Count > 0 ? visible[^1] : watermark;
        var lookAgain = false;
        if (highest > Math.Max(watermark, _claims.Count > 0 ? _claims[^1].Through : -1))
        {
            // A hole (or, at start, everything): judge it with an id assigned after this snapshot.
            _claims.Add((highest, snapshot.ReadOnly ? snapshot.Next : await ScalarAsync(db, "SELECT pg_current_xact_id()::text::bigint AS \"Value\"", cancellationToken)));
            lookAgain = true;
        }

        _claims.RemoveAll(c => c.Through <= watermark);
        await transaction.CommitAsync(cancellationToken);
        return (watermark, lookAgain);
    }

    /// <summary>The look's snapshot: its oldest running transaction, the first id it counts as future, and whether ids can be assigned.</summary>
    private sealed record SnapshotBounds(long Horizon, long Next, bool ReadOnly);

    private static Task<long> ScalarAsync(DirectoryDbContext db, string sql, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<long>(sql).SingleAsync(cancellationToken);
}
