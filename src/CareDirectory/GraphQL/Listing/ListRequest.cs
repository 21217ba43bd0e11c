using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Relay;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Listing;

/// <summary>A connection field's arguments (<c>where</c>, <c>order</c>, paging) applied to a query.</summary>
public sealed class ListRequest<T>
    where T : class
{
    private readonly EntityListing<T> _listing;
    private readonly object? _where;
    private readonly object? _order;

    private ListRequest(EntityListing<T> listing, object? where, object? order, PagingArguments paging, int maxPageSize)
    {
        _listing = listing;
        _where = where;
        _order = order;
        Paging = paging;
        MaxPageSize = maxPageSize;
    }

    public PagingArguments Paging { get; }

    public int MaxPageSize { get; }

    /// <summary>A key that is equal for equal arguments, so batched loads share one loader per argument set.</summary>
    public string BatchKey => System.Text.Json.JsonSerializer.Serialize(new { w = _where, o = _order?.ToString() is null ? null : System.Text.Json.JsonSerializer.Serialize(_order) });

    public static ListRequest<T> From(IResolveFieldContext context, EntityListing<T> listing) => new(
        listing,
        context.Arguments?.TryGetValue("where", out var where) == true ? where.Value : null,
        context.Arguments?.TryGetValue("order", out var order) == true ? order.Value : null,
        PagingArguments.From(context),
        context.RequestServices!.GetRequiredService<IOptions<ApiLimitsOptions>>().Value.MaxPageSize);

    /// <summary>Adds <c>where</c>, <c>order</c> and the paging arguments to a field.</summary>
    public static QueryArguments Arguments<TFilterType, TSortType>(params QueryArgument[] extra)
        where TFilterType : IGraphType
        where TSortType : IGraphType
    {
        var arguments = new QueryArguments(extra);
        arguments.Add(new QueryArgument<TFilterType> { Name = "where", Description = "Only items matching these conditions." });
        arguments.Add(new QueryArgument<ListGraphType<NonNullGraphType<TSortType>>> { Name = "order", Description = "Sort order; the default is by name or title." });
        PagingArguments.AddTo(arguments);
        return arguments;
    }

    /// <summary>Filter and order (ending with the id), translated to SQL by EF Core.</summary>
    public IQueryable<T> Apply(IQueryable<T> query)
    {
        var predicate = FilterExpressionBuilder.Build(_where, _listing.Filters);
        return _listing.Sorts.Apply(predicate is null ? query : query.Where(predicate), _order);
    }
}
