using System.Collections;

namespace CareDirectory.GraphQL.Relay;

/// <summary>
/// A page's cursors, each signed the first time it is read. Most queries ask for no cursor or only
/// <c>pageInfo { endCursor }</c>, and a nested list's page (a partner's programs) would otherwise sign one per item for
/// nobody: signing (JSON + HMAC-SHA256) was a measurable part of a county page. Sibling fields may read the same cursor
/// at once; each computes the same string, so no lock is needed.
/// </summary>
internal sealed class CursorsOnDemand<TRow>(IReadOnlyList<TRow> rows, Func<TRow, string> encode) : IReadOnlyList<string>
{
    private readonly string?[] _cursors = new string?[rows.Count];

    public int Count => _cursors.Length;

    public string this[int index] => _cursors[index] ??= encode(rows[index]);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
