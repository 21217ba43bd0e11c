using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Relay;
using CareDirectory.GraphQL.Sorting;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareDirectory.GraphQL.Listing;

/// <summary>A connection field's arguments (<c>where</c>, <c>order</c>, paging) applied to a query.</summary>
public sealed class ListRequest<T>
    where T : class
{
    private readonly EntityListing<T> _listing;
    private readonly object? _where;
    private readonly object? _order;
    private readonly IReadOnlyList<SortKey> _keys;
    private readonly Keyset<T> _keyset;
    private readonly Cursor _cursor;
    private readonly Projection<T>? _projection;

    private ListRequest(EntityListing<T> listing, object? where, object? order, PagingArguments paging, ApiLimitsOptions limits, Projection<T>? projection)
    {
        _projection = projection;
        _listing = listing;
        _where = where;
        _order = order;
        Paging = paging;
        MaxPageSize = limits.MaxPageSize;
        paging.Validate(MaxPageSize);
        _keys = listing.Sorts.Resolve(order);
        _keyset = Keyset<T>.Of(_keys);
        _cursor = new Cursor(limits.CursorSecret);
        After = paging.After is { } after ? _cursor.Decode(after, _keyset.Ordering, _keyset.Types) : null;
        Before = paging.Before is { } before ? _cursor.Decode(before, _keyset.Ordering, _keyset.Types) : null;
    }

    public PagingArguments Paging { get; }

    public int MaxPageSize { get; }

    /// <summary>The sort-key values of the <c>after</c> cursor.</summary>
    private object?[]? After { get; }

    /// <summary>The sort-key values of the <c>before</c> cursor.</summary>
    private object?[]? Before { get; }

    /// <summary>The columns the selection reads ("*": whole records); part of loader names, so two selections of one list never share a narrower load.</summary>
    public string Columns => _projection?.Members ?? "*";

    /// <summary>A key that is equal for equal arguments, so batched loads share one loader per argument set.</summary>
    /// <remarks>Without <c>where</c> and <c>order</c> (a county page's lists) it is empty: nothing to serialize for each parent.</remarks>
    public string BatchKey => _where is null && _order is null
        ? ""
        : System.Text.Json.JsonSerializer.Serialize(new { w = _where, o = _order?.ToString() is null ? null : System.Text.Json.JsonSerializer.Serialize(_order) });

    public static ListRequest<T> From(IResolveFieldContext context, EntityListing<T> listing) => new(
        listing,
        context.Arguments?.TryGetValue("where", out var where) == true ? where.Value : null,
        context.Arguments?.TryGetValue("order", out var order) == true ? order.Value : null,
        PagingArguments.From(context),
        context.RequestServices!.GetRequiredService<IOptions<ApiLimitsOptions>>().Value,
        listing.Projection?.For(context.FieldAst, () => SelectedFields.OfNodes(context)));

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

    /// <summary>The <c>where</c> condition, translated to SQL by EF Core.</summary>
    public IQueryable<T> Filter(IQueryable<T> query) =>
        FilterExpressionBuilder.Build(_where, _listing.Filters) is { } predicate ? query.Where(predicate) : query;

    /// <summary>
    /// A page of an already filtered query in SQL: a COUNT, the window between the cursors read in (or against) the
    /// order, and at most two EXISTS for the page flags that the window cannot tell.
    /// </summary>
    public async Task<Connection> PageAsync(IQueryable<T> filtered, CancellationToken cancellationToken)
    {
        var window = filtered;
        window = After is null ? window : window.Where(_keyset.Beyond(After, forward: true));
        window = Before is null ? window : window.Where(_keyset.Beyond(Before, forward: false));
        var total = await filtered.CountAsync(cancellationToken);
        return await KeysetPager.PageAsync(
            this,
            total,
            async (count, fromEnd) =>
            {
                var rows = await SortDefinition<T>.Apply(window, _keys, reversed: fromEnd).Select(_keyset.Rows(_projection?.Expression)).Take(count).ToListAsync(cancellationToken);
                if (fromEnd)
                {
                    rows.Reverse();
                }

                return rows;
            },
            beforeStart => filtered.AnyAsync(beforeStart ? _keyset.NotBeyond(After!, forward: true) : _keyset.NotBeyond(Before!, forward: false), cancellationToken));
    }

    /// <summary>Every item of a filtered query in order, each with its keys and where it lies relative to the cursors.</summary>
    public IQueryable<KeyedRow<T>> Rows(IQueryable<T> filtered) =>
        SortDefinition<T>.Apply(filtered, _keys).Select(After is null && Before is null ? _keyset.Rows(_projection?.Expression) : _keyset.Rows(After, Before, _projection?.Expression));

    public string CursorOf(KeyedRow<T> row) => _cursor.Encode(_keyset.Ordering, row.Keys);
}
