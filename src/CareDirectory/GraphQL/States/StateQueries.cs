using CareDirectory.Domain;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.States;

/// <summary><c>Query.states</c> and <c>Query.state</c>.</summary>
public static class StateQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<StateType>>>("states")
            .Description("States in the directory.")
            .Arguments(ListRequest<State>.Arguments<StateFilterInputType, StateSortInputType>())
            .ResolveAsync(async c => await ConnectionQueries.PageAsync(c, StateListing.Definition, db => db.States));

        query.Field<StateType>("state")
            .Description("A state by USPS code (case-insensitive), e.g. \"NJ\". Unknown codes give null and a NOT_FOUND error.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "USPS code, e.g. NJ.")
            .ResolveAsync(async c => await FindAsync(c, c.GetArgument<string>("code")));
    }

    public static async Task<State?> FindAsync(IResolveFieldContext context, string code)
    {
        var normalized = code.Trim().ToUpperInvariant();
        await using var db = await ConnectionQueries.Contexts(context).CreateDbContextAsync(context.CancellationToken);
        var state = await db.States.AsNoTracking().FirstOrDefaultAsync(s => s.Code == normalized, context.CancellationToken)
            ?? throw DirectoryErrors.Error(DirectoryErrors.NotFound, $"No state with code '{code}'.");
        ConnectionQueries.Loaded(context, state);
        return state;
    }
}
