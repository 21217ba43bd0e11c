using System.CommandLine;
using System.Diagnostics;
using CareDirectory.Search;
using CareDirectory.SearchSync;
using Spectre.Console;

namespace CareDirectory.Cli;

public static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the whole search index from the database. Searches keep using the old index until the new one is complete.");
        command.SetHostedAction(async (parse, services, token) =>
        {
            using var writing = AcquireWriterLock(services);
            var sync = services.GetRequiredService<SearchIndexSync>();
            var total = await sync.CountAsync(token);
            var clock = Stopwatch.StartNew();
            try
            {
                var rebuild = Console.IsOutputRedirected
                    ? await sync.RebuildAsync(null, token)
                    : await WithProgressBarAsync(total, progress => sync.RebuildAsync(progress, token));
                var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                Console.WriteLine($"Indexed {rebuild.Documents} documents in {seconds:F2} s ({rebuild.Documents / seconds:F0} documents/s); search checkpoint at change {rebuild.Checkpoint}.");
                return ExitCodes.Ok;
            }
            catch (SearchUnavailableException e)
            {
                throw new CommandException($"search index unavailable: {e.Message}", ExitCodes.Unavailable);
            }
        });
        return command;
    }

    /// <summary>The embedded index has one writer process; Elasticsearch needs no lock.</summary>
    private static IDisposable? AcquireWriterLock(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<SearchWriterLock>().Acquire();
        }
        catch (IOException)
        {
            throw new CommandException("the search index is being written by a running server or another reindex; stop the server first (it rebuilds an empty index itself on start).", ExitCodes.Unavailable);
        }
    }

    private static async Task<SearchRebuild> WithProgressBarAsync(int total, Func<IProgress<int>, Task<SearchRebuild>> rebuild)
    {
        SearchRebuild? result = null;
        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Indexing", maxValue: Math.Max(total, 1));
            result = await rebuild(new ProgressBar(task));
            task.Value = task.MaxValue;
        });
        return result!;
    }

    /// <summary>Moves the bar as the index reports documents loaded (synchronously: no lost or reordered updates).</summary>
    private sealed class ProgressBar(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
