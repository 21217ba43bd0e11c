using GraphQL.Types;

namespace CareDirectory.GraphQL.Sorting;

public enum SortDirection
{
    Asc,
    Desc,
}

/// <summary>HotChocolate's <c>SortEnumType</c>: <c>ASC</c> or <c>DESC</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction.";
    }
}
