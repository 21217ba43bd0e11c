using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>
/// Keeps what an imported HSDS record said beyond our model (<c>HsdsExtra</c>), so export gives it back.
/// On import we compare each top-level field of the original with what our export would generate from the mapped
/// entity: fields that differ (unknown fields, sub-records with ids or details we do not store) are kept verbatim with a
/// hash of what we generated at the time. On export a kept field replaces the generated one only while the generated
/// value still has that hash, i.e. while nobody has edited what it maps to; after an edit our data wins.
/// </summary>
public static class HsdsExtraFields
{
    public static string? Capture(JsonObject original, JsonObject generated)
    {
        var fields = new JsonObject();
        var hashes = new JsonObject();
        var absent = new JsonArray();
        foreach (var (name, value) in original)
        {
            if (!JsonNode.DeepEquals(value, generated[name]))
            {
                fields[name] = value?.DeepClone();
                hashes[name] = HsdsJson.Hash(generated[name]);
            }
        }

        foreach (var (name, value) in generated)
        {
            if (!original.ContainsKey(name))
            {
                absent.Add(name);
                hashes[name] = HsdsJson.Hash(value);
            }
        }

        return hashes.Count == 0 ? null : new JsonObject { ["fields"] = fields, ["generated"] = hashes, ["absent"] = absent }.ToJsonString(HsdsJson.Compact);
    }

    /// <summary>
    /// Adds or replaces (by id) sub-records of a field we never generate, such as a service's
    /// <c>service_at_locations</c> imported as records of their own. <paramref name="implied"/> is a field the place of
    /// keeping says (a service_at_location kept in its service needs no <c>service_id</c>): a replaced sub-record that
    /// did not have it does not gain it, so our export's service_at_locations file, which adds it, imports back unchanged.
    /// </summary>
    public static string Merge(string? extra, string name, IEnumerable<JsonObject> items, (string Field, string Value) implied)
    {
        var kept = string.IsNullOrEmpty(extra) ? [] : JsonNode.Parse(extra)!.AsObject();
        var fields = kept["fields"] as JsonObject ?? [];
        var current = fields[name] as JsonArray ?? [];
        foreach (var item in items)
        {
            var index = current.Select((node, i) => (node, i)).FirstOrDefault(e => e.node?["id"]?.ToJsonString() == item["id"]?.ToJsonString(), (null, -1)).Item2;
            if (index >= 0)
            {
                var replacement = item.DeepClone().AsObject();
                if (current[index] is JsonObject before && !before.ContainsKey(implied.Field) && replacement.Text(implied.Field) == implied.Value)
                {
                    replacement.Remove(implied.Field);
                }

                current[index] = replacement;
            }
            else
            {
                current.Add(item.DeepClone());
            }
        }

        fields[name] = current.DeepClone();
        var hashes = kept["generated"] as JsonObject ?? [];
        hashes[name] = HsdsJson.Hash(null);
        return new JsonObject { ["fields"] = fields.DeepClone(), ["generated"] = hashes.DeepClone(), ["absent"] = kept["absent"]?.DeepClone() ?? new JsonArray() }
            .ToJsonString(HsdsJson.Compact);
    }

    public static JsonObject Apply(string? extra, JsonObject generated)
    {
        if (string.IsNullOrEmpty(extra) || JsonNode.Parse(extra) is not JsonObject kept)
        {
            return generated;
        }

        var hashes = kept["generated"] as JsonObject ?? [];
        bool Unchanged(string name) => hashes[name]?.GetValue<string>() == HsdsJson.Hash(generated[name]);
        foreach (var name in (kept["absent"] as JsonArray ?? []).Select(n => n!.GetValue<string>()).Where(Unchanged).ToList())
        {
            generated.Remove(name);
        }

        foreach (var (name, value) in (kept["fields"] as JsonObject ?? []).Where(f => Unchanged(f.Key)).ToList())
        {
            generated[name] = value?.DeepClone();
        }

        return generated;
    }
}
