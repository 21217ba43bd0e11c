using System.CommandLine;
using CareDirectory.Data;
using CareDirectory.Hosting;

namespace CareDirectory.Cli;

/// <summary>Builds the application's services for a one-shot command, without starting the server or its start-up work.</summary>
public static class CommandHost
{
    /// <summary>Runs <paramref name="action"/> as the command's action, with the services of a host built from the global options.</summary>
    public static void SetHostedAction(this Command command, Func<ParseResult, IServiceProvider, CancellationToken, Task<int>> action) =>
        command.SetAction((parse, ct) => RunAsync(GlobalOptions.HostArgs(parse), (services, token) => action(parse, services, token), ct));

    public static async Task<int> RunAsync(string[] hostArgs, Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        await using var app = DirectoryApplication.Create([.. hostArgs, "--Database:MigrateOnStart=false", "--Database:SeedOnStart=false", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Critical"]);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            return await action(scope.ServiceProvider, cancellationToken);
        }
        catch (CommandException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (DatabaseErrors.IsReadOnly(e))
        {
            // A standby (or a read-only session) refused the write: say so, as the GraphQL endpoint does, not as a generic failure.
            await Console.Error.WriteLineAsync($"error: database: {DatabaseErrors.ReadOnlyExplanation}");
            return ExitCodes.DatabaseError;
        }
        catch (Exception e) when (e is Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            // Storage failures are reported as one line; the transaction was rolled back.
            await Console.Error.WriteLineAsync($"error: database: {e.GetBaseException().Message}");
            return ExitCodes.DatabaseError;
        }
    }
}
