using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>Small readers and writers for HSDS records held as <see cref="JsonObject"/>.</summary>
public static class HsdsJson
{
    public static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Text(this JsonObject record, string name) =>
        record[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    public static double? Number(this JsonObject record, string name) =>
        record[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;

    public static Guid? Id(this JsonObject record, string name) =>
        Guid.TryParse(record.Text(name), out var id) ? id : null;

    public static IEnumerable<JsonObject> Objects(this JsonObject record, string name) =>
        record[name] is JsonArray array ? array.OfType<JsonObject>() : [];

    public static JsonObject Put(this JsonObject record, string name, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            record[name] = text;
        }

        return record;
    }

    public static JsonObject Put(this JsonObject record, string name, double? number)
    {
        if (number is { } n)
        {
            record[name] = n;
        }

        return record;
    }

    public static JsonObject Put(this JsonObject record, string name, IEnumerable<JsonObject> items)
    {
        var array = new JsonArray([.. items]);
        if (array.Count > 0)
        {
            record[name] = array;
        }

        return record;
    }

    public static string Format(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>SHA-256 of a node's compact JSON ("null" for a missing value); stable for the same content.</summary>
    public static string Hash(JsonNode? node) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(node?.ToJsonString(Compact) ?? "null")));
}
