using System.CommandLine;
using CareDirectory.Data;
using CareDirectory.Hosting;
using Microsoft.Extensions.Options;

namespace CareDirectory.Cli;

/// <summary>
/// One executable, several subcommands. With no subcommand it serves, so <c>dotnet run</c> and
/// WebApplicationFactory both start the server; unknown options are passed to ASP.NET Core configuration.
/// </summary>
public static class CommandLine
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, ApplicationExtensions.None, []);

    /// <summary>The command line of a host that wraps the application: its extensions apply to <c>serve</c>, its commands are added.</summary>
    public static async Task<int> RunAsync(string[] args, ApplicationExtensions extensions, IReadOnlyList<Command> commands)
    {
        var root = new RootCommand("CareDirectory: a GraphQL directory of children's behavioral-health systems of care.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(GlobalOptions.DataDir);
        root.SetAction((parse, ct) => ServeCommand.RunAsync(args, extensions, ct));
        root.Subcommands.Add(ServeCommand.Create(args, extensions));
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(HealthcheckCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OptionsValidationException e)
        {
            // Bad configuration is the operator's to fix: one line naming the setting, no stack trace.
            await Console.Error.WriteLineAsync($"error: configuration: {string.Join(" ", e.Failures)}");
            return ExitCodes.InvalidInput;
        }
        catch (DataDirectoryNotWritableException e)
        {
            // A deployment problem (typically a root-owned bind mount): configuration, like a bad setting.
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One line, never a stack trace (set Logging:LogLevel to see more); exit 1 means "unexpected".
            await Console.Error.WriteLineAsync($"error: unexpected {e.GetType().Name}: {e.GetBaseException().Message}");
            return 1;
        }
    }
}
