using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using CareDirectory.GraphQL.Listing;

namespace CareDirectory.GraphQL.Sorting;

/// <summary>
/// Declares which members of <typeparamref name="T"/> an <c>order</c> input may sort by. Every order ends with
/// <paramref name="unique"/> (the record id), so it is total: keyset cursors need one item per key tuple.
/// A key that can be null (a field through an optional relation) sorts as the smallest value on both databases:
/// first ascending, last descending (SQLite's own rule; PostgreSQL's is the opposite, so it is never left to the
/// database): it becomes two keys, "has a value" (0 or 1) and the value, in the same direction.
/// </summary>
public sealed class SortDefinition<T>(Expression<Func<T, object?>> defaultKey, Expression<Func<T, object?>> unique) : ISortDefinition
    where T : class
{
    private readonly Dictionary<string, SortField> _fields = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Method, Type Key), MethodInfo> _orderings = new();

    private IReadOnlyList<SortKey>? _defaultKeys;

    public IReadOnlyDictionary<string, SortField> Fields => _fields;

    public SortDefinition<T> Field<TKey>(string name, Expression<Func<T, TKey>> key, string description)
    {
        _fields.Add(name, new SortField(name, key, description));
        return this;
    }

    /// <summary>A required related record, sorted by its own fields (<typeparamref name="TSortType"/> is its sort input).</summary>
    public SortDefinition<T> Related<TSortType, TRelated>(string name, Expression<Func<T, TRelated>> related, ISortDefinition nested, string description)
    {
        _fields.Add(name, new SortField(name, related, description, nested, typeof(TSortType)));
        return this;
    }

    /// <summary>
    /// An optional related record (a meeting's organizer), sorted by its own fields; records without one come first
    /// ascending and last descending.
    /// </summary>
    public SortDefinition<T> OptionalRelated<TSortType, TRelated>(string name, Expression<Func<T, TRelated?>> related, ISortDefinition nested, string description)
        where TRelated : class
    {
        _fields.Add(name, new SortField(name, related, description, nested, typeof(TSortType), Optional: true));
        return this;
    }

    /// <summary>The keys an <c>order</c> argument asks for (or the default), ending with the unique key.</summary>
    /// <remarks>
    /// Without an <c>order</c> the keys are one shared list, built once: the queries and keysets built from it are then
    /// the same trees every time, which EF Core's query cache recognises at once.
    /// </remarks>
    public IReadOnlyList<SortKey> Resolve(object? order) => order is null ? _defaultKeys ??= Keys(null) : Keys(order);

    private IReadOnlyList<SortKey> Keys(object? order)
    {
        var keys = new List<SortKey>();
        var parameter = Expression.Parameter(typeof(T), "x");
        foreach (var item in order as IEnumerable<object?> ?? [])
        {
            Collect(item, this, parameter, parameter, "", optional: false, keys);
        }

        if (keys.Count == 0)
        {
            keys.Add(new SortKey(StripConvert(defaultKey), SortDirection.Asc, "default"));
        }

        keys.Add(new SortKey(StripConvert(unique), SortDirection.Asc, "unique"));
        return keys;
    }

    /// <summary>Orders <paramref name="query"/> by <paramref name="keys"/>, or against them (to read a page from its end).</summary>
    public static IOrderedQueryable<T> Apply(IQueryable<T> query, IReadOnlyList<SortKey> keys, bool reversed = false)
    {
        var ordered = (IOrderedQueryable<T>)query;
        for (var i = 0; i < keys.Count; i++)
        {
            var ascending = keys[i].Direction == SortDirection.Asc ^ reversed;
            var method = (i == 0, ascending) switch
            {
                (true, true) => nameof(Queryable.OrderBy),
                (true, false) => nameof(Queryable.OrderByDescending),
                (false, true) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            var call = Expression.Call(Ordering(method, keys[i].Key.ReturnType), ordered.Expression, Expression.Quote(keys[i].Key));
            ordered = (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
        }

        return ordered;
    }

    // Queryable.OrderBy<T, TKey> and its siblings, looked up by reflection once per method and key type, not per query.
    private static MethodInfo Ordering(string method, Type key) => _orderings.GetOrAdd((method, key), k =>
        typeof(Queryable).GetMethods().Single(m => m.Name == k.Method && m.GetParameters().Length == 2).MakeGenericMethod(typeof(T), k.Key));

    private static void Collect(object? item, ISortDefinition definition, ParameterExpression parameter, Expression target, string path, bool optional, List<SortKey> keys)
    {
        foreach (var (name, value) in item as IDictionary<string, object?> ?? new Dictionary<string, object?>())
        {
            if (value is null)
            {
                continue;
            }

            var field = definition.Fields[name];
            var member = MemberAccess.On(field.Key, target);
            if (field.Nested is { } nested)
            {
                Collect(value, nested, parameter, member, $"{path}{name}.", optional || field.Optional, keys);
            }
            else if (value is SortDirection direction && optional)
            {
                // Through a missing relation the database reads null even for a value type: lift it so it can say so.
                var nullable = member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null
                    ? Expression.Convert(member, typeof(Nullable<>).MakeGenericType(member.Type))
                    : member;
                var hasValue = Expression.Condition(Expression.Equal(nullable, Expression.Constant(null, nullable.Type)), Expression.Constant(0), Expression.Constant(1));
                keys.Add(new SortKey(Expression.Lambda(hasValue, parameter), direction, $"{path}{name}?"));
                keys.Add(new SortKey(Expression.Lambda(nullable, parameter), direction, path + name));
            }
            else if (value is SortDirection plain)
            {
                keys.Add(new SortKey(Expression.Lambda(member, parameter), plain, path + name));
            }
        }
    }

    // The key's own type (an object-typed lambda boxes value types, and its ReturnType is object even for strings).
    private static LambdaExpression StripConvert(Expression<Func<T, object?>> key) =>
        Expression.Lambda(key.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : key.Body, key.Parameters);
}
