using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Interop.Hsds;

/// <summary>
/// A batch of records mapped onto its own context and not saved yet, so the import can map the next batch while this
/// one saves. The transaction starts only when it saves: SQLite lets one writer in at a time, and the next batch's
/// reads must not wait for it.
/// </summary>
internal sealed class HsdsWriteBatch(DirectoryDbContext db, bool changedExisting) : IAsyncDisposable
{
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (changedExisting)
        {
            db.ChangeTracker.DetectChanges();
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => db.DisposeAsync();
}
