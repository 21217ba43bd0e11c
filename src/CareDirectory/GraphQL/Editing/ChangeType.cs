using CareDirectory.GraphQL.Common;
using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>Change</c>: one entry of the change feed.</summary>
public sealed class ChangeType : ObjectGraphType<ChangeLogEntry>
{
    public ChangeType()
    {
        Name = "Change";
        Description = "A record created, updated or archived, in commit order. Fetch the record itself with `node(id: recordId)` (null once it is archived).";
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("Position in the feed; increases with every change.").Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<StringGraphType>>("type").Description("GraphQL type of the record: State, County, Partner, Program, Meeting or EducatorResource.").Resolve(c => c.Source.EntityType);
        // An id is an identity (normalised caches such as Apollo's key objects by it), so each change has its own;
        // the record's id is recordId.
        Field<NonNullGraphType<IdGraphType>>("id").Description("Identity of this change (unique per entry; not the record's id: that is `recordId`).").Resolve(c => ChangeId(c.Source.Sequence));
        Field<NonNullGraphType<IdGraphType>>("recordId").Description("Global id of the changed record (use it with `node(id:)`).").Resolve(c => PublicId.Encode(c.Source.EntityType, c.Source.EntityId));
        Field<NonNullGraphType<StringGraphType>>("key").Description("Stable key of the record.").Resolve(c => c.Source.EntityKey);
        Field<NonNullGraphType<ChangeKindType>>("kind").Description("CREATED, UPDATED or ARCHIVED.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("version").Description("The record's version after the change.").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<DateTimeType>>("at").Description("When the change was made.").Resolve(c => c.Source.At);
    }

    /// <summary>Opaque like every other id: base64url of "<c>Change:&lt;sequence&gt;</c>".</summary>
    private static string ChangeId(long sequence) =>
        System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Change:{sequence}")));
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
