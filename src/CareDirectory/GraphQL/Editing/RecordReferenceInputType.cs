using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>ArchiveXInput</c> and <c>RestoreXInput</c>: which record, and optionally the version the editor read.</summary>
public sealed class RecordReferenceInputType : InputObjectGraphType
{
    public RecordReferenceInputType(string description)
    {
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the record.");
        Field<IntGraphType>("version").Description("The version you read; when given and stale, the mutation fails with CONFLICT.");
    }
}
