using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary>
/// Counts the subscriptions each caller (API key, client address: <c>RequestCallers</c>) has open in this process
/// and refuses one more beyond <see cref="SubscriptionOptions.MaxOpenPerCaller"/> for any of them.
/// </summary>
internal sealed class OpenSubscriptionLimiter(IOptions<SubscriptionOptions> options)
{
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>A lease to dispose when the subscription ends, or null when a caller is at its limit.</summary>
    public IDisposable? TryOpen(IReadOnlyList<string> callers)
    {
        lock (_lock)
        {
            if (callers.Any(c => _open.GetValueOrDefault(c) >= options.Value.MaxOpenPerCaller))
            {
                return null;
            }

            foreach (var caller in callers)
            {
                _open[caller] = _open.GetValueOrDefault(caller) + 1;
            }

            return new Lease(this, callers);
        }
    }

    private void Close(IReadOnlyList<string> callers)
    {
        lock (_lock)
        {
            foreach (var caller in callers)
            {
                var left = _open.GetValueOrDefault(caller) - 1;
                if (left > 0)
                {
                    _open[caller] = left;
                }
                else
                {
                    _open.Remove(caller);
                }
            }
        }
    }

    private sealed class Lease(OpenSubscriptionLimiter limiter, IReadOnlyList<string> callers) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                limiter.Close(callers);
            }
        }
    }
}
