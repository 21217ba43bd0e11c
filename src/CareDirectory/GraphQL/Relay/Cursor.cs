using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareDirectory.GraphQL.Relay;

/// <summary>
/// Keyset ("seek") cursors: the sort-key values of an item (ending with its id) and a fingerprint of the ordering
/// they belong to, signed with HMAC-SHA256. A page resumes strictly after (or before) those values, so items added or
/// archived elsewhere in the list never shift it. Damaged, forged or foreign cursors are INVALID_CURSOR.
/// </summary>
public sealed class Cursor(string secret)
{
    private const int MacLength = 16;

    private readonly byte[] _key = Encoding.UTF8.GetBytes(secret);

    /// <summary>The cursor of an item whose sort keys are <paramref name="values"/> in the ordering <paramref name="ordering"/>.</summary>
    public string Encode(string ordering, IReadOnlyList<object?> values)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(Fingerprint(ordering), [.. values.Select(v => JsonSerializer.SerializeToElement(v))]));
        return Base64Url.EncodeToString([.. Mac(payload), .. payload]);
    }

    /// <summary>The sort-key values in <paramref name="cursor"/>, typed as <paramref name="types"/>; INVALID_CURSOR unless it is ours and of <paramref name="ordering"/>.</summary>
    public object?[] Decode(string cursor, string ordering, IReadOnlyList<Type> types)
    {
        Payload? payload = null;
        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            if (bytes.Length > MacLength && CryptographicOperations.FixedTimeEquals(bytes.AsSpan(0, MacLength), Mac(bytes.AsSpan(MacLength))))
            {
                payload = JsonSerializer.Deserialize<Payload>(bytes.AsSpan(MacLength));
            }
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            // Reported below with the same message as any other cursor that is not ours.
        }

        if (payload?.Keys is not { } keys)
        {
            throw DirectoryErrors.Error(DirectoryErrors.InvalidCursor, $"'{(cursor.Length > 40 ? cursor[..40] + "…" : cursor)}' is not a cursor from this API.");
        }

        if (payload.Ordering != Fingerprint(ordering) || keys.Length != types.Count)
        {
            throw DirectoryErrors.Error(DirectoryErrors.InvalidCursor, "This cursor belongs to another list or another `order`; page with cursors of the same query.");
        }

        return [.. keys.Select((k, i) => k.Deserialize(types[i]))];
    }

    private byte[] Mac(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(_key, payload)[..MacLength];

    private static string Fingerprint(string ordering) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ordering)).AsSpan(0, 8));

    private sealed record Payload([property: JsonPropertyName("o")] string Ordering, [property: JsonPropertyName("k")] JsonElement[] Keys);
}
