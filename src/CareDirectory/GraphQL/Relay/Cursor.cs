using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CareDirectory.GraphQL.Relay;

/// <summary>
/// Opaque cursors over a list's position (as HotChocolate's queryable paging does). Positions are stable for a
/// given filter and order because every order ends with the record id.
/// </summary>
public static class Cursor
{
    private const string Prefix = "cd:";

    public static string Encode(int index) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + index.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return index;
            }
        }
        catch (FormatException)
        {
            // Reported below with the same message as any other malformed cursor.
        }

        throw DirectoryErrors.Error(DirectoryErrors.InvalidCursor, $"'{(cursor.Length > 40 ? cursor[..40] + "…" : cursor)}' is not a cursor from this API.");
    }
}
