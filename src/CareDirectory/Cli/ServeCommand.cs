using System.CommandLine;
using CareDirectory.Hosting;

namespace CareDirectory.Cli;

public static class ServeCommand
{
    public static Command Create(string[] args, ApplicationExtensions extensions)
    {
        var command = new Command("serve", "Run the server (the default). Accepts --urls and any ASP.NET Core configuration, e.g. --GraphQL:MaxDepth=10.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((_, ct) => RunAsync(args.Where(a => a != "serve").ToArray(), extensions, ct));
        return command;
    }

    public static async Task<int> RunAsync(string[] hostArgs, ApplicationExtensions extensions, CancellationToken cancellationToken)
    {
        await using var app = DirectoryApplication.Create(hostArgs, extensions);
        await app.RunAsync();
        return 0;
    }
}
