using System.Text.Json.Nodes;
using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Interop;

/// <summary>The specification's own examples of HSDS 3.0 and 3.1, copied unmodified into Fixtures/hsds-official/.</summary>
public static class HsdsOfficialExamples
{
    public static string Folder(string version) => Path.Combine(RepositoryPaths.Root, "tests", "CareDirectory.Tests", "Interop", "Fixtures", "hsds-official", version);

    /// <summary>Every example (JSON files by name, then the CSV package), as (version, file or folder name).</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var version in new[] { "3.0", "3.1" })
        {
            foreach (var file in Json(version))
            {
                data.Add(version, file);
            }

            data.Add(version, "csv");
        }

        return data;
    }

    /// <summary>The JSON examples of a version (every file but the OpenAPI document).</summary>
    public static IEnumerable<string> Json(string version) =>
        Directory.GetFiles(Folder(version), "*.json").Select(Path.GetFileName).OfType<string>()
            .Where(f => f != "openapi.json").Order(StringComparer.Ordinal);

    /// <summary>
    /// The organizations and services of an example file or CSV package as the importer reads them: top-level, nested
    /// in each other and in a service_at_location (each id once).
    /// </summary>
    public static IEnumerable<(HsdsRecordKind Kind, JsonObject Record)> Records(string path)
    {
        var input = new HsdsInput(path, new HsdsSchemas(HsdsVersion.Hsds31));
        var records = input.ReadAsync(CancellationToken.None).ToBlockingEnumerable().ToList();
        var organizations = records.SelectMany(HsdsImportRecords.Organizations).Select(o => (HsdsRecordKind.Organization, o));
        var services = records.SelectMany(HsdsImportRecords.Services).Select(s => (HsdsRecordKind.Service, HsdsImportRecords.WithoutOrganization(s)));
        return organizations.Concat(services).DistinctBy(r => (r.Item1, r.Item2["id"]!.GetValue<string>()));
    }

    public static HsdsVersion Version(string version) => HsdsVersions.Parse(version)!.Value;
}
