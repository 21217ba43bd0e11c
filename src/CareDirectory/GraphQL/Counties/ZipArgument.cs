using CareDirectory.Domain;
using CareDirectory.GraphQL.Listing;
using CareDirectory.Places;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.Counties;

/// <summary>
/// A ZIP code as a place: parents know their ZIP, not a FIPS code. It names every county of ours the ZIP lies in
/// (<see cref="ZipCounties"/>), so a ZIP on a county line scopes a list to both counties.
/// </summary>
public static class ZipArgument
{
    public static QueryArgument Definition => new QueryArgument<StringGraphType>
    {
        Name = "zip",
        Description = "Only records serving the county or counties this five-digit ZIP code lies in (Census ZCTA), statewide ones included. Not with `county`.",
    };

    /// <summary>The counties of the <c>zip</c> argument, or null when it is absent.</summary>
    public static async Task<IReadOnlyList<County>?> FindAsync(IResolveFieldContext context)
    {
        var value = context.GetArgument<string?>("zip")?.Trim();
        return string.IsNullOrEmpty(value) ? null : await CountiesAsync(context, value);
    }

    /// <summary>
    /// The counties of our states that <paramref name="zip"/> lies in, by FIPS code; INVALID_ARGUMENT unless five
    /// digits, and an empty list for a ZIP outside the states we hold.
    /// </summary>
    public static async Task<IReadOnlyList<County>> CountiesAsync(IResolveFieldContext context, string zip)
    {
        if (!ZipCounties.IsZip(zip))
        {
            throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, $"'{Shown(zip)}' is not a ZIP code; give five digits, e.g. 07601.");
        }

        var fips = ZipCounties.FipsOf(zip);
        if (fips.Count == 0)
        {
            return [];
        }

        await using var db = await ConnectionQueries.Contexts(context).CreateDbContextAsync(context.CancellationToken);
        var counties = await db.Counties.AsNoTracking().Where(c => fips.Contains(c.Fips)).ToListAsync(context.CancellationToken);
        return [.. counties.OrderBy(c => c.Fips, StringComparer.Ordinal)];
    }

    // An error message repeats at most a short prefix of what the client sent.
    private static string Shown(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
