using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using CareDirectory.Coverage;
using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Scoping;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Cli;

/// <summary>
/// <c>report coverage [--state NJ] [--stale-after 24months]</c>: for state administrators keeping the directory, which
/// county roles have a local partner and which have none, and which records were verified too long ago.
/// </summary>
public static partial class ReportCommand
{
    public static Command Create() => new("report", "Reports for the people keeping the directory.") { Coverage() };

    private static Command Coverage()
    {
        var state = new Option<string?>("--state") { Description = "Only this state (USPS code, e.g. NJ); default every state." };
        var staleAfter = new Option<string>("--stale-after")
        {
            Description = "List records last verified longer ago than this: 24months, 2years or 90days.",
            DefaultValueFactory = _ => "24months",
        };
        var command = new Command("coverage", "Per county, each system-of-care role with its local partners or 'none'; then the records whose verification date is older than --stale-after.")
        {
            state, staleAfter,
        };
        command.SetHostedAction(async (parse, services, token) =>
        {
            var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var cutOff = CutOff(parse.GetValue(staleAfter)!, today);
            await using var db = await services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(token);
            await db.Database.MigrateAsync(token);
            var states = await StatesAsync(db, parse.GetValue(state), token);
            foreach (var s in states)
            {
                await WriteStateAsync(db, s, cutOff, parse.GetValue(staleAfter)!, token);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<List<State>> StatesAsync(DirectoryDbContext db, string? code, CancellationToken token)
    {
        var states = await db.States.AsNoTracking().OrderBy(s => s.Code).ToListAsync(token);
        if (code is null)
        {
            return states;
        }

        var chosen = states.Where(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase)).ToList();
        return chosen.Count > 0
            ? chosen
            : throw new CommandException($"--state: '{code}' is not a state in the directory (known: {string.Join(", ", states.Select(s => s.Code))}).");
    }

    private static async Task WriteStateAsync(DirectoryDbContext db, State state, DateOnly cutOff, string staleAfter, CancellationToken token)
    {
        var counties = await db.Counties.AsNoTracking().Where(c => c.StateId == state.Id).OrderBy(c => c.Name).ToListAsync(token);
        var ids = counties.Select(c => c.Id).ToList();
        var local = await db.Partners.AsNoTracking().Where(CountyScope.PartnersLocalTo(db.Partners, ids)).ToListAsync(token);
        var missing = 0;
        Console.WriteLine($"{state.Code} {state.Name}: {counties.Count} counties; roles {string.Join(", ", CountyRoles.All)}");
        foreach (var county in counties)
        {
            Console.WriteLine($"{state.Code} {county.Name} ({county.Fips})");
            foreach (var role in CountyCoverage.Of(county.Id, local))
            {
                missing += role.Present ? 0 : 1;
                Console.WriteLine($"  {role.Role,-20} {(role.Present ? string.Join("; ", role.Partners.Select(p => p.Name)) : "none")}");
            }
        }

        Console.WriteLine($"{state.Code}: {missing} of {counties.Count * CountyRoles.All.Count} county roles have no local partner.");
        var stale = await StaleAsync(db, state.Id, cutOff, token);
        Console.WriteLine($"{state.Code}: {stale.Count} records verified before {cutOff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (older than {staleAfter}).");
        foreach (var (kind, key, verified) in stale)
        {
            Console.WriteLine($"  {kind,-17} {verified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}  {key}");
        }
    }

    /// <summary>The state's records of every kind whose last verification is before the cut-off, oldest first.</summary>
    private static async Task<List<(string Kind, string Key, DateOnly Verified)>> StaleAsync(DirectoryDbContext db, Guid stateId, DateOnly cutOff, CancellationToken token)
    {
        // Provenance is stored as JSON on each record: read it and judge it here rather than asking each provider to
        // query inside JSON; a state holds thousands of records at most.
        var records = new List<(string Kind, string Key, Provenance Provenance)>();
        records.AddRange((await db.Partners.AsNoTracking().Where(p => p.StateId == stateId).Select(p => new { p.Key, p.Provenance }).ToListAsync(token)).Select(r => ("partner", r.Key, r.Provenance)));
        records.AddRange((await db.Programs.AsNoTracking().Where(p => p.StateId == stateId).Select(p => new { p.Key, p.Provenance }).ToListAsync(token)).Select(r => ("program", r.Key, r.Provenance)));
        records.AddRange((await db.Meetings.AsNoTracking().Where(m => m.StateId == stateId).Select(m => new { m.Key, m.Provenance }).ToListAsync(token)).Select(r => ("meeting", r.Key, r.Provenance)));
        records.AddRange((await db.EducatorResources.AsNoTracking().Where(e => e.StateId == stateId).Select(e => new { e.Key, e.Provenance }).ToListAsync(token)).Select(r => ("educator resource", r.Key, r.Provenance)));
        return records.Where(r => StaleRecords.IsStale(r.Provenance, cutOff))
            .OrderBy(r => r.Provenance.LastVerified).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => (r.Kind, r.Key, r.Provenance.LastVerified)).ToList();
    }

    /// <summary>The first day that is not stale: <paramref name="text"/> (24months, 2years, 90days) before today.</summary>
    private static DateOnly CutOff(string text, DateOnly today)
    {
        var match = Period().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) || n > 1200)
        {
            throw new CommandException($"--stale-after: '{text}' is not a period; use e.g. 24months, 2years or 90days (at most 1200 months).");
        }

        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "day" or "days" or "d" => today.AddDays(-n),
            "year" or "years" or "y" => today.AddMonths(-12 * Math.Min(n, 100)),
            _ => today.AddMonths(-n),
        };
    }

    [GeneratedRegex("^(?<n>[0-9]{1,6})\\s*(?<unit>days?|d|months?|m|years?|y)$", RegexOptions.IgnoreCase)]
    private static partial Regex Period();
}
