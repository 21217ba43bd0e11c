using GraphQL.Types;

namespace CareDirectory.GraphQL.Sorting;

/// <summary>
/// The <c>XSortInput</c>: one <see cref="SortEnumType"/> field per sortable member, and a related record's own sort
/// input for each sortable relation.
/// </summary>
public abstract class SortInputType : InputObjectGraphType
{
    protected SortInputType(string name, string entityDescription, ISortDefinition definition)
    {
        Name = name;
        Description = $"Sort order for {entityDescription}. Give one field per list element; elements apply in order, and ties end with the record id.";
        foreach (var field in definition.Fields.Values)
        {
            AddField(new FieldType { Name = field.Name, Type = field.GraphType ?? typeof(SortEnumType), Description = field.Description });
        }
    }
}
