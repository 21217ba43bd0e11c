using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Execution;

/// <summary>
/// Measures an operation against the schema before it runs. Every field costs 1; the fields under a list
/// are counted once per expected item: a field with <c>first</c>/<c>last</c> multiplies by that page size
/// (a connection's <c>nodes</c>/<c>edges</c> then do not multiply again), any other list by
/// <see cref="OperationLimits.DefaultListSize"/>. Introspection (<c>__schema</c>, <c>__type</c>,
/// <c>__typename</c>) is free so that tools such as GraphiQL always work, but it counts for depth.
/// </summary>
internal sealed class OperationCostAnalyzer
{
    private readonly ISchema _schema;
    private readonly Inputs _variables;
    private readonly int _defaultListSize;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);
    private int _aliases;

    private OperationCostAnalyzer(ISchema schema, GraphQLDocument document, Inputs variables, int defaultListSize)
    {
        _schema = schema;
        _variables = variables;
        _defaultListSize = defaultListSize;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    public static OperationCost Measure(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables, int defaultListSize)
    {
        var analyzer = new OperationCostAnalyzer(schema, document, variables, defaultListSize);
        IGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        var (cost, depth) = analyzer.MeasureSelections(operation.SelectionSet, root, parentIsPage: false);
        return new OperationCost((int)cost, depth, analyzer._aliases);
    }

    private (long Cost, int Depth) MeasureSelections(GraphQLSelectionSet selectionSet, IGraphType? parentType, bool parentIsPage)
    {
        long cost = 0;
        var depth = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var (selectionCost, selectionDepth) = selection switch
            {
                GraphQLField field => MeasureField(field, parentType, parentIsPage),
                GraphQLInlineFragment inline => MeasureSelections(inline.SelectionSet, TypeNamed(inline.TypeCondition) ?? parentType, parentIsPage),
                GraphQLFragmentSpread spread => MeasureSpread(spread, parentIsPage),
                _ => (0L, 0),
            };
            cost = Saturate(cost + selectionCost);
            depth = Math.Max(depth, selectionDepth);
        }

        return (cost, depth);
    }

    private (long Cost, int Depth) MeasureField(GraphQLField field, IGraphType? parentType, bool parentIsPage)
    {
        if (field.Alias is not null)
        {
            _aliases++;
        }

        var isIntrospection = field.Name.StringValue.StartsWith("__", StringComparison.Ordinal);
        if (field.SelectionSet is null)
        {
            return (isIntrospection ? 0 : 1, 1);
        }

        var definition = (parentType as IComplexGraphType)?.GetField(field.Name.Value);
        var isList = Unwrap(definition?.ResolvedType, stopAtList: true) is ListGraphType;
        var isPaged = definition?.Arguments?.Find("first") is not null || definition?.Arguments?.Find("last") is not null;
        var multiplier = isPaged ? PageSize(field) : isList && !parentIsPage ? _defaultListSize : 1;

        // A paged field that is not itself a list is a connection: its nodes/edges are the page.
        var (childCost, childDepth) = MeasureSelections(field.SelectionSet, Unwrap(definition?.ResolvedType, stopAtList: false), isPaged && !isList);
        var cost = isIntrospection ? 0 : Saturate(1 + Saturate(multiplier * childCost));
        return (cost, childDepth + 1);
    }

    private (long Cost, int Depth) MeasureSpread(GraphQLFragmentSpread spread, bool parentIsPage)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (!_fragments.TryGetValue(name, out var fragment) || !_expanding.Add(name))
        {
            // Unknown fragments and cycles are reported by the standard validation rules.
            return (0, 0);
        }

        var measured = MeasureSelections(fragment.SelectionSet, TypeNamed(fragment.TypeCondition), parentIsPage);
        _expanding.Remove(name);
        return measured;
    }

    private int PageSize(GraphQLField field)
    {
        var sizes = (field.Arguments?.Items ?? [])
            .Where(argument => argument.Name.Value == "first" || argument.Name.Value == "last")
            .Select(argument => ValueOf(argument.Value))
            .OfType<long>()
            .ToList();
        return sizes.Count == 0 ? _defaultListSize : (int)Math.Clamp(sizes.Max(), 0, int.MaxValue);
    }

    private long? ValueOf(GraphQLValue value) => value switch
    {
        GraphQLIntValue literal when long.TryParse(literal.Value.Span, out var number) => number,
        GraphQLVariable variable when _variables.TryGetValue(variable.Name.StringValue, out var supplied) => PageSizeOf(supplied),
        _ => null,
    };

    /// <summary>
    /// A variable's page size only when it is a value an Int can hold: anything else ("ten", 2^40) is not measured
    /// here, and variable coercion refuses it as INVALID_VARIABLES instead of the cost rule guessing at it.
    /// </summary>
    private static long? PageSizeOf(object? supplied) => supplied switch
    {
        int number => number,
        long number and >= int.MinValue and <= int.MaxValue => number,
        double number when number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue => (long)number,
        _ => null,
    };

    private IGraphType? TypeNamed(GraphQLTypeCondition? condition) =>
        condition is null ? null : _schema.AllTypes[condition.Type.Name.Value];

    private static IGraphType? Unwrap(IGraphType? type, bool stopAtList)
    {
        while (type is IProvideResolvedType wrapper && !(stopAtList && type is ListGraphType))
        {
            type = wrapper.ResolvedType;
        }

        return type;
    }

    private static long Saturate(long value) => Math.Min(value, int.MaxValue);
}
