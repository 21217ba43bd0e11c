using CareDirectory.ChangeFeed;
using CareDirectory.Data;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.States;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary><c>Subscription</c>: live changes from the change log, over WebSocket (graphql-transport-ws) or Server-Sent Events.</summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live changes, fed by the change log: writes from any server process on the same database, `seed` and `import hsds` all arrive. Over WebSocket (graphql-transport-ws, the `graphql-ws` client) or Server-Sent Events (`Accept: text/event-stream`, the `graphql-sse` client).";

        Field<NonNullGraphType<RecordChangeType>>("recordChanged")
            .Description("Every record created, updated or archived from now on (or after `since`), in sequence order, each once, optionally only those of a state, a county or some kinds.")
            .Argument<StringGraphType>("state", "Only records of or serving this state (USPS code, e.g. NJ).")
            .Argument<StringGraphType>("county", "Only changes that touch this county's page: its own records and the statewide ones serving it. A FIPS code (34003) or state/slug (NJ/bergen).")
            .Argument<ListGraphType<NonNullGraphType<RecordKindType>>>("kinds", "Only these kinds of records.")
            .Argument<LongGraphType>("since", "Replay the changes after this sequence first (the last `sequence` you received), then continue live: nothing is missed or repeated. At most `Subscriptions:MaxReplay` changes back (REPLAY_WINDOW_EXCEEDED beyond: catch up with `Query.changes`).")
            .ResolveStreamAsync(SubscribeToRecordsAsync);

        Field<NonNullGraphType<CountyPageChangeType>>("countyPageChanged")
            .Description("One event whenever something on the county's page changed (its own records or statewide ones serving it), coalesced: at most one event per interval (`Subscriptions:CountyPageInterval`, one second by default).")
            .Argument<NonNullGraphType<StringGraphType>>("state", "USPS state code, e.g. NJ.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "County slug, e.g. bergen or cape-may.")
            .ResolveStreamAsync(SubscribeToCountyPageAsync);
    }

    private static async Task<IObservable<object?>> SubscribeToRecordsAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var options = services.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        var since = context.GetArgument<long?>("since");
        if (since < 0)
        {
            throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, "`since` is a sequence from the change feed: zero or more.");
        }

        var state = context.GetArgument<string?>("state") is { } code ? await StateQueries.FindAsync(context, code) : null;
        var county = await CountyArgument.FindAsync(context);
        var kinds = context.GetArgument<List<RecordKind>?>("kinds")?.ToHashSet();
        bool Accepts(RecordChange change) =>
            (kinds is null || (RecordKindType.Of(change.Entry.EntityType) is { } kind && kinds.Contains(kind)))
            && (state is null || change.Reach.Touches(state.Id))
            && (county is null || change.Reach.Serves(county.StateId, county.Id));

        var subscription = await services.GetRequiredService<ChangeHub>().SubscribeAsync(Accepts, options.MaxWaitingChanges, context.CancellationToken);
        if (since is { } from && from < subscription.After)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<DirectoryDbContext>>().CreateDbContextAsync(context.CancellationToken);
            var missed = await db.ChangeLog.CountAsync(e => e.Sequence > from && e.Sequence <= subscription.After, context.CancellationToken);
            if (missed > options.MaxReplay)
            {
                subscription.Dispose();
                throw DirectoryErrors.Error(
                    SubscriptionErrors.ReplayWindowExceeded,
                    $"{missed} changes lie after sequence {from}; a subscription replays at most {options.MaxReplay}. Read them with `changes(since:)` first, then subscribe with the last sequence read.");
            }
        }

        var follower = services.GetRequiredService<ChangeLogFollower>();
        var reach = services.GetRequiredService<RecordReachReader>();
        return new EventStream(token => ChangeStreams.ReplayThenLiveAsync(follower, reach, subscription, since, Accepts, token), subscription.Dispose)
            .AttachTo(context.UserContext);
    }

    private static async Task<IObservable<object?>> SubscribeToCountyPageAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var options = services.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
        var county = await CountyQueries.FindBySlugAsync(context);
        var subscription = await services.GetRequiredService<ChangeHub>().SubscribeAsync(
            change => change.Reach.Serves(county.StateId, county.Id), options.MaxWaitingChanges, context.CancellationToken);
        var time = services.GetRequiredService<TimeProvider>();
        return new EventStream(token => ChangeStreams.CoalescedAsync(subscription, county, options.CountyPageInterval, time, token), subscription.Dispose)
            .AttachTo(context.UserContext);
    }
}
