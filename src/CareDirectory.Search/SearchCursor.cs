using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CareDirectory.Search;

/// <summary>
/// The position of a hit in a sorted result list, as both backends sort: by score descending (relevance)
/// or by lower-cased title ascending (browse), then by id ascending. Encoded as opaque base64url JSON.
/// Both backends compare keyword keys by their UTF-8 bytes (Lucene's term order), and so does <see cref="Compare"/>.
/// </summary>
internal sealed record SearchCursor(bool Browse, double Score, string? TitleKey, string Id)
{
    public string Encode()
    {
        var json = Browse
            ? JsonSerializer.Serialize(new object[] { "b", TitleKey ?? "", Id })
            : JsonSerializer.Serialize(new object[] { "r", Score.ToString("R", CultureInfo.InvariantCulture), Id });
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>
    /// Where <paramref name="a"/> lies against <paramref name="b"/> in result order (negative: earlier). Used to cut a
    /// page at the cursor on its far side, which the backends' <c>search_after</c> cannot bound.
    /// </summary>
    public static int Compare(SearchCursor a, SearchCursor b)
    {
        var order = a.Browse
            ? Utf8Compare(a.TitleKey ?? "", b.TitleKey ?? "")
            : b.Score.CompareTo(a.Score);
        return order != 0 ? order : Utf8Compare(a.Id, b.Id);
    }

    /// <summary>Decodes a cursor and checks it belongs to the same sort (browse vs relevance) as the request.</summary>
    public static SearchCursor Decode(string cursor, bool browse)
    {
        try
        {
            var parts = JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(cursor));
            if (parts is [var mode, var key, var id] && id.Length > 0)
            {
                if (mode == "b" && browse)
                {
                    return new SearchCursor(true, 0, key, id);
                }

                if (mode == "r" && !browse
                    && double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && double.IsFinite(score))
                {
                    return new SearchCursor(false, score, null, id);
                }
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // Reported below as an invalid cursor: the client sent something we did not produce.
        }

        throw new SearchRequestException(SearchErrorCode.InvalidCursor, "The cursor is not valid for this search.");
    }

    private static int Utf8Compare(string a, string b) =>
        Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(b));
}
