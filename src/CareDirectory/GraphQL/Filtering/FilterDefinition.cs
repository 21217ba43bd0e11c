using System.Linq.Expressions;

namespace CareDirectory.GraphQL.Filtering;

/// <summary>Declares which members of <typeparamref name="T"/> a <c>where</c> input may filter on, and how.</summary>
public sealed class FilterDefinition<T> : IFilterDefinition
{
    private readonly Dictionary<string, FilterField> _fields = new(StringComparer.Ordinal);

    public Type EntityType => typeof(T);

    public IReadOnlyDictionary<string, FilterField> Fields => _fields;

    public FilterDefinition<T> Scalar<TGraphType, TValue>(string name, Expression<Func<T, TValue>> selector, string description) =>
        Add(new FilterField(name, typeof(TGraphType), selector, FilterKind.Scalar, description));

    /// <summary>The record's global id (HotChocolate's <c>IdOperationFilterInput</c>); ids of another type than <paramref name="nodeType"/> are INVALID_ID.</summary>
    public FilterDefinition<T> Id(string nodeType, Expression<Func<T, Guid>> selector) =>
        Add(new FilterField("id", typeof(IdOperationFilterInputType), selector, FilterKind.Id, $"The {nodeType}'s global id.", NodeType: nodeType));

    public FilterDefinition<T> ScalarList<TGraphType, TElement>(string name, Expression<Func<T, IEnumerable<TElement>>> selector, string description) =>
        Add(new FilterField(name, typeof(TGraphType), selector, FilterKind.ScalarList, description));

    public FilterDefinition<T> Object<TGraphType, TValue>(string name, Expression<Func<T, TValue>> selector, IFilterDefinition nested, string description) =>
        Add(new FilterField(name, typeof(TGraphType), selector, FilterKind.Object, description, nested));

    public FilterDefinition<T> ObjectList<TGraphType, TElement>(string name, Expression<Func<T, IEnumerable<TElement>>> selector, IFilterDefinition nested, string description) =>
        Add(new FilterField(name, typeof(TGraphType), selector, FilterKind.ObjectList, description, nested));

    private FilterDefinition<T> Add(FilterField field)
    {
        _fields.Add(field.Name, field);
        return this;
    }
}
