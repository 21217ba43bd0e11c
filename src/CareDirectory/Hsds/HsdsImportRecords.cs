using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>Splits compiled records into what we store separately: an organization's services, a service's organization.</summary>
internal static class HsdsImportRecords
{
    public static JsonObject WithoutServices(JsonObject organization) => Without(organization, "services");

    public static JsonObject WithoutOrganization(JsonObject service) => Without(service, "organization");

    /// <summary>Every service in a record: the record itself, or an organization's nested services (given its id).</summary>
    public static IEnumerable<JsonObject> Services(HsdsRecord record) => record.Kind switch
    {
        HsdsRecordKind.Service => [record.Value],
        HsdsRecordKind.Organization => (record.Value["services"] as JsonArray ?? []).OfType<JsonObject>().Select(s =>
        {
            if (s["organization_id"] is null && record.Value.Text("id") is { } id)
            {
                s = s.DeepClone().AsObject();
                s["organization_id"] = id;
            }

            return s;
        }),
        _ => [],
    };

    /// <summary>Every organization in a record: the record itself (without services) or a service's nested organization.</summary>
    public static IEnumerable<JsonObject> Organizations(HsdsRecord record) => record.Kind switch
    {
        HsdsRecordKind.Organization => [WithoutServices(record.Value)],
        HsdsRecordKind.Service when record.Value["organization"] is JsonObject nested => [nested],
        _ => [],
    };

    private static JsonObject Without(JsonObject record, string property)
    {
        if (!record.ContainsKey(property))
        {
            return record;
        }

        var copy = new JsonObject();
        foreach (var (name, value) in record)
        {
            if (name != property)
            {
                copy[name] = value?.DeepClone();
            }
        }

        return copy;
    }
}
