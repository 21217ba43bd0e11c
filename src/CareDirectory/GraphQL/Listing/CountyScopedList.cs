using System.Linq.Expressions;
using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.States;
using CareDirectory.Scoping;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Listing;

/// <summary>
/// A top-level list of records of a state that the <c>county</c> argument narrows to the ones serving that county,
/// statewide ones included (partners, programs, meetings, educator resources): <c>state</c> and <c>county</c> are
/// declared, read and applied the same way for each, ahead of the list's own argument.
/// </summary>
/// <param name="serving">The condition "serves one of these counties" for the list's records (see <see cref="CountyScope"/>).</param>
public sealed class CountyScopedList<T>(
    EntityListing<T> listing,
    Func<DirectoryDbContext, IReadOnlyCollection<CountyKey>, Expression<Func<T, bool>>> serving)
    where T : class, IStateRecord
{
    /// <summary><c>state</c>, <c>county</c>, the list's own arguments, then <c>where</c>, <c>order</c> and paging.</summary>
    /// <param name="records">The records in words, for the <c>state</c> argument's description.</param>
    public static QueryArguments Arguments<TFilterType, TSortType>(string records, params QueryArgument[] own)
        where TFilterType : IGraphType
        where TSortType : IGraphType =>
        ListRequest<T>.Arguments<TFilterType, TSortType>([StateArgument.Definition(records), CountyArgument.Definition, ZipArgument.Definition, .. own]);

    /// <summary>The page of the records of the requested state and county.</summary>
    public Task<Connection> PageAsync(IResolveFieldContext context) =>
        PageAsync(context, _ => Task.FromResult(true), (records, _) => records);

    /// <summary>
    /// The page of the records of the requested state and county, narrowed by the list's own argument; that one is read
    /// after the county, so an unknown county is the error reported when both are wrong.
    /// </summary>
    public async Task<Connection> PageAsync<TOwn>(
        IResolveFieldContext context,
        Func<IResolveFieldContext, Task<TOwn>> readOwnAsync,
        Func<IQueryable<T>, TOwn, IQueryable<T>> narrow)
    {
        var state = StateArgument.Read(context);
        var place = await CountyArgument.FindPlaceAsync(context);
        var own = await readOwnAsync(context);
        return await ConnectionQueries.PageAsync(context, listing, db =>
        {
            var records = db.Set<T>().InState(db, state);
            records = place is null ? records : records.Where(serving(db, [.. place.Select(CountyKey.Of)]));
            return narrow(records, own);
        });
    }
}
