using System.CommandLine;
using CareDirectory.Hsds;

namespace CareDirectory.Cli;

/// <summary><c>export hsds --format json|ndjson|csv --output &lt;folder&gt; [--state NJ] [--county 34003]</c>.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var export = new Command("export", "Export directory data in other formats.");
        export.Subcommands.Add(Hsds());
        return export;
    }

    private static Command Hsds()
    {
        var format = new Option<HsdsExportFormat>("--format") { Description = "json (one array per file), ndjson or csv (tabular data package).", DefaultValueFactory = _ => HsdsExportFormat.Json };
        var output = new Option<string>("--output") { Description = "Folder to write (created if missing).", Required = true };
        var state = new Option<string?>("--state") { Description = "Only this state (USPS code)." };
        var county = new Option<string?>("--county") { Description = "Only what serves this county (5-digit FIPS)." };
        var command = new Command("hsds", "Write Open Referral HSDS 3.0 files that validate against the official schemas; archived records are included with their status.")
        {
            format, output, state, county,
        };
        command.SetHostedAction(async (parse, services, token) =>
        {
            try
            {
                var folder = Path.GetFullPath(parse.GetValue(output)!);
                var report = await services.GetRequiredService<HsdsExporter>().ExportAsync(parse.GetValue(format), folder, new HsdsScope(parse.GetValue(state), parse.GetValue(county)), token);
                Console.WriteLine($"Exported HSDS to {folder}: {report}.");
                return ExitCodes.Ok;
            }
            catch (ArgumentException e)
            {
                throw new CommandException($"{e.Message}. Nothing was written.");
            }
        });
        return command;
    }
}
