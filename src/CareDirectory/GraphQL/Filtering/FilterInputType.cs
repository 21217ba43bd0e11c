using GraphQL.Types;

namespace CareDirectory.GraphQL.Filtering;

/// <summary>The <c>XFilterInput</c> generated from a <see cref="FilterDefinition{T}"/>, with <c>and</c>/<c>or</c>.</summary>
public abstract class FilterInputType : InputObjectGraphType
{
    protected FilterInputType(string name, string entityDescription, IFilterDefinition definition)
    {
        Name = name;
        Description = $"Conditions on {entityDescription}. Fields combine with AND; use `and`/`or` for other combinations.";
        AddField(new FieldType { Name = "and", Type = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType())), Description = "All of these conditions hold." });
        AddField(new FieldType { Name = "or", Type = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType())), Description = "At least one of these conditions holds." });
        foreach (var field in definition.Fields.Values)
        {
            AddField(new FieldType { Name = field.Name, Type = field.GraphType, Description = field.Description });
        }
    }
}
