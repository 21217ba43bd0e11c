namespace CareDirectory.GraphQL.Filtering;

/// <summary>Holds a filter value so EF Core sends it as a SQL parameter (cached plans, no literal values in SQL).</summary>
internal sealed class ValueBox<T>(T value)
{
    public T Value { get; } = value;
}
