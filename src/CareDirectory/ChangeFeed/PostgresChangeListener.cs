using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareDirectory.ChangeFeed;

/// <summary>
/// On PostgreSQL, listens on <c>caredirectory_change_log</c> (notified by the change log's trigger when a write
/// commits, migration <c>ChangeLogNotify</c>) and has the follower look at once, so a write through another process
/// reaches this one's subscribers without waiting for the poll. The poll stays: a lost connection, a standby (which
/// delivers no notifications) or a notification missed while reconnecting only costs latency, never a change.
/// </summary>
internal sealed partial class PostgresChangeListener(
    IDbContextFactory<DirectoryDbContext> contexts,
    ChangeLogFollower follower,
    ILogger<PostgresChangeListener> logger) : BackgroundService
{
    public const string Channel = "caredirectory_change_log";

    private static readonly TimeSpan _retryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                string connectionString;
                await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
                {
                    connectionString = db.Database.GetConnectionString()!;
                }

                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => follower.LookNow();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Whatever committed while nobody listened.
                follower.LookNow();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(e, _retryDelay);
                try
                {
                    await Task.Delay(_retryDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for change-log notifications (the poll continues); retrying in {Delay}.")]
    private partial void LogFailed(Exception exception, TimeSpan delay);
}
