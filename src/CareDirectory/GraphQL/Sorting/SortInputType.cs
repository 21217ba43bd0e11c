using GraphQL.Types;

namespace CareDirectory.GraphQL.Sorting;

/// <summary>The <c>XSortInput</c>: one <see cref="SortEnumType"/> field per sortable member.</summary>
public abstract class SortInputType : InputObjectGraphType
{
    protected SortInputType(string name, string entityDescription, IEnumerable<KeyValuePair<string, (System.Linq.Expressions.LambdaExpression Key, string Description)>> fields)
    {
        Name = name;
        Description = $"Sort order for {entityDescription}. Give one field per list element; elements apply in order, and ties end with the record id.";
        foreach (var (field, (_, description)) in fields)
        {
            Field<SortEnumType>(field).Description(description);
        }
    }
}
