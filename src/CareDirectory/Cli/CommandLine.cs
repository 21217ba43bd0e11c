using System.CommandLine;
using Microsoft.Extensions.Options;

namespace CareDirectory.Cli;

/// <summary>
/// One executable, several subcommands. With no subcommand it serves, so <c>dotnet run</c> and
/// WebApplicationFactory both start the server; unknown options are passed to ASP.NET Core configuration.
/// </summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("CareDirectory: a GraphQL directory of children's behavioral-health systems of care.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(GlobalOptions.DataDir);
        root.SetAction((parse, ct) => ServeCommand.RunAsync(args, ct));
        root.Subcommands.Add(ServeCommand.Create(args));
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SeedCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(HealthcheckCommand.Create());
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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // What System.CommandLine's default handler did (we turned it off to see configuration errors first).
            await Console.Error.WriteLineAsync($"error: {e}");
            return 1;
        }
    }
}
