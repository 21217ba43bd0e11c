using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using CareDirectory.Domain;
using GraphQLParser.AST;

namespace CareDirectory.GraphQL.Listing;

/// <summary>
/// Which columns of <typeparamref name="T"/> a selection of its GraphQL fields reads, as a projection EF Core runs in
/// SQL (<c>new T { Name = x.Name, … }</c>): a county page then reads a partner's name and phones, not its locations,
/// translations and kept HSDS fields. A field reads the property of its own name unless <c>fields</c> says otherwise;
/// a field that is neither (computed from the whole record, e.g. meeting occurrences) makes the load whole, so an
/// unlisted field can cost columns but never lose them.
/// </summary>
/// <param name="always">What the listing itself needs whatever is selected: keys, and what rows are grouped by.</param>
/// <param name="fields">Fields that read other properties than their name says (e.g. <c>scope</c> reads the service areas); an empty array reads none.</param>
public sealed class EntityProjection<T>(string[] always, IReadOnlyDictionary<string, string[]> fields)
    where T : class
{
    // Navigations to other records are loaded by their own fields' loaders, never through a projection.
    private static readonly Dictionary<string, PropertyInfo> _columns = typeof(T).GetProperties()
        .Where(p => p.CanWrite && !IsRecordReference(p.PropertyType))
        .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    private readonly ConcurrentDictionary<string, Projection<T>> _built = new(StringComparer.Ordinal);

    // The choice per field node of a parsed document (kept across requests by the validated-document cache, and
    // forgotten with it): what a node selects depends on the node and its document alone (SelectedFields).
    private readonly ConditionalWeakTable<GraphQLField, Chosen> _byField = [];

    /// <summary>
    /// The projection for what <paramref name="field"/> selects (<paramref name="selected"/>, read from the field's node
    /// and document only), worked out once per node rather than for each parent the field is resolved under.
    /// </summary>
    public Projection<T>? For(GraphQLField field, Func<IEnumerable<string>?> selected) =>
        _byField.GetValue(field, _ => new Chosen(For(selected()))).Projection;

    /// <summary>The projection for these selected fields, or null when one of them needs the whole record.</summary>
    public Projection<T>? For(IEnumerable<string>? selected)
    {
        if (selected is null)
        {
            return null;
        }

        var members = new SortedSet<string>(always, StringComparer.Ordinal);
        foreach (var name in selected)
        {
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            if (fields.TryGetValue(name, out var reads))
            {
                members.UnionWith(reads);
            }
            else if (_columns.TryGetValue(name, out var property))
            {
                members.Add(property.Name);
            }
            else
            {
                return null;
            }
        }

        // One expression per member set: EF Core's query cache then sees the same tree for the same selection.
        return _built.GetOrAdd(string.Join(',', members), key => new Projection<T>(key, Build(members)));
    }

    private sealed record Chosen(Projection<T>? Projection);

    private static Expression<Func<T, T>> Build(IEnumerable<string> members)
    {
        var row = Expression.Parameter(typeof(T), "x");
        var bindings = members.Select(m => _columns[m]).Select(p => Expression.Bind(p, Expression.Property(row, p)));
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), row);
    }

    private static bool IsRecordReference(Type type) =>
        typeof(Entity).IsAssignableFrom(type) || type == typeof(ServiceType)
        || (type.IsGenericType && type.GetGenericArguments() is [var element] && (typeof(Entity).IsAssignableFrom(element) || element == typeof(ServiceType)));
}
