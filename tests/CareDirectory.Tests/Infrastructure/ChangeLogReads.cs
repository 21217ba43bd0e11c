using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>
/// The change log of a test's database as a test reads it: where it ends now, and what was logged after a point —
/// for asserting exactly what one write logged, in order.
/// </summary>
public static class ChangeLogReads
{
    /// <summary>The newest sequence number in the change log, or 0 when it is empty.</summary>
    public static async Task<long> LastSequenceAsync(DirectoryAppFactory app)
    {
        await using var db = app.CreateDbContext();
        return await db.ChangeLog.MaxAsync(e => (long?)e.Sequence) ?? 0;
    }

    /// <summary>The entries logged after <paramref name="since"/>, in sequence order.</summary>
    public static async Task<List<ChangeLogEntry>> SinceAsync(DirectoryAppFactory app, long since)
    {
        await using var db = app.CreateDbContext();
        return await db.ChangeLog.AsNoTracking().Where(e => e.Sequence > since).OrderBy(e => e.Sequence).ToListAsync();
    }
}
