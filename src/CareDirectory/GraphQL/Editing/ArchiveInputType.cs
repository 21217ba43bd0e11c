using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>ArchiveInput</c>: which record, and optionally the version the editor read.</summary>
public sealed class ArchiveInputType : InputObjectGraphType
{
    public ArchiveInputType()
    {
        Name = "ArchiveInput";
        Description = "The record to archive. Archived records leave public queries and search but stay in the audit trail and exports.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the record.");
        Field<IntGraphType>("version").Description("The version you read; when given and stale, the archive fails with CONFLICT.");
    }
}
