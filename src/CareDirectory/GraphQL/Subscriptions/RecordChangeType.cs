using CareDirectory.ChangeFeed;
using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.DataLoaders;
using CareDirectory.GraphQL.Editing;
using CareDirectory.GraphQL.Nodes;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary><c>RecordChange</c>: the event of <c>Subscription.recordChanged</c>.</summary>
public sealed class RecordChangeType : ObjectGraphType<RecordChange>
{
    public RecordChangeType()
    {
        Name = "RecordChange";
        Description = "A record created, updated or archived, as it committed. `sequence` is the change feed's (`Query.changes`): keep the last one and pass it as `since` when you subscribe again to miss nothing.";
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("Position in the change feed; increases with every change. Events arrive in this order, each once.").Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<RecordKindType>>("recordKind").Description("What kind of record changed.").Resolve(c => RecordKindType.Of(c.Source.Entry.EntityType));
        Field<NonNullGraphType<ChangeKindType>>("kind").Description("CREATED, UPDATED or ARCHIVED.").Resolve(c => c.Source.Entry.Kind);
        Field<NonNullGraphType<IdGraphType>>("recordId").Description("Global id of the changed record (use it with `node(id:)`).").Resolve(c => PublicId.Encode(c.Source.Entry.EntityType, c.Source.Entry.EntityId));
        Field<NonNullGraphType<StringGraphType>>("key").Description("Stable key of the record.").Resolve(c => c.Source.Entry.EntityKey);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version after the change.").Resolve(c => c.Source.Entry.Version);
        Field<NonNullGraphType<DateTimeType>>("at").Description("When the change was made.").Resolve(c => c.Source.Entry.At);
        Field<NodeInterface>("record")
            .Description("The record as it is when the event is sent; null once it is archived (or gone).")
            .Resolve(c => NodeQueries.Load(c, c.Source.Entry.EntityType, c.Source.Entry.EntityId) ?? DataLoaderResults.Completed<object?>(null));
    }
}
