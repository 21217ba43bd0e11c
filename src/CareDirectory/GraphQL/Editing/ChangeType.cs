using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>Change</c>: one entry of the change feed.</summary>
public sealed class ChangeType : ObjectGraphType<ChangeLogEntry>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "A record created, updated or archived, in commit order. Fetch the record itself with `node(id:)` (archived records give NOT_FOUND).";
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("Position in the feed; increases with every change.").Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<StringGraphType>>("type").Description("GraphQL type of the record: State, County, Partner, Program, Meeting or EducatorResource.").Resolve(c => c.Source.EntityType);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the record.").Resolve(c => PublicId.Encode(c.Source.EntityType, c.Source.EntityId));
        Field<NonNullGraphType<StringGraphType>>("key").Description("Stable key of the record.").Resolve(c => c.Source.EntityKey);
        Field<NonNullGraphType<ChangeKindType>>("kind").Description("CREATED, UPDATED or ARCHIVED.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version after the change.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When the change was made.").Resolve(c => c.Source.At);
    }
}

/// <summary><c>ChangeKind</c>.</summary>
public sealed class ChangeKindType : EnumerationGraphType<ChangeKind>
{
    public ChangeKindType()
    {
        Name = "ChangeKind";
        Description = "What happened to a record.";
    }
}
