using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Sorting;
using Microsoft.EntityFrameworkCore.Query;

namespace CareDirectory.GraphQL.Listing;

/// <summary>
/// The seek conditions of one resolved order: "strictly after these key values" as SQL, for keys that end with the
/// record id. A key that can be null comes right after its "has a value" key (see <see cref="SortDefinition{T}"/>), so
/// where the cursor's value is null, rows equal so far have none either: never beyond, and equal when null.
/// </summary>
internal sealed class Keyset<T>(IReadOnlyList<SortKey> keys)
    where T : class
{
    private static readonly ParameterExpression _row = Expression.Parameter(typeof(T), "x");

    // One keyset per resolved key list: the default order's list is shared (SortDefinition.Resolve), so its keyset is too.
    private static readonly ConditionalWeakTable<IReadOnlyList<SortKey>, Keyset<T>> _shared = [];

    private readonly ConcurrentDictionary<object, Expression<Func<T, KeyedRow<T>>>> _uncut = new();

    /// <summary>The keyset of <paramref name="keys"/>, shared by every request that resolved the same list.</summary>
    public static Keyset<T> Of(IReadOnlyList<SortKey> keys) => _shared.GetValue(keys, k => new Keyset<T>(k));

    /// <summary>Names the ordering in cursors: a cursor of one ordering is refused by another.</summary>
    public string Ordering { get; } = $"{typeof(T).Name}|{string.Join(',', keys.Select(k => $"{k.Path}:{k.Direction}"))}";

    public IReadOnlyList<Type> Types { get; } = [.. keys.Select(k => k.Key.ReturnType)];

    /// <summary>Items strictly after <paramref name="values"/> in this order (<paramref name="forward"/>) or strictly before them.</summary>
    public Expression<Func<T, bool>> Beyond(object?[] values, bool forward) => Expression.Lambda<Func<T, bool>>(Beyond(_row, values, forward), _row);

    /// <summary>Items not strictly beyond <paramref name="values"/>: the item itself and those on the other side.</summary>
    public Expression<Func<T, bool>> NotBeyond(object?[] values, bool forward) => Expression.Lambda<Func<T, bool>>(Expression.Not(Beyond(_row, values, forward)), _row);

    /// <summary>
    /// <see cref="Rows(object?[], object?[], Expression{Func{T, T}})"/> without cursors, built once per projection (projections
    /// are shared per member set): a page read from SQL asks for it on every request.
    /// </summary>
    public Expression<Func<T, KeyedRow<T>>> Rows(Expression<Func<T, T>>? projection) =>
        _uncut.GetOrAdd((object?)projection ?? _row, _ => Rows(null, null, projection));

    /// <summary>
    /// Each record (through <paramref name="projection"/>: only the columns a selection reads) with its key values and
    /// where it lies relative to the cursors (true where one is absent).
    /// </summary>
    public Expression<Func<T, KeyedRow<T>>> Rows(object?[]? after, object?[]? before, Expression<Func<T, T>>? projection)
    {
        var item = projection is null ? _row : ReplacingExpressionVisitor.Replace(projection.Parameters[0], _row, projection.Body);
        var values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(MemberAccess.On(k.Key, _row), typeof(object))));
        var ctor = typeof(KeyedRow<T>).GetConstructors().Single();
        var row = Expression.New(ctor, item, values,
            after is null ? Expression.Constant(true) : Beyond(_row, after, forward: true),
            before is null ? Expression.Constant(true) : Beyond(_row, before, forward: false));
        return Expression.Lambda<Func<T, KeyedRow<T>>>(row, _row);
    }

    private Expression Beyond(Expression row, object?[] values, bool forward)
    {
        Expression? any = null;
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < keys.Count; i++)
        {
            var member = MemberAccess.On(keys[i].Key, row);
            var greater = keys[i].Direction == SortDirection.Asc == forward;
            Expression compare, equal;
            if (values[i] is null)
            {
                compare = Expression.Constant(false);
                equal = Expression.Equal(member, Expression.Constant(null, member.Type));
            }
            else
            {
                var value = SqlParameter.Of(values[i], member.Type);
                compare = Compare(member, value, values[i], greater);
                equal = Expression.Equal(member, value);
            }

            var beyond = i == 0 ? compare : Expression.AndAlso(equalSoFar, compare);
            any = any is null ? beyond : Expression.OrElse(any, beyond);
            equalSoFar = i == 0 ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        return any!;
    }

    private static Expression Compare(Expression member, Expression value, object? raw, bool greater)
    {
        if (member.Type == typeof(string))
        {
            // EF Core turns string.Compare(a, b) > 0 into a > b, in the database's collation like its ORDER BY.
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, member, value);
            return greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }

        if (member.Type.IsEnum)
        {
            // Enums are stored as their names and so ordered by them; C# has no < on enums, so: one of the names beyond.
            var name = raw!.ToString()!;
            var beyond = Enum.GetValues(member.Type).Cast<object>()
                .Where(v => greater ? string.CompareOrdinal(v.ToString(), name) > 0 : string.CompareOrdinal(v.ToString(), name) < 0)
                .ToList();
            var list = typeof(List<>).MakeGenericType(member.Type);
            var typed = (System.Collections.IList)Activator.CreateInstance(list)!;
            beyond.ForEach(v => typed.Add(v));
            return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], SqlParameter.Of(typed, list), member);
        }

        return greater ? Expression.GreaterThan(member, value) : Expression.LessThan(member, value);
    }
}
