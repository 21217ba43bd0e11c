using Microsoft.Extensions.Options;

namespace CareDirectory.Searching;

/// <summary>
/// Applies the change log to the search index in the background: builds the index on first start, then polls
/// every <see cref="SearchSyncOptions.PollInterval"/> (and keeps going without waiting while there is a backlog).
/// When the index or the database fails, it waits with exponential backoff and retries from the same checkpoint.
/// </summary>
internal sealed partial class SearchIndexWorker(
    SearchIndexSync sync,
    IOptions<SearchSyncOptions> options,
    TimeProvider time,
    ILogger<SearchIndexWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var rebuildChecked = false;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!rebuildChecked)
                {
                    if (await sync.NeedsRebuildAsync(stoppingToken))
                    {
                        var rebuild = await sync.RebuildAsync(null, stoppingToken);
                        LogRebuilt(rebuild.Documents);
                    }

                    rebuildChecked = true;
                }

                var applied = await sync.CatchUpAsync(stoppingToken);
                if (failures > 0)
                {
                    LogRecovered(failures);
                    failures = 0;
                }

                if (applied < settings.BatchSize)
                {
                    await Task.Delay(settings.PollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Anything else (index down, database busy) is retried: the checkpoint has not moved.
                failures++;
                var delay = RetryDelay(settings, failures);
                LogFailed(e, failures, delay);
                try
                {
                    await Task.Delay(delay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Initial delay doubled per consecutive failure, capped at the maximum.</summary>
    public static TimeSpan RetryDelay(SearchSyncOptions settings, int failures) =>
        TimeSpan.FromTicks((long)Math.Min(
            settings.MaxRetryDelay.Ticks,
            settings.InitialRetryDelay.Ticks * Math.Pow(2, Math.Min(failures - 1, 30))));

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built from the database: {Count} documents.")]
    private partial void LogRebuilt(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index sync recovered after {Failures} failed attempts.")]
    private partial void LogRecovered(int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index sync failed (attempt {Failures}); retrying in {Delay}.")]
    private partial void LogFailed(Exception exception, int failures, TimeSpan delay);
}
