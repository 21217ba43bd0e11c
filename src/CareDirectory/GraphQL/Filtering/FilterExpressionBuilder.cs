using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Nodes;

namespace CareDirectory.GraphQL.Filtering;

/// <summary>
/// Turns a <c>where</c> input (as GraphQL.NET parses it: dictionaries and lists) into an expression EF Core translates
/// to SQL. Only fields in the definition can be used, so the input can never reach an arbitrary member.
/// Null follows HotChocolate.Data: <c>eq: null</c>/<c>neq: null</c> and <c>null</c> items of <c>in</c>/<c>nin</c> stand for
/// "no value" on fields that may have none; anywhere else (a field, a comparison, a text match, a whole list) null is
/// an INVALID_ARGUMENT error, never silently ignored.
/// </summary>
public static class FilterExpressionBuilder
{
    private static readonly MethodInfo _toLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo _contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo _startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo _endsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly NullabilityInfoContext _nullability = new();

    public static Expression<Func<T, bool>>? Build<T>(object? where, FilterDefinition<T> definition)
    {
        if (where is not IDictionary<string, object?> input || input.Count == 0)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Object(input, definition, parameter, new FilterBudget(), 1), parameter);
    }

    private static Expression Object(IDictionary<string, object?> input, IFilterDefinition definition, Expression target, FilterBudget budget, int depth)
    {
        FilterBudget.Depth(depth);
        var parts = new List<Expression>();
        foreach (var (name, value) in input)
        {
            if (name is "and" or "or")
            {
                parts.Add(Combine(Items(value).Select(i => Object(Dictionary(i), definition, target, budget, depth + 1)), name == "and"));
                continue;
            }

            var field = definition.Fields[name];
            var member = StripConvert(MemberAccess.On(field.Selector, target));
            var condition = Dictionary(value ?? throw NullNotAllowed(name));
            parts.Add(field.Kind switch
            {
                FilterKind.Scalar => Operations(member, condition, budget, depth + 1, IsNullable(member)),
                FilterKind.Id => Operations(member, IdsOf(condition, field.NodeType!), budget, depth + 1, nullable: false),
                FilterKind.Object => Object(condition, field.Nested!, member, budget, depth + 1),
                FilterKind.ScalarList => List(member, condition, budget, (element, c) => Operations(element, c, budget, depth + 1, nullable: false)),
                _ => List(member, condition, budget, (element, c) => Object(c, field.Nested!, element, budget, depth + 1)),
            });
        }

        return Combine(parts, and: true);
    }

    private static Expression List(Expression list, IDictionary<string, object?> input, FilterBudget budget, Func<Expression, IDictionary<string, object?>, Expression> condition)
    {
        var elementType = list.Type.IsArray ? list.Type.GetElementType()! : list.Type.GetGenericArguments().Single();
        var parts = new List<Expression>();
        foreach (var (op, value) in input)
        {
            budget.Condition();
            if (value is null)
            {
                throw NullNotAllowed(op);
            }

            if (op == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list);
                parts.Add((bool)value ? any : Expression.Not(any));
                continue;
            }

            var element = Expression.Parameter(elementType, "e");
            var predicate = Expression.Lambda(condition(element, Dictionary(value)), element);
            parts.Add(op switch
            {
                "some" => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list, predicate),
                "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [elementType], list, predicate),
                "none" => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], list, predicate)),
                _ => throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, $"Unknown list operation '{op}'."),
            });
        }

        return Combine(parts, and: true);
    }

    private static Expression Operations(Expression member, IDictionary<string, object?> input, FilterBudget budget, int depth, bool nullable)
    {
        FilterBudget.Depth(depth);
        var parts = new List<Expression>();
        foreach (var (op, value) in input)
        {
            if (op is "and" or "or")
            {
                parts.Add(Combine(Items(value).Select(i => Operations(member, Dictionary(i), budget, depth + 1, nullable)), op == "and"));
                continue;
            }

            budget.Condition();
            if (value is null && !(nullable && op is "eq" or "neq"))
            {
                throw NullNotAllowed(op);
            }

            parts.Add(op switch
            {
                "eq" => Expression.Equal(member, Value(value, member.Type)),
                "neq" => Expression.NotEqual(member, Value(value, member.Type)),
                "in" => In(member, value, nullable, op),
                "nin" => Expression.Not(In(member, value, nullable, op)),
                "gt" => Expression.GreaterThan(member, Value(value, member.Type)),
                "ngt" => Expression.Not(Expression.GreaterThan(member, Value(value, member.Type))),
                "gte" => Expression.GreaterThanOrEqual(member, Value(value, member.Type)),
                "ngte" => Expression.Not(Expression.GreaterThanOrEqual(member, Value(value, member.Type))),
                "lt" => Expression.LessThan(member, Value(value, member.Type)),
                "nlt" => Expression.Not(Expression.LessThan(member, Value(value, member.Type))),
                "lte" => Expression.LessThanOrEqual(member, Value(value, member.Type)),
                "nlte" => Expression.Not(Expression.LessThanOrEqual(member, Value(value, member.Type))),
                "contains" => Text(member, _contains, value!, negate: false),
                "ncontains" => Text(member, _contains, value!, negate: true),
                "startsWith" => Text(member, _startsWith, value!, negate: false),
                "nstartsWith" => Text(member, _startsWith, value!, negate: true),
                "endsWith" => Text(member, _endsWith, value!, negate: false),
                "nendsWith" => Text(member, _endsWith, value!, negate: true),
                _ => throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, $"Unknown filter operation '{op}'."),
            });
        }

        return Combine(parts, and: true);
    }

    // Case-insensitive on SQLite and PostgreSQL alike: both translate ToLower() to lower(). A field with no value
    // matches neither a text nor its negation (as in SQL, and in HotChocolate on a database).
    private static Expression Text(Expression member, MethodInfo method, object value, bool negate)
    {
        var lowered = Expression.Call(member, _toLower);
        Expression call = Expression.Call(lowered, method, Value(FilterBudget.Text(value).ToLowerInvariant(), typeof(string)));
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), negate ? Expression.Not(call) : call);
    }

    private static Expression In(Expression member, object? value, bool nullable, string op)
    {
        var listType = typeof(List<>).MakeGenericType(member.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        var items = Items(value).ToList();
        FilterBudget.Values(items.Count);
        foreach (var item in items)
        {
            list.Add(item is null && !nullable ? throw NullNotAllowed($"{op}` item") : Convert(item is string text ? FilterBudget.Text(text) : item, member.Type));
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], SqlParameter.Of(list, listType), member);
    }

    private static Expression Value(object? value, Type type) =>
        SqlParameter.Of(Convert(value is string text ? FilterBudget.Text(text) : value, type), type);

    private static object? Convert(object? value, Type type)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsInstanceOfType(value) ? value
            : target.IsEnum ? Enum.ToObject(target, value)
            : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An <c>IdOperationFilterInput</c> with its global ids replaced by the record ids they wrap.</summary>
    private static Dictionary<string, object?> IdsOf(IDictionary<string, object?> input, string nodeType) =>
        input.ToDictionary(
            p => p.Key,
            p => p.Value switch
            {
                string id => NodeArguments.Decode(id, nodeType),
                IEnumerable<object?> ids => ids.Select(i => i is string id ? (object)NodeArguments.Decode(id, nodeType) : null).ToList(),
                _ => p.Value,
            });

    private static bool IsNullable(Expression member) =>
        Nullable.GetUnderlyingType(member.Type) is not null
        || (member is MemberExpression { Member: PropertyInfo property } && !member.Type.IsValueType && _nullability.Create(property).ReadState == NullabilityState.Nullable);

    private static Exception NullNotAllowed(string name) =>
        DirectoryErrors.Error(DirectoryErrors.InvalidArgument, $"The provided value for filter `{name}` is invalid. Null values are not supported here (only `eq`, `neq` and `in`/`nin` items take null, on fields that may have no value).");

    private static Expression Combine(IEnumerable<Expression> parts, bool and) =>
        parts.DefaultIfEmpty(Expression.Constant(and)).Aggregate((a, b) => and ? Expression.AndAlso(a, b) : Expression.OrElse(a, b));

    // Selectors typed as IEnumerable<T> wrap the member in a conversion; EF Core needs the member itself.
    private static Expression StripConvert(Expression body) =>
        body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : body;

    private static IEnumerable<object?> Items(object? value) => value as IEnumerable<object?> ?? [];

    private static IDictionary<string, object?> Dictionary(object? value) =>
        value as IDictionary<string, object?> ?? new Dictionary<string, object?>();
}
