using System.CommandLine;
using CareDirectory.Cli;
using CareDirectory.Seeding;

namespace CareDirectory.Bench.Synthetic;

public static class GenerateCommand
{
    public static Command Create()
    {
        var scale = new Option<SyntheticScale>("--scale") { Description = "small (1 state), medium (5 states) or national (50 states + DC, ~3,100 counties).", DefaultValueFactory = _ => SyntheticScale.Small };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed and scale always write the same files.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--output") { Description = "Folder to write (created; must not be seed-data/).", Required = true };
        var command = new Command("generate", "Write a deterministic synthetic data set in seed-data/'s format, for load tests and benchmarks.") { scale, seed, output };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var target = Path.GetFullPath(parse.GetValue(output)!);
                var seedData = SeedFolder.Resolve("seed-data", Environment.CurrentDirectory);
                Guard(target, seedData);
                var started = System.Diagnostics.Stopwatch.StartNew();
                var set = new SyntheticDataSet(parse.GetValue(scale), parse.GetValue(seed), SeedReader.ReadTaxonomy(seedData));
                var summary = await Task.Run(() => set.Write(target), ct);
                Console.WriteLine($"Wrote {summary} ({summary.Records} records) to {target} in {started.Elapsed.TotalSeconds:0.0} s; source \"{set.Source}\".");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is CommandException or SeedException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return e is CommandException c ? c.ExitCode : ExitCodes.InvalidInput;
            }
        });
        return command;
    }

    /// <summary>Synthetic data must never mix with the reviewed seed data, nor overwrite a folder someone else made.</summary>
    private static void Guard(string target, string seedData)
    {
        var inside = Path.GetRelativePath(Path.GetFullPath(seedData), target);
        if (inside == "." || !(inside.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(inside))
            || target.Split(Path.DirectorySeparatorChar).Contains("seed-data", StringComparer.Ordinal))
        {
            throw new CommandException($"refusing to write synthetic data into seed-data/ ({target}): choose another --output folder");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, SyntheticDataSet.LabelFile)))
        {
            throw new CommandException($"{target} is not empty and was not written by generate: choose an empty or new --output folder");
        }

        // An earlier synthetic set is replaced whole, so no state of a larger scale is left behind.
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }
    }
}
