using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareDirectory.Bench;

/// <summary>
/// Counts the SQL commands the application sends while serving HTTP requests. Tests and the benchmark use it to prove
/// that a county page costs a constant number of commands however many partners it lists (DataLoader batching works).
/// Background work (the change-log follower's polls, search sync) has no request and is not counted: under load a
/// page takes longer than a poll interval, and its count must not depend on the machine's speed.
/// </summary>
public sealed class SqlCommandCounter(IHttpContextAccessor requests) : DbCommandInterceptor
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        CountIfServingARequest();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        CountIfServingARequest();
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        CountIfServingARequest();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        CountIfServingARequest();
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void CountIfServingARequest()
    {
        if (requests.HttpContext is not null)
        {
            Interlocked.Increment(ref _count);
        }
    }
}
