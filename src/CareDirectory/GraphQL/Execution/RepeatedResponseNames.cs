using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Execution;

/// <summary>
/// Finds a selection set that selects one response name many times (<c>{ a a a … }</c>). The spec's field-merging
/// validation compares every pair of fields sharing a response name, so such a document costs the square of its
/// size to validate: thousands of repeats, well inside the token ceiling, took seconds of CPU. It is checked on the
/// parsed document before validation, in one pass.
/// </summary>
internal static class RepeatedResponseNames
{
    /// <summary>The first response name selected more than <paramref name="limit"/> times in one selection set, if any.</summary>
    public static string? FirstOver(GraphQLDocument document, int limit)
    {
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            if (definition is IHasSelectionSetNode { SelectionSet: { } selectionSet })
            {
                pending.Push(selectionSet);
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        while (pending.TryPop(out var selectionSet))
        {
            counts.Clear();
            foreach (var selection in selectionSet.Selections)
            {
                if (selection is GraphQLField field)
                {
                    var name = (field.Alias?.Name ?? field.Name).StringValue;
                    var count = counts[name] = counts.GetValueOrDefault(name) + 1;
                    if (count > limit)
                    {
                        return name;
                    }
                }

                if (selection is IHasSelectionSetNode { SelectionSet: { } inner })
                {
                    pending.Push(inner);
                }
            }
        }

        return null;
    }
}
