using CareDirectory.Domain;
using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Sorting;

namespace CareDirectory.GraphQL.Editing;

/// <summary>What the audit log may be filtered and sorted by.</summary>
public static class AuditEntryListing
{
    public static readonly EntityListing<AuditEntry> Definition = new(
        new FilterDefinition<AuditEntry>()
            .Scalar<StringOperationFilterInputType, string>("action", e => e.Action, "The mutation, e.g. updatePartner.")
            .Scalar<StringOperationFilterInputType, string>("entityType", e => e.EntityType, "GraphQL type of the record.")
            .Scalar<StringOperationFilterInputType, string>("entityKey", e => e.EntityKey, "Stable key of the record.")
            .Scalar<DateTimeOperationFilterInputType, DateTimeOffset>("at", e => e.At, "When the write happened."),
        new SortDefinition<AuditEntry>(e => e.Id, e => e.Id)
            .Field("at", e => e.At, "By time of the write.")
            .Field("sequence", e => e.Id, "By position in the log."));
}

/// <summary><c>AuditEntryFilterInput</c>.</summary>
public sealed class AuditEntryFilterInputType() : FilterInputType("AuditEntryFilterInput", "audit entries", AuditEntryListing.Definition.Filters);

/// <summary><c>AuditEntrySortInput</c>.</summary>
public sealed class AuditEntrySortInputType() : SortInputType("AuditEntrySortInput", "audit entries", AuditEntryListing.Definition.Sorts);
