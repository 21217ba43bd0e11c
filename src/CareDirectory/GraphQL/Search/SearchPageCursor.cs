using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace CareDirectory.GraphQL.Search;

/// <summary>
/// The cursor of a search hit. The index only hands out a cursor for the last hit of a page, but Relay clients
/// may continue after any edge: a hit's cursor is the index cursor its page started from plus how many hits of
/// that page to skip, and the last hit's cursor is the index's own (skip 0). Opaque base64url JSON.
/// </summary>
public sealed record SearchPageCursor(string? IndexAfter, int Skip)
{
    /// <summary>Hits skipped past an index cursor; a page never has more than this many.</summary>
    public const int MaxSkip = 1000;

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new object?[] { IndexAfter, Skip })));

    public static SearchPageCursor Decode(string? cursor)
    {
        if (cursor is null)
        {
            return new SearchPageCursor(null, 0);
        }

        try
        {
            using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            if (json.RootElement is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() == 2
                && array[0].ValueKind is JsonValueKind.String or JsonValueKind.Null
                && array[1].TryGetInt32(out var skip) && skip is >= 0 and <= MaxSkip)
            {
                return new SearchPageCursor(array[0].GetString(), skip);
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            // Reported below: the client sent something we did not produce.
        }

        throw DirectoryErrors.Error(DirectoryErrors.InvalidCursor, "The `after` cursor is not a search cursor; pass an edge's `cursor` or `pageInfo.endCursor` of the same search.");
    }
}
