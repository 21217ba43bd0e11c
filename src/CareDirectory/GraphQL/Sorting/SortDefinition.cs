using System.Linq.Expressions;
using CareDirectory.Domain;

namespace CareDirectory.GraphQL.Sorting;

/// <summary>Declares which members of <typeparamref name="T"/> an <c>order</c> input may sort by.</summary>
public sealed class SortDefinition<T>(Expression<Func<T, object?>> defaultKey)
    where T : class
{
    private readonly Dictionary<string, (LambdaExpression Key, string Description)> _fields = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, (LambdaExpression Key, string Description)> Fields => _fields;

    public SortDefinition<T> Field<TKey>(string name, Expression<Func<T, TKey>> key, string description)
    {
        _fields.Add(name, (key, description));
        return this;
    }

    /// <summary>
    /// Applies the requested order (or the default), then the record id, so the order is total and cursors are stable.
    /// </summary>
    public IQueryable<T> Apply(IQueryable<T> query, object? order)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var item in order as IEnumerable<object?> ?? [])
        {
            foreach (var (name, value) in item as IDictionary<string, object?> ?? new Dictionary<string, object?>())
            {
                if (value is SortDirection direction)
                {
                    ordered = By(ordered ?? query, _fields[name].Key, direction, ordered is null);
                }
            }
        }

        ordered ??= By(query, StripConvert(defaultKey), SortDirection.Asc, first: true);
        return typeof(Entity).IsAssignableFrom(typeof(T)) ? ByEntityId(ordered) : ordered;
    }

    private static IOrderedQueryable<T> ByEntityId(IOrderedQueryable<T> query)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var id = Expression.Lambda(Expression.Property(parameter, nameof(Entity.Id)), parameter);
        return By(query, id, SortDirection.Asc, first: false);
    }

    private static IOrderedQueryable<T> By(IQueryable<T> query, LambdaExpression key, SortDirection direction, bool first)
    {
        var method = (first, direction) switch
        {
            (true, SortDirection.Asc) => nameof(Queryable.OrderBy),
            (true, SortDirection.Desc) => nameof(Queryable.OrderByDescending),
            (false, SortDirection.Asc) => nameof(Queryable.ThenBy),
            _ => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], query.Expression, Expression.Quote(key));
        return (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
    }

    private static LambdaExpression StripConvert(Expression<Func<T, object?>> key) =>
        key.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? Expression.Lambda(convert.Operand, key.Parameters) : key;
}
