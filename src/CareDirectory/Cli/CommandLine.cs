using System.CommandLine;

namespace CareDirectory.Cli;

/// <summary>
/// One executable, several subcommands. With no subcommand it serves, so <c>dotnet run</c> and
/// WebApplicationFactory both start the server; unknown options are passed to ASP.NET Core configuration.
/// </summary>
public static class CommandLine
{
    public static Task<int> RunAsync(string[] args)
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
        root.Subcommands.Add(KeysCommand.Create());
        return root.Parse(args).InvokeAsync();
    }
}
