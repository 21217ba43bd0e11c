using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>
/// Splits compiled records into what we store separately: an organization's services, a service's organization, a
/// service_at_location's service (each shape the specification's examples use).
/// </summary>
internal static class HsdsImportRecords
{
    public static JsonObject WithoutServices(JsonObject organization) => Without(organization, "services");

    public static JsonObject WithoutOrganization(JsonObject service) => Without(service, "organization");

    /// <summary>Every service in a record: the record itself, or an organization's nested services (given its id).</summary>
    public static IEnumerable<JsonObject> Services(HsdsRecord record) => record.Kind switch
    {
        HsdsRecordKind.Service => [record.Value],
        HsdsRecordKind.ServiceAtLocation when record.Value["service"] is JsonObject nested => [nested],
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
        HsdsRecordKind.ServiceAtLocation when record.Value["service"] is JsonObject { } service && service["organization"] is JsonObject nested => [nested],
        _ => [],
    };

    /// <summary>The service a service_at_location is of: its <c>service_id</c>, else the id of its nested <c>service</c>.</summary>
    public static Guid? ServiceId(JsonObject serviceAtLocation) => serviceAtLocation.Id("service_id") ?? (serviceAtLocation["service"] as JsonObject)?.Id("id");

    /// <summary>A service_at_location as kept with its service: the nested service (stored as the service itself) replaced by its id.</summary>
    public static JsonObject ServiceAtLocation(JsonObject serviceAtLocation)
    {
        if (serviceAtLocation["service"] is not JsonObject)
        {
            return serviceAtLocation;
        }

        var kept = Without(serviceAtLocation, "service");
        kept["service_id"] ??= ServiceId(serviceAtLocation)?.ToString();
        return kept;
    }

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
