using System.Linq.Expressions;

namespace CareDirectory.GraphQL.Filtering;

/// <summary>Holds a filter value so EF Core sends it as a SQL parameter (cached plans, no literal values in SQL).</summary>
internal sealed class ValueBox<T>(T value)
{
    public T Value { get; } = value;
}

/// <summary>Builds the expression reading a <see cref="ValueBox{T}"/>: a SQL parameter of <c>type</c>.</summary>
internal static class SqlParameter
{
    public static Expression Of(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(type), [value])!;
        return Expression.Property(Expression.Constant(box), nameof(ValueBox<object>.Value));
    }
}
