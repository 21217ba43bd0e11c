using CareDirectory.Domain;
using CareDirectory.GraphQL.Listing;
using CareDirectory.Scoping;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.Counties;

/// <summary>The <c>county</c> argument of top-level lists: a FIPS code (34003) or state/slug (NJ/bergen).</summary>
public static class CountyArgument
{
    public static QueryArgument Definition => new QueryArgument<StringGraphType>
    {
        Name = "county",
        Description = "Only records serving this county (statewide ones included): a FIPS code such as 34003, or state/slug such as NJ/bergen.",
    };

    public static async Task<CountyKey?> ResolveAsync(IResolveFieldContext context) =>
        await FindAsync(context) is { } county ? CountyKey.Of(county) : null;

    /// <summary>
    /// The counties a list is scoped to by <c>county</c> or <c>zip</c> (<see cref="ZipArgument"/>), or null when
    /// neither is given. Both at once is INVALID_ARGUMENT; a ZIP of none of our counties is NOT_FOUND.
    /// </summary>
    public static async Task<IReadOnlyList<County>?> FindPlaceAsync(IResolveFieldContext context)
    {
        var county = await FindAsync(context);
        var zip = await ZipArgument.FindAsync(context);
        if (zip is null)
        {
            return county is null ? null : [county];
        }

        if (county is not null)
        {
            throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, "Give `county` or `zip`, not both.");
        }

        return zip.Count > 0
            ? zip
            : throw DirectoryErrors.Error(DirectoryErrors.NotFound, $"ZIP code '{context.GetArgument<string>("zip").Trim()}' is in none of the counties we hold.");
    }

    /// <summary>The county the argument names, or null when it is absent; an unknown county is a NOT_FOUND error.</summary>
    public static async Task<County?> FindAsync(IResolveFieldContext context)
    {
        var value = context.GetArgument<string?>("county")?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        await using var db = await ConnectionQueries.Contexts(context).CreateDbContextAsync(context.CancellationToken);
        var parts = value.Split('/');
        var query = parts.Length == 2
            ? db.Counties.Where(c => c.State!.Code == parts[0].ToUpper() && c.Slug == parts[1].ToLower())
            : db.Counties.Where(c => c.Fips == value);
        return await query.AsNoTracking().FirstOrDefaultAsync(context.CancellationToken)
            ?? throw DirectoryErrors.Error(DirectoryErrors.NotFound, $"No county '{value}'; use a FIPS code (34003) or state/slug (NJ/bergen).");
    }
}
