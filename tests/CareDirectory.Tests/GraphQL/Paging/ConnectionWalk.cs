using System.Text.Json.Nodes;

namespace CareDirectory.Tests.GraphQL.Paging;

/// <summary>
/// Checks a Relay connection against the whole list in its order: every page a client can ask for with
/// <c>first/after/last/before</c> (random combinations, seeded so a failure repeats; sizes include 0) and full walks in
/// both directions. The expected page and flags are the API's documented rule: the window between the cursors, its
/// first N (then the last M of those when <c>last</c> is given too) or its last N; <c>hasNextPage</c>/<c>hasPreviousPage</c>
/// say whether the list has an item after the page's last one / before its first one (a cursor's own item counts).
/// </summary>
public sealed class ConnectionWalk(Func<PageArguments, Task<ConnectionPage>> fetch)
{
    /// <summary>Every item of the list in order (key and cursor), read forward in pages of <paramref name="size"/>; asserts the walk has no duplicate.</summary>
    public async Task<List<(string Key, string Cursor)>> ForwardAsync(int size)
    {
        var items = new List<(string Key, string Cursor)>();
        string? after = null;
        ConnectionPage page;
        do
        {
            page = await fetch(new PageArguments(size, after, null, null));
            Assert.Equal(after is not null, page.HasPreviousPage);
            items.AddRange(page.Keys.Zip(page.Cursors));
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        Assert.Equal(items.Count, items.Select(i => i.Key).Distinct(StringComparer.Ordinal).Count());
        return items;
    }

    /// <summary>The list read backward from its end in pages of <paramref name="size"/>, in list order.</summary>
    public async Task<List<(string Key, string Cursor)>> BackwardAsync(int size)
    {
        var items = new List<(string Key, string Cursor)>();
        string? before = null;
        ConnectionPage page;
        do
        {
            page = await fetch(new PageArguments(null, null, size, before));
            Assert.Equal(before is not null, page.HasNextPage);
            items.InsertRange(0, page.Keys.Zip(page.Cursors));
            before = page.StartCursor;
        }
        while (page.HasPreviousPage);

        return items;
    }

    /// <summary>
    /// Walks <paramref name="all"/> forward and backward in pages of several sizes (each walk must give exactly the list,
    /// cursors included), then asks <paramref name="rounds"/> random pages and compares each with the rule.
    /// </summary>
    public async Task CheckAsync(IReadOnlyList<string> all, int seed, int rounds)
    {
        var forward = await ForwardAsync(3);
        Assert.Equal(all, forward.Select(i => i.Key));
        foreach (var size in new[] { 1, 4 })
        {
            Assert.Equal(forward, await ForwardAsync(size));
            Assert.Equal(forward, await BackwardAsync(size));
        }

        var random = new Random(seed);
        for (var round = 0; round < rounds; round++)
        {
            int? after = random.Next(3) == 0 ? null : random.Next(all.Count);
            int? before = random.Next(3) == 0 ? null : random.Next(all.Count);
            var mode = random.Next(4);
            int? first = mode is 0 or 2 ? random.Next(0, 6) : null;
            int? last = mode is 1 or 2 ? random.Next(0, 6) : null;
            var arguments = new PageArguments(first, after is { } a ? forward[a].Cursor : null, last, before is { } b ? forward[b].Cursor : null);
            var context = $"round {round}: first {first}, last {last}, after #{after}, before #{before} of {all.Count}";

            var page = await fetch(arguments);

            var window = forward.Take(before ?? all.Count).Skip(after is { } start ? start + 1 : 0).ToList();
            List<(string Key, string Cursor)> expected;
            bool hasNext, hasPrevious;
            if (last is not { } lastSize || first is not null)
            {
                var size = first ?? 10;
                expected = [.. window.Take(size)];
                hasNext = window.Count > size || before is not null;
                hasPrevious = after is not null;
                if (last is { } trim && expected.Count > trim)
                {
                    expected = [.. expected.TakeLast(trim)];
                    hasPrevious = true;
                }
            }
            else
            {
                expected = [.. window.TakeLast(lastSize)];
                hasPrevious = window.Count > lastSize || after is not null;
                hasNext = before is not null;
            }

            Assert.True(expected.Select(e => e.Key).SequenceEqual(page.Keys), $"{context}: got [{string.Join(", ", page.Keys)}], expected [{string.Join(", ", expected.Select(e => e.Key))}]");
            Assert.True(expected.Select(e => e.Cursor).SequenceEqual(page.Cursors), $"{context}: cursors differ from the walk's");
            Assert.True(hasNext == page.HasNextPage, $"{context}: hasNextPage {page.HasNextPage}");
            Assert.True(hasPrevious == page.HasPreviousPage, $"{context}: hasPreviousPage {page.HasPreviousPage}");
            Assert.Equal(page.Cursors.FirstOrDefault(), page.StartCursor);
            Assert.Equal(page.Cursors.LastOrDefault(), page.EndCursor);
        }
    }
}

/// <summary>The paging arguments of one request.</summary>
public sealed record PageArguments(int? First, string? After, int? Last, string? Before);

/// <summary>What a connection answered: the items' keys and edge cursors, and its <c>pageInfo</c>.</summary>
public sealed record ConnectionPage(List<string> Keys, List<string> Cursors, bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
{
    /// <summary>Reads a connection selected with <c>edges { cursor node { &lt;key&gt; } } pageInfo { … }</c>.</summary>
    public static ConnectionPage Read(JsonNode connection, Func<JsonNode, string> key)
    {
        var edges = connection["edges"]!.AsArray();
        var info = connection["pageInfo"]!;
        return new ConnectionPage(
            [.. edges.Select(e => key(e!["node"]!))],
            [.. edges.Select(e => e!["cursor"]!.GetValue<string>())],
            info["hasNextPage"]!.GetValue<bool>(),
            info["hasPreviousPage"]!.GetValue<bool>(),
            info["startCursor"]?.GetValue<string>(),
            info["endCursor"]?.GetValue<string>());
    }
}
