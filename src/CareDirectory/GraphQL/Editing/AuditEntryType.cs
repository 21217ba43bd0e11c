using CareDirectory.GraphQL.Common;
using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>AuditEntry</c>.</summary>
public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One editor write: which API key, when, which record, and the record as JSON before and after.";
        Field<NonNullGraphType<LongGraphType>>("sequence").Description("Position in the audit log.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeType>>("at").Description("When the write happened.").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("keyId").Description("Id of the API key that wrote (see `keys list`).").Resolve(c => c.Source.KeyId.ToString());
        Field<NonNullGraphType<StringGraphType>>("action").Description("The mutation, e.g. updatePartner or markVerified.").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<StringGraphType>>("entityType").Description("GraphQL type of the record.").Resolve(c => c.Source.EntityType);
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("Global id of the record.").Resolve(c => PublicId.Encode(c.Source.EntityType, c.Source.EntityId));
        Field<NonNullGraphType<StringGraphType>>("entityKey").Description("Stable key of the record.").Resolve(c => c.Source.EntityKey);
        Field<StringGraphType>("before").Description("The record as JSON before the write; null for a create.").Resolve(c => c.Source.Before);
        Field<NonNullGraphType<StringGraphType>>("after").Description("The record as JSON after the write.").Resolve(c => c.Source.After);
    }
}
