using GraphQL.Types;

namespace CareDirectory.GraphQL.Subscriptions;

/// <summary><c>RecordKind</c>.</summary>
public sealed class RecordKindType : EnumerationGraphType<RecordKind>
{
    public RecordKindType()
    {
        Name = "RecordKind";
        Description = "A kind of record in the directory (the GraphQL type of a changed record).";
    }

    /// <summary>The kind of a change-log entity type name (State, County, Partner, Program, Meeting, EducatorResource).</summary>
    public static RecordKind? Of(string entityType) => Enum.TryParse<RecordKind>(entityType, out var kind) ? kind : null;
}
