using System.CommandLine;
using System.Diagnostics;
using CareDirectory.Data;
using CareDirectory.Hsds;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CareDirectory.Cli;

/// <summary><c>import hsds &lt;path&gt; [--state NJ] [--dry-run]</c>: loads Open Referral HSDS 3.0 or 3.1 data.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Import directory data from other formats.");
        import.Subcommands.Add(Hsds());
        return import;
    }

    private static Command Hsds()
    {
        var path = new Argument<string>("path") { Description = "HSDS JSON (array, NDJSON or document) file, a folder of such files, or a tabular data package folder (datapackage.json + CSVs)." };
        var state = new Option<string?>("--state") { Description = "USPS code of the state for organizations whose data names none (no state or county area, no address state_province), e.g. NJ. The output names each record it placed." };
        var version = new Option<string?>("--hsds-version") { Description = "HSDS version of the input, 3.0 or 3.1 (default: recognised from datapackage.json or the fields used)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and report; write nothing." };
        var batchSize = new Option<int>("--batch-size") { Description = "Records per committed transaction.", DefaultValueFactory = _ => 500 };
        var command = new Command("hsds", "Validate every record against the official HSDS schemas of its version (3.0 or 3.1), then upsert organizations, services and taxonomy terms by HSDS id. Re-running is idempotent.")
        {
            path, state, version, dryRun, batchSize,
        };
        command.SetHostedAction(async (parse, services, token) =>
        {
            await using (var db = await services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(token))
            {
                await db.Database.MigrateAsync(token);
            }

            var importer = services.GetRequiredService<HsdsImporter>();
            var clock = Stopwatch.StartNew();
            try
            {
                var options = new HsdsImportOptions { Path = Path.GetFullPath(parse.GetValue(path)!), State = parse.GetValue(state), Version = VersionOption(parse.GetValue(version)), DryRun = parse.GetValue(dryRun), BatchSize = Math.Max(1, parse.GetValue(batchSize)) };
                var report = Console.IsOutputRedirected
                    ? await importer.ImportAsync(options, null, token)
                    : await AnsiConsole.Progress()
                        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RecordsPerSecondColumn(), new RemainingTimeColumn())
                        .StartAsync(ctx => importer.ImportAsync(options, new TaskProgress(ctx), token));
                foreach (var warning in report.Warnings)
                {
                    await Console.Error.WriteLineAsync($"warning: {warning}");
                }

                foreach (var placed in report.PlacedByStateOption)
                {
                    await Console.Error.WriteLineAsync($"note: {placed}: placed in {options.State} by --state");
                }

                var rate = report.Records / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                Console.WriteLine($"Imported {Path.GetFileName(Path.TrimEndingDirectorySeparator(options.Path))} (HSDS {report.Version.Name()}): {report} in {clock.Elapsed.TotalSeconds:F1} s ({rate:F0} records/s).");
                return ExitCodes.Ok;
            }
            catch (HsdsImportException e)
            {
                foreach (var problem in e.Problems)
                {
                    await Console.Error.WriteLineAsync($"error: {problem}");
                }

                await Console.Error.WriteLineAsync($"error: {e.Problems.Count} problem(s) found. Nothing was written.");
                return ExitCodes.InvalidInput;
            }
        });
        return command;
    }

    /// <summary>The version the user named; anything but 3.0 or 3.1 is bad input, reported like every other problem.</summary>
    private static HsdsVersion? VersionOption(string? text) => text is null ? null
        : HsdsVersions.Parse(text) ?? throw new HsdsImportException([new HsdsProblem("--hsds-version", 0, "--hsds-version", $"unknown HSDS version '{text}': expected 3.0 or 3.1") { Unit = "option" }]);

    /// <summary>Shows each import phase as a Spectre.Console task.</summary>
    private sealed class TaskProgress(ProgressContext context) : IProgress<HsdsImportProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);

        public void Report(HsdsImportProgress value)
        {
            if (!_tasks.TryGetValue(value.Phase, out var task))
            {
                foreach (var earlier in _tasks.Values)
                {
                    earlier.StopTask();
                }

                _tasks[value.Phase] = task = context.AddTask(value.Phase, maxValue: value.Total ?? 1);
                task.IsIndeterminate = value.Total is null;
            }

            // Validation does not know the total yet: the bar stays indeterminate while the count and the rate move.
            task.MaxValue = value.Total ?? value.Done + 1;
            task.Value = value.Done;
            if (value.Total is not null && value.Done >= value.Total)
            {
                task.StopTask();
            }
        }
    }

    private sealed class RecordsPerSecondColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.Speed ?? 0:F0} records/s");
    }
}
