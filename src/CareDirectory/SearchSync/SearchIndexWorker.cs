using CareDirectory.ChangeFeed;
using CareDirectory.Search;
using Microsoft.Extensions.Options;

namespace CareDirectory.SearchSync;

/// <summary>
/// Applies the change log to the search index in the background: builds the index on first start, then applies
/// each batch the process's <see cref="ChangeLogFollower"/> proves committed (without waiting while there is a backlog).
/// When the index or the database fails, it waits with exponential backoff and retries from the same checkpoint.
/// </summary>
internal sealed partial class SearchIndexWorker(
    SearchWriterLock writerLock,
    ChangeLogFollower follower,
    SearchIndexBuildStatus buildStatus,
    IServiceProvider services,
    IOptions<SearchSyncOptions> options,
    TimeProvider time,
    ILogger<SearchIndexWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            // Nothing will build the index here: readiness must not wait for it.
            buildStatus.Done();
            return;
        }

        var locked = false;
        IDisposable? writing = null;
        var rebuildChecked = false;
        var failures = 0;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (!locked)
                    {
                        // Held until the server stops; a `reindex` in another process makes us wait and retry.
                        writing = writerLock.Acquire();
                        locked = true;
                    }

                    // Resolved after the lock is held: opening the embedded index must not race a `reindex`.
                    var sync = services.GetRequiredService<SearchIndexSync>();

                    if (!rebuildChecked)
                    {
                        if (await sync.NeedsRebuildAsync(stoppingToken))
                        {
                            buildStatus.Building(await sync.CountAsync(stoppingToken));
                            var rebuild = await sync.RebuildAsync(buildStatus, stoppingToken);
                            LogRebuilt(rebuild.Documents);
                        }

                        rebuildChecked = true;
                        buildStatus.Done();
                    }

                    var batch = await sync.CatchUpAsync(stoppingToken);
                    buildStatus.Applied(batch.Through);
                    if (failures > 0)
                    {
                        LogRecovered(failures);
                        failures = 0;
                    }

                    if (batch.Entries.Count < settings.BatchSize)
                    {
                        // Woken as soon as the follower's watermark moves past what was just applied.
                        await follower.WaitForChangeAsync(batch.Through, settings.PollInterval, stoppingToken);
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // Anything (index down, database busy, index locked by `reindex`) is retried: the checkpoint has not moved.
                    // A backend down at start leaves the server ready (search answers SEARCH_UNAVAILABLE, readiness says
                    // Degraded) while the build check is retried until the backend answers.
                    if (!rebuildChecked && e is SearchUnavailableException)
                    {
                        buildStatus.Done();
                    }

                    failures++;
                    var delay = RetryDelay(settings, failures);
                    LogFailed(e, failures, delay);
                    await Task.Delay(delay, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            writing?.Dispose();
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
