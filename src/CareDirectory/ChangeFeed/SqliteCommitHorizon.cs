using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.ChangeFeed;

/// <summary>
/// SQLite has one writer at a time: a transaction takes the database's write lock before it inserts and keeps it
/// until it commits or rolls back, and numbers (AUTOINCREMENT) are taken under that lock. So when a number is
/// visible, every lower number's transaction has already ended, committed or rolled back, and the highest visible
/// number is the watermark. This holds across processes on one file too (a CLI seed next to the server): the lock is
/// the file's.
/// </summary>
internal sealed class SqliteCommitHorizon(IDbContextFactory<DirectoryDbContext> contexts) : ICommitHorizon
{
    public async Task<(long Watermark, bool LookAgain)> AdvanceAsync(long watermark, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        return (Math.Max(head, watermark), false);
    }
}
