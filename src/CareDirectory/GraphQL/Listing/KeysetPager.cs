using CareDirectory.GraphQL.Relay;

namespace CareDirectory.GraphQL.Listing;

/// <summary>
/// Cuts one page from the items between <c>after</c> and <c>before</c> (the window), the same way whether they are read
/// from SQL or from a parent's share of a batched load. <c>hasNextPage</c>/<c>hasPreviousPage</c> are exact: they say
/// whether the whole list has an item after the page's last one or before its first one.
/// </summary>
internal static class KeysetPager
{
    /// <param name="take">The first (or, <c>fromEnd</c>, the last) N items of the window, in list order.</param>
    /// <param name="anyOutside">Whether the list has an item at or before <c>after</c> (true) or at or after <c>before</c> (false).</param>
    public static async Task<Connection> PageAsync<T>(
        ListRequest<T> request,
        int total,
        Func<int, bool, Task<IReadOnlyList<KeyedRow<T>>>> take,
        Func<bool, Task<bool>> anyOutside)
        where T : class
    {
        var paging = request.Paging;
        var hasAfter = paging.After is not null;
        var hasBefore = paging.Before is not null;
        IReadOnlyList<KeyedRow<T>> page;
        bool hasNext, hasPrevious;
        if (paging.Last is not { } last || paging.First is not null)
        {
            var size = paging.First ?? PagingArguments.DefaultPageSize;
            var rows = await take(size + 1, false);
            page = [.. rows.Take(size)];
            hasNext = rows.Count > size || (hasBefore && await anyOutside(false));
            hasPrevious = hasAfter && await anyOutside(true);
            if (paging.Last is { } trim && page.Count > trim)
            {
                page = [.. page.TakeLast(trim)];
                hasPrevious = true;
            }
        }
        else
        {
            var rows = await take(last + 1, true);
            page = [.. rows.TakeLast(last)];
            hasPrevious = rows.Count > last || (hasAfter && await anyOutside(true));
            hasNext = hasBefore && await anyOutside(false);
        }

        return new Connection
        {
            Nodes = [.. page.Select(r => (object)r.Item!)],
            Cursors = new CursorsOnDemand<KeyedRow<T>>(page, request.CursorOf),
            TotalCount = total,
            HasNextPage = hasNext,
            HasPreviousPage = hasPrevious,
        };
    }

    /// <summary>A page of a parent's share of a batched load: every item of the list, in order, flagged by the database.</summary>
    public static Task<Connection> PageAsync<T>(ListRequest<T> request, IReadOnlyList<KeyedRow<T>> all)
        where T : class
    {
        List<KeyedRow<T>> window = [.. all.Where(r => r.AfterStart && r.BeforeEnd)];
        return PageAsync(
            request,
            all.Count,
            (count, fromEnd) => Task.FromResult<IReadOnlyList<KeyedRow<T>>>(fromEnd ? [.. window.TakeLast(count)] : [.. window.Take(count)]),
            beforeStart => Task.FromResult(all.Any(r => beforeStart ? !r.AfterStart : !r.BeforeEnd)));
    }
}
