using System.CommandLine;
using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Cli;

public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending database migrations and exit.");
        command.SetHostedAction(async (parse, services, token) =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(token);
            var pending = (await db.Database.GetPendingMigrationsAsync(token)).ToList();
            await db.Database.MigrateAsync(token);
            Console.WriteLine(pending.Count == 0 ? "Database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
