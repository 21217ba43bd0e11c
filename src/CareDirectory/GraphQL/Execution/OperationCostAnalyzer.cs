using GraphQL.Execution;
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
/// <remarks>
/// The work is bounded by the document's size, never by the cost it describes: each fragment is measured once per
/// context and its measurement reused at every spread (a fragment that spreads the previous one twice, thirty
/// levels deep, is 31 measurements, not 2^30 walks). The walk stops as soon as the cost or alias limit is certainly
/// exceeded (the expanded spreads are limited too: the executer counts them again, without memory, for every
/// object it completes), and it polls the validation's cancellation token, which carries the request's timeout and the
/// client's disconnect.
/// </remarks>
internal sealed class OperationCostAnalyzer
{
    private const int NodesBetweenCancellationChecks = 256;
    private static readonly string[] _pageSizeArguments = ["first", "last"];

    private readonly ISchema _schema;
    private readonly IDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? _arguments;
    private readonly OperationLimits _limits;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, bool ParentIsPage), Measurement> _measuredFragments = [];
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);
    private int _nodesSinceCancellationCheck;

    private OperationCostAnalyzer(
        ISchema schema, GraphQLDocument document, IDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments, OperationLimits limits, CancellationToken cancellationToken)
    {
        _schema = schema;
        _arguments = arguments;
        _limits = limits;
        _cancellationToken = cancellationToken;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    /// <param name="arguments">
    /// The field arguments as coerced by validation (variables substituted), so a page size is read from a value
    /// already known to be an Int; null when the document has none.
    /// </param>
    /// <exception cref="OperationCanceledException">The request timed out or the client went away.</exception>
    public static OperationCost Measure(
        ISchema schema,
        GraphQLDocument document,
        GraphQLOperationDefinition operation,
        IDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
        OperationLimits limits,
        CancellationToken cancellationToken)
    {
        var analyzer = new OperationCostAnalyzer(schema, document, arguments, limits, cancellationToken);
        IGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        try
        {
            var measured = analyzer.MeasureSelections(operation.SelectionSet, root, parentIsPage: false, weight: 1);
            return new OperationCost((int)measured.Cost, measured.Depth, (int)measured.Aliases) { FragmentSpreads = (int)measured.Spreads };
        }
        catch (LimitCertainlyExceededException exceeded)
        {
            return exceeded.AtLeast;
        }
    }

    /// <param name="weight">How many times the enclosing lists repeat this selection set (the product of the multipliers above it).</param>
    private Measurement MeasureSelections(GraphQLSelectionSet selectionSet, IGraphType? parentType, bool parentIsPage, long weight)
    {
        var total = Measurement.Nothing;
        foreach (var selection in selectionSet.Selections)
        {
            CheckCancellation();
            var measured = selection switch
            {
                GraphQLField field => MeasureField(field, parentType, parentIsPage, weight),
                GraphQLInlineFragment inline => MeasureSelections(inline.SelectionSet, TypeNamed(inline.TypeCondition) ?? parentType, parentIsPage, weight),
                GraphQLFragmentSpread spread => MeasureSpread(spread, parentIsPage, weight),
                _ => Measurement.Nothing,
            };
            total = total.Plus(measured);
            StopIfCertainlyOverLimits(total, weight);
        }

        return total;
    }

    private Measurement MeasureField(GraphQLField field, IGraphType? parentType, bool parentIsPage, long weight)
    {
        var aliases = field.Alias is null ? 0 : 1;
        var isIntrospection = field.Name.StringValue.StartsWith("__", StringComparison.Ordinal);
        if (field.SelectionSet is null)
        {
            return new Measurement(isIntrospection ? 0 : 1, 1, aliases, 0);
        }

        var definition = (parentType as IComplexGraphType)?.GetField(field.Name.Value);
        var isList = Unwrap(definition?.ResolvedType, stopAtList: true) is ListGraphType;
        var isPaged = definition?.Arguments?.Find("first") is not null || definition?.Arguments?.Find("last") is not null;
        long multiplier = isPaged ? PageSize(field) : isList && !parentIsPage ? _limits.DefaultListSize : 1;

        // A paged field that is not itself a list is a connection: its nodes/edges are the page. Whatever is under
        // introspection is free, so it weighs nothing towards the limit.
        var children = MeasureSelections(
            field.SelectionSet, Unwrap(definition?.ResolvedType, stopAtList: false), isPaged && !isList, isIntrospection ? 0 : Saturate(weight * multiplier));
        var cost = isIntrospection ? 0 : Saturate(1 + Saturate(multiplier * children.Cost));
        return new Measurement(cost, children.Depth + 1, Saturate(aliases + children.Aliases), children.Spreads);
    }

    private Measurement MeasureSpread(GraphQLFragmentSpread spread, bool parentIsPage, long weight)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (_measuredFragments.TryGetValue((name, parentIsPage), out var known))
        {
            return known.Spread();
        }

        if (!_fragments.TryGetValue(name, out var fragment) || !_expanding.Add(name))
        {
            // Unknown fragments and cycles are reported by the standard validation rules.
            return Measurement.Nothing;
        }

        var measured = MeasureSelections(fragment.SelectionSet, TypeNamed(fragment.TypeCondition), parentIsPage, weight);
        _expanding.Remove(name);
        _measuredFragments[(name, parentIsPage)] = measured;
        return measured.Spread();
    }

    /// <summary>
    /// Costs and aliases only add up, so once a part of the operation, repeated as often as the lists above it repeat
    /// it, is over a limit, the whole is too: stop there and report the lower bound.
    /// </summary>
    private void StopIfCertainlyOverLimits(Measurement soFar, long weight)
    {
        var costAtLeast = Saturate(weight * soFar.Cost);
        if (costAtLeast > _limits.MaxCost || soFar.Aliases > _limits.MaxAliases || soFar.Spreads > _limits.MaxFragmentSpreads)
        {
            throw new LimitCertainlyExceededException(
                new OperationCost((int)costAtLeast, soFar.Depth, (int)soFar.Aliases) { FragmentSpreads = (int)soFar.Spreads, IsLowerBound = true });
        }
    }

    private void CheckCancellation()
    {
        if (++_nodesSinceCancellationCheck >= NodesBetweenCancellationChecks)
        {
            _nodesSinceCancellationCheck = 0;
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private int PageSize(GraphQLField field)
    {
        if (_arguments is null || !_arguments.TryGetValue(field, out var values))
        {
            return _limits.DefaultListSize;
        }

        var sizes = _pageSizeArguments
            .Select(name => values.TryGetValue(name, out var value) ? value.Value : null)
            .OfType<int>()
            .ToList();
        return sizes.Count == 0 ? _limits.DefaultListSize : Math.Max(0, sizes.Max());
    }

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

    private static long Saturate(long value) => Math.Clamp(value, 0, int.MaxValue);

    /// <summary>
    /// What a selection costs, how deep it goes, how many aliases it holds and how many fragment spreads it
    /// expands to, each saturating at int.MaxValue.
    /// </summary>
    private readonly record struct Measurement(long Cost, int Depth, long Aliases, long Spreads)
    {
        public static Measurement Nothing => default;

        public Measurement Plus(Measurement other) =>
            new(Saturate(Cost + other.Cost), Math.Max(Depth, other.Depth), Saturate(Aliases + other.Aliases), Saturate(Spreads + other.Spreads));

        /// <summary>This fragment's measurement where one more spread expands it.</summary>
        public Measurement Spread() => this with { Spreads = Saturate(Spreads + 1) };
    }

    private sealed class LimitCertainlyExceededException(OperationCost atLeast) : Exception
    {
        public OperationCost AtLeast { get; } = atLeast;
    }
}
