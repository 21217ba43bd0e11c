using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Caching;

/// <summary>
/// The <see cref="CacheHint"/> of an operation: every field it can select (through fragments too, on every type a
/// fragment names) and the type each returns. Measured once per parsed operation: validated documents are reused.
/// </summary>
public static class OperationCacheHints
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, StrongBox<CacheHint>> _measured = [];

    public static CacheHint Of(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation) =>
        _measured.GetValue(operation, _ => new StrongBox<CacheHint>(Measure(schema, document, operation))).Value;

    private static CacheHint Measure(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        IComplexGraphType? root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            _ => schema.Subscription,
        };
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
        var hint = CacheHint.None;
        var seen = new HashSet<(GraphQLSelectionSet, IGraphType)>();
        var pending = new Stack<(GraphQLSelectionSet Selections, IGraphType Parent)>();
        if (root is not null)
        {
            pending.Push((operation.SelectionSet, root));
        }

        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }

            foreach (var selection in next.Selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when next.Parent is IComplexGraphType parent && parent.GetField(field.Name.StringValue) is { } definition:
                        hint = hint.And(CacheControl.HintOf(definition));
                        var returned = Unwrap(definition.ResolvedType);
                        if (returned is not null)
                        {
                            hint = hint.And(CacheControl.HintOf(returned));
                            if (field.SelectionSet is { } below)
                            {
                                pending.Push((below, returned));
                            }
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push((inline.SelectionSet, TypeNamed(schema, inline.TypeCondition) ?? next.Parent));
                        break;
                    case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                        pending.Push((fragment.SelectionSet, TypeNamed(schema, fragment.TypeCondition) ?? next.Parent));
                        break;
                }
            }
        }

        return hint;
    }

    private static IGraphType? TypeNamed(ISchema schema, GraphQLTypeCondition? condition) =>
        condition is null ? null : schema.AllTypes[condition.Type.Name.StringValue];

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };
}
