using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace CareDirectory.Hsds;

/// <summary>
/// Enumerates a sequence on another thread, a few items ahead of its reader. An import reads and parses its input on
/// one core while the other checks or writes what was read before: reading was a fifth of the writer's thread,
/// and while the writer waited for it the second core had nothing to do.
/// </summary>
internal static class HsdsReadAhead
{
    /// <summary>
    /// <paramref name="source"/>'s items in order, at most <paramref name="ahead"/> read before they are asked for (a
    /// bound on memory). Its exceptions reach the reader after the items before them; when the reader stops early,
    /// the reading stops too.
    /// </summary>
    public static async IAsyncEnumerable<T> Of<T>(IAsyncEnumerable<T> source, int ahead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(ahead) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ExceptionDispatchInfo? failure = null;
        var reading = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in source.WithCancellation(stop.Token))
                    {
                        await channel.Writer.WriteAsync(item, stop.Token);
                    }
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    channel.Writer.Complete();
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }

            // Rethrown as it was thrown, after the items read before it (as the reader would have seen it without read-ahead).
            failure?.Throw();
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
    }
}
