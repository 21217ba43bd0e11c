using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Listing;

/// <summary>
/// The names of the fields a query selects on a record, through fragments, for <see cref="EntityProjection{T}"/>.
/// Directives are ignored: a field under <c>@skip</c> still counts, which can only load more, never less.
/// </summary>
internal static class SelectedFields
{
    /// <summary>The fields selected on the field's own object (e.g. <c>organizer { name }</c>).</summary>
    public static HashSet<string>? Of(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        return Collect(context.FieldAst.SelectionSet, context.Document, Into(names)) ? names : null;
    }

    /// <summary>
    /// The fields selected on a connection's nodes (<c>nodes { … }</c> and <c>edges { node { … } }</c>); null when the
    /// field selects neither, or a fragment cannot be found.
    /// </summary>
    public static HashSet<string>? OfNodes(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var found = false;
        var complete = Collect(context.FieldAst.SelectionSet, context.Document, field =>
        {
            switch (field.Name.StringValue)
            {
                case "nodes":
                    found = true;
                    return Collect(field.SelectionSet, context.Document, Into(names));
                case "edges":
                    return Collect(field.SelectionSet, context.Document, edge =>
                    {
                        if (edge.Name.StringValue != "node")
                        {
                            return true;
                        }

                        found = true;
                        return Collect(edge.SelectionSet, context.Document, Into(names));
                    });
                default:
                    return true;
            }
        });
        return complete && found ? names : null;
    }

    private static Func<GraphQLField, bool> Into(HashSet<string> names) => field =>
    {
        names.Add(field.Name.StringValue);
        return true;
    };

    /// <summary>Calls <paramref name="visit"/> for each field of the set, fragments expanded; false if a visit or a fragment lookup failed.</summary>
    private static bool Collect(GraphQLSelectionSet? set, GraphQLDocument document, Func<GraphQLField, bool> visit, int depth = 0)
    {
        // Fragment cycles are refused by validation; the depth bound only keeps a malformed document from recursing forever.
        if (set is null || depth > 32)
        {
            return set is null;
        }

        foreach (var selection in set.Selections)
        {
            var complete = selection switch
            {
                GraphQLField field => visit(field),
                GraphQLInlineFragment inline => Collect(inline.SelectionSet, document, visit, depth + 1),
                GraphQLFragmentSpread spread => document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment
                    && Collect(fragment.SelectionSet, document, visit, depth + 1),
                _ => false,
            };
            if (!complete)
            {
                return false;
            }
        }

        return true;
    }
}
