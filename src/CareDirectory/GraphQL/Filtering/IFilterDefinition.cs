namespace CareDirectory.GraphQL.Filtering;

/// <summary>The allow-list of fields a <c>where</c> input may use for one entity type.</summary>
public interface IFilterDefinition
{
    Type EntityType { get; }

    IReadOnlyDictionary<string, FilterField> Fields { get; }
}
