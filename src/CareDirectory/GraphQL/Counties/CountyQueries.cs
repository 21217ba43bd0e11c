using CareDirectory.Domain;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.States;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.Counties;

/// <summary><c>Query.county</c>, <c>Query.countyByFips</c> and <c>Query.counties</c>.</summary>
public static class CountyQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<CountyType>("county")
            .Description("A county by state code and slug, e.g. county(state: \"NJ\", slug: \"bergen\"): the one-request county page.")
            .Argument<NonNullGraphType<StringGraphType>>("state", "USPS state code, e.g. NJ.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "County slug, e.g. bergen or cape-may.")
            .ResolveAsync(async c => await FindBySlugAsync(c));

        query.Field<CountyType>("countyByFips")
            .Description("A county by its five-digit FIPS code, e.g. 34003.")
            .Argument<NonNullGraphType<StringGraphType>>("fips", "Five-digit Census FIPS code.")
            .ResolveAsync(async c =>
            {
                var fips = c.GetArgument<string>("fips").Trim();
                await using var db = await ConnectionQueries.Contexts(c).CreateDbContextAsync(c.CancellationToken);
                return await db.Counties.AsNoTracking().FirstOrDefaultAsync(x => x.Fips == fips, c.CancellationToken)
                    ?? throw DirectoryErrors.Error(DirectoryErrors.NotFound, $"No county with FIPS code '{fips}'.");
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ZipCountyType>>>>("countiesByZip")
            .Description("The counties of our states a ZIP code lies in, e.g. countiesByZip(zip: \"08037\") is Atlantic and Camden. Empty for a ZIP outside them; a ZIP that is not five digits is INVALID_ARGUMENT.")
            .Argument<NonNullGraphType<StringGraphType>>("zip", "Five-digit ZIP code (Census ZCTA).")
            .ResolveAsync(async c => (await ZipArgument.CountiesAsync(c, c.GetArgument<string>("zip").Trim())).Select(county => new ZipCounty(county, null)).ToList());

        query.Field<NonNullGraphType<ConnectionType<CountyType>>>("counties")
            .Description("Counties, optionally of one state.")
            .Arguments(ListRequest<County>.Arguments<CountyFilterInputType, CountySortInputType>(
                StateArgument.Definition("counties")))
            .ResolveAsync(async c =>
            {
                var code = StateArgument.Read(c);
                return await ConnectionQueries.PageAsync(c, CountyListing.Definition, db => db.Counties.InState(db, code));
            });
    }

    /// <summary>The county of the <c>state</c> and <c>slug</c> arguments; NOT_FOUND for an unknown state or county.</summary>
    public static async Task<County> FindBySlugAsync(IResolveFieldContext context)
    {
        var state = await StateQueries.FindAsync(context, context.GetArgument<string>("state"));
        var slug = context.GetArgument<string>("slug").Trim().ToLowerInvariant();
        await using var db = await ConnectionQueries.Contexts(context).CreateDbContextAsync(context.CancellationToken);
        return await db.Counties.AsNoTracking().FirstOrDefaultAsync(x => x.StateId == state!.Id && x.Slug == slug, context.CancellationToken)
            ?? throw DirectoryErrors.Error(DirectoryErrors.NotFound, $"No county '{slug}' in {state!.Code}.");
    }
}
