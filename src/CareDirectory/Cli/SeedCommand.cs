using System.CommandLine;
using CareDirectory.Data;
using CareDirectory.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDirectory.Cli;

public static class SeedCommand
{
    public static Command Create()
    {
        var path = new Option<string?>("--path") { Description = "Seed folder (default: seed-data/, looked up from the working directory upwards)." };
        var command = new Command("seed", "Migrate, then load the seed folder: upserts by stable key, so running it twice changes nothing.") { path };
        command.SetHostedAction(async (parse, services, token) =>
        {
            var folder = SeedFolder.Resolve(parse.GetValue(path) ?? services.GetRequiredService<IOptions<DatabaseOptions>>().Value.SeedPath, Environment.CurrentDirectory);
            await using (var db = await services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(token))
            {
                await db.Database.MigrateAsync(token);
            }

            try
            {
                var report = await services.GetRequiredService<SeedLoader>().LoadAsync(folder, token);
                Console.WriteLine($"Seeded from {folder}: {report}.");
                return ExitCodes.Ok;
            }
            catch (SeedException e)
            {
                throw new CommandException($"{e.Message}. Nothing was written.");
            }
        });
        return command;
    }
}
