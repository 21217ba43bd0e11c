using System.Linq.Expressions;

namespace CareDirectory.GraphQL.Filtering;

/// <summary>One allow-listed filter field: its GraphQL input type and the entity member it reads.</summary>
public sealed record FilterField(string Name, Type GraphType, LambdaExpression Selector, FilterKind Kind, string Description, IFilterDefinition? Nested = null, string? NodeType = null);
