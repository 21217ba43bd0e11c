using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using CareDirectory.GraphQL.Listing;

namespace CareDirectory.GraphQL.Filtering;

/// <summary>
/// Turns a <c>where</c> input (as GraphQL.NET parses it: dictionaries and lists) into an expression EF Core translates
/// to SQL. Only fields in the definition can be used, so the input can never reach an arbitrary member.
/// </summary>
public static class FilterExpressionBuilder
{
    private static readonly MethodInfo _toLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo _contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo _startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo _endsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

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
            switch (name)
            {
                case "and":
                    parts.Add(Combine(Items(value).Select(i => Object(Dictionary(i), definition, target, budget, depth + 1)), Expression.AndAlso, true));
                    break;
                case "or":
                    parts.Add(Combine(Items(value).Select(i => Object(Dictionary(i), definition, target, budget, depth + 1)), Expression.OrElse, false));
                    break;
                default:
                    if (value is null)
                    {
                        break;
                    }

                    var field = definition.Fields[name];
                    var member = StripConvert(MemberAccess.On(field.Selector, target));
                    parts.Add(field.Kind switch
                    {
                        FilterKind.Scalar => Operations(member, Dictionary(value), budget),
                        FilterKind.Object => Object(Dictionary(value), field.Nested!, member, budget, depth + 1),
                        FilterKind.ScalarList => List(member, Dictionary(value), budget, (element, condition) => Operations(element, condition, budget)),
                        _ => List(member, Dictionary(value), budget, (element, condition) => Object(condition, field.Nested!, element, budget, depth + 1)),
                    });
                    break;
            }
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    private static Expression List(Expression list, IDictionary<string, object?> input, FilterBudget budget, Func<Expression, IDictionary<string, object?>, Expression> condition)
    {
        var elementType = list.Type.IsArray ? list.Type.GetElementType()! : list.Type.GetGenericArguments().Single();
        var parts = new List<Expression>();
        foreach (var (op, value) in input)
        {
            if (value is null)
            {
                continue;
            }

            budget.Condition();
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

        return Combine(parts, Expression.AndAlso, true);
    }

    private static Expression Operations(Expression member, IDictionary<string, object?> input, FilterBudget budget)
    {
        var parts = new List<Expression>();
        foreach (var (op, value) in input)
        {
            budget.Condition();
            parts.Add(op switch
            {
                "eq" => Expression.Equal(member, Value(value, member.Type)),
                "neq" => Expression.NotEqual(member, Value(value, member.Type)),
                "in" => In(member, value),
                "nin" => Expression.Not(In(member, value)),
                "gt" => Expression.GreaterThan(member, Value(value, member.Type)),
                "gte" => Expression.GreaterThanOrEqual(member, Value(value, member.Type)),
                "lt" => Expression.LessThan(member, Value(value, member.Type)),
                "lte" => Expression.LessThanOrEqual(member, Value(value, member.Type)),
                "contains" => Text(member, _contains, value),
                "ncontains" => Expression.Not(Text(member, _contains, value)),
                "startsWith" => Text(member, _startsWith, value),
                "endsWith" => Text(member, _endsWith, value),
                _ => throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, $"Unknown filter operation '{op}'."),
            });
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    // Case-insensitive on SQLite and PostgreSQL alike: both translate ToLower() to lower().
    private static Expression Text(Expression member, MethodInfo method, object? value)
    {
        if (value is null)
        {
            return Expression.Constant(true);
        }

        var lowered = Expression.Call(member, _toLower);
        var call = Expression.Call(lowered, method, Value(FilterBudget.Text(value).ToLowerInvariant(), typeof(string)));
        return Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), call);
    }

    private static Expression In(Expression member, object? value)
    {
        var listType = typeof(List<>).MakeGenericType(member.Type);
        var list = (IList)Activator.CreateInstance(listType)!;
        var items = Items(value).ToList();
        FilterBudget.Values(items.Count);
        foreach (var item in items)
        {
            list.Add(Convert(item is string text ? FilterBudget.Text(text) : item, member.Type));
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], Value(list, listType), member);
    }

    private static Expression Value(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(type), Convert(value is string text ? FilterBudget.Text(text) : value, type))!;
        return Expression.Property(Expression.Constant(box), nameof(ValueBox<object>.Value));
    }

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

    private static Expression Combine(IEnumerable<Expression> parts, Func<Expression, Expression, BinaryExpression> with, bool empty) =>
        parts.DefaultIfEmpty(Expression.Constant(empty)).Aggregate((a, b) => with(a, b));

    // Selectors typed as IEnumerable<T> wrap the member in a conversion; EF Core needs the member itself.
    private static Expression StripConvert(Expression body) =>
        body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : body;

    private static IEnumerable<object?> Items(object? value) => value as IEnumerable<object?> ?? [];

    private static IDictionary<string, object?> Dictionary(object? value) =>
        value as IDictionary<string, object?> ?? new Dictionary<string, object?>();
}
