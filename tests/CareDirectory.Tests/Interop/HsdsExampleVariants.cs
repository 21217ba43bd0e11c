using System.Text.Json.Nodes;
using CareDirectory.Hsds;

namespace CareDirectory.Tests.Interop;

/// <summary>
/// One-field breakages of a valid record: each required field removed, each present field given a value of another
/// JSON type, each enum field an unknown value, each reference we resolve pointed nowhere, and the record twice (a
/// duplicate id). Each variant is a document that must be refused.
/// </summary>
public static class HsdsExampleVariants
{
    private const string Nowhere = "00000000-0000-4000-8000-00000000dead";

    public static IEnumerable<(string Variant, JsonNode Document)> Of(JsonObject record, HsdsRecordKind kind, JsonObject schema)
    {
        var properties = schema["properties"] as JsonObject ?? [];
        foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
        {
            yield return ($"without {required}", Changed(record, r => r.Remove(required)));
        }

        foreach (var (name, value) in record.ToList())
        {
            yield return ($"{name} of the wrong type", Changed(record, r => r[name] = WrongType(value)));
            if (properties[name]?["enum"] is JsonArray)
            {
                yield return ($"{name} not in its enum", Changed(record, r => r[name] = "not-an-hsds-value"));
            }
        }

        foreach (var (variant, change) in Dangling(record, kind))
        {
            yield return (variant, Changed(record, change));
        }

        yield return ("duplicate id", new JsonArray(record.DeepClone(), record.DeepClone()));
    }

    /// <summary>
    /// The references import resolves, each pointed at an id that is nowhere (the nested copy removed). Not a taxonomy
    /// term's <c>parent_id</c>: the official taxonomy_term example's own parent is in no example, so it is kept as given.
    /// </summary>
    private static IEnumerable<(string, Action<JsonObject>)> Dangling(JsonObject record, HsdsRecordKind kind)
    {
        switch (kind)
        {
            case HsdsRecordKind.Service:
                yield return ("organization_id dangling", r => { r.Remove("organization"); r["organization_id"] = Nowhere; });
                if (record["attributes"] is JsonArray { Count: > 0 })
                {
                    yield return ("attributes[0].taxonomy_term_id dangling", r =>
                    {
                        var attribute = r["attributes"]![0]!.AsObject();
                        attribute.Remove("taxonomy_term");
                        attribute["taxonomy_term_id"] = Nowhere;
                    });
                }

                break;
            case HsdsRecordKind.ServiceAtLocation:
                yield return ("service_id dangling", r => { r.Remove("service"); r["service_id"] = Nowhere; });
                break;
        }
    }

    private static JsonNode WrongType(JsonNode? value) => value switch
    {
        JsonArray => "not a list",
        JsonObject => "not an object",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(12345),
        _ => "not a number or boolean",
    };

    private static JsonObject Changed(JsonObject record, Action<JsonObject> change)
    {
        var copy = record.DeepClone().AsObject();
        change(copy);
        return copy;
    }
}
