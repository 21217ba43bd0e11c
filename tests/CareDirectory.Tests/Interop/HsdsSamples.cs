using System.Text.Json.Nodes;

namespace CareDirectory.Tests.Interop;

/// <summary>Small valid HSDS records for tests to write, break and import; ids are derived from numbers so tests can name them.</summary>
public static class HsdsSamples
{
    public static Guid Id(int kind, int n) => new($"{kind:x8}-0000-4000-8000-{n:x12}");

    public static JsonObject Organization(int n) => new()
    {
        ["id"] = Id(1, n).ToString(),
        ["name"] = $"Organization {n}",
        ["description"] = $"Generated organization {n}",
        ["email"] = "org@example.org",
        ["website"] = "https://example.org/",
    };

    /// <summary>A compiled service with its nested organization (one organization per ten services) and a term of another taxonomy.</summary>
    public static JsonObject Service(int n)
    {
        var id = Id(2, n).ToString();
        var term = Id(3, n % 7).ToString();
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = $"Service {n}",
            ["status"] = "active",
            ["description"] = $"Generated service {n}",
            ["organization_id"] = Id(1, n / 10).ToString(),
            ["organization"] = Organization(n / 10),
            ["minimum_age"] = 5,
            ["maximum_age"] = 21,
            ["languages"] = new JsonArray(new JsonObject { ["id"] = Id(4, n).ToString(), ["code"] = "es" }),
            ["service_areas"] = new JsonArray(new JsonObject { ["id"] = Id(5, n).ToString(), ["name"] = "Bergen County" }),
            ["attributes"] = new JsonArray(new JsonObject
            {
                ["id"] = Id(6, n).ToString(),
                ["link_id"] = id,
                ["taxonomy_term_id"] = term,
                ["taxonomy_term"] = new JsonObject { ["id"] = term, ["code"] = $"respite-{n % 7}", ["name"] = $"Respite {n % 7}", ["description"] = "Respite care", ["taxonomy"] = "openeligibility" },
            }),
        };
    }

    public static async Task WriteNdjsonAsync(string path, IEnumerable<JsonObject> records)
    {
        await using var writer = new StreamWriter(path);
        foreach (var record in records)
        {
            await writer.WriteLineAsync(record.ToJsonString());
        }
    }
}
