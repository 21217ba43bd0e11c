using System.Linq.Expressions;

namespace CareDirectory.GraphQL.Sorting;

/// <summary>One key of a resolved order: what to sort by (from the listed record), which way, and its name in cursors.</summary>
public sealed record SortKey(LambdaExpression Key, SortDirection Direction, string Path);
