using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>ArchiveXInput</c> and <c>RestoreXInput</c>: which record, and optionally the version the editor read.</summary>
/// <remarks>
/// Made per mutation with its own description, never resolved from the container: out of the assembly scan, whose
/// registration (a string to inject) fails the container's validation in Development.
/// </remarks>
[DoNotRegister]
public sealed class RecordReferenceInputType : InputObjectGraphType
{
    public RecordReferenceInputType(string description)
    {
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the record.");
        Field<IntGraphType>("version").Description("The version you read; when given and stale, the mutation fails with CONFLICT.");
    }
}
