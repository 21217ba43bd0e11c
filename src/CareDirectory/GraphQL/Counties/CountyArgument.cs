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
