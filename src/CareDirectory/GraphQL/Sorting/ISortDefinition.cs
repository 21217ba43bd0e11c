namespace CareDirectory.GraphQL.Sorting;

/// <summary>The allow-list of fields an <c>order</c> input may use for one entity type.</summary>
public interface ISortDefinition
{
    IReadOnlyDictionary<string, SortField> Fields { get; }
}
