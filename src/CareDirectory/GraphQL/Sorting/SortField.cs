using System.Linq.Expressions;

namespace CareDirectory.GraphQL.Sorting;

/// <summary>
/// One allow-listed <c>order</c> field: a key to sort by, or (<see cref="Nested"/>) a related record whose own sort
/// fields apply through <see cref="Key"/> (HotChocolate's <c>order: [{ partner: { name: ASC } }]</c>). An
/// <see cref="Optional"/> relation may be missing: its fields are then null keys.
/// </summary>
public sealed record SortField(string Name, LambdaExpression Key, string Description, ISortDefinition? Nested = null, Type? GraphType = null, bool Optional = false);
