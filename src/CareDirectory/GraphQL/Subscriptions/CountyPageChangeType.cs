using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Counties;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary><c>CountyPageChange</c>: the event of <c>Subscription.countyPageChanged</c>.</summary>
public sealed class CountyPageChangeType : ObjectGraphType<CountyPageChange>
{
    public CountyPageChangeType()
    {
        Name = "CountyPageChange";
        Description = "Something the county's page shows changed (its own records or statewide ones serving it). Events are coalesced: at most one per interval, naming the last change included. Refetch the page (`county(state:, slug:)`) when one arrives.";
        Field<NonNullGraphType<CountyType>>("county").Description("The county whose page changed, as it is now.").Resolve(c => c.Source.County);
        Field<NonNullGraphType<LongGraphType>>("through").Description("Sequence of the last change included: the page as read now reflects every change up to it.").Resolve(c => c.Source.Through);
        Field<NonNullGraphType<IntGraphType>>("changes").Description("How many changes touching the page this event stands for.").Resolve(c => c.Source.Changes);
        Field<NonNullGraphType<DateTimeType>>("at").Description("When the server sent the event.").Resolve(c => c.Source.At);
    }
}
