using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>Schema names, file names and record sniffing for <see cref="HsdsRecordKind"/>.</summary>
public static class HsdsRecordKinds
{
    public static string Schema(this HsdsRecordKind kind) => kind switch
    {
        HsdsRecordKind.TaxonomyTerm => "taxonomy_term",
        HsdsRecordKind.Organization => "organization",
        HsdsRecordKind.Service => "service",
        HsdsRecordKind.Location => "location",
        HsdsRecordKind.Taxonomy => "taxonomy",
        _ => "service_at_location",
    };

    /// <summary>File name without extension: <c>services</c>, <c>organizations</c>, <c>taxonomies</c>...</summary>
    public static string FileStem(this HsdsRecordKind kind) => kind == HsdsRecordKind.Taxonomy ? "taxonomies" : kind.Schema() + "s";

    /// <summary>Kinds we store; the others are validated and reported as not imported.</summary>
    public static bool IsStored(this HsdsRecordKind kind) => kind is not (HsdsRecordKind.Location or HsdsRecordKind.Taxonomy);

    /// <summary>Every field of the taxonomy schema; an organization with a <c>uri</c> has others.</summary>
    private static readonly HashSet<string> _taxonomyFields = new(StringComparer.Ordinal) { "id", "name", "description", "uri", "version", "metadata" };

    /// <summary>Suffixes of the specification's example files (<c>service_full.json</c>, <c>organization_list.json</c>).</summary>
    private static readonly string[] _exampleSuffixes = ["_full", "_simple", "_list"];

    /// <summary>The kind a file name announces (<c>services.ndjson</c>), or null.</summary>
    public static HsdsRecordKind? FromFileName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        stem = _exampleSuffixes.FirstOrDefault(s => stem.EndsWith(s, StringComparison.Ordinal)) is { } suffix ? stem[..^suffix.Length] : stem;
        foreach (var kind in Enum.GetValues<HsdsRecordKind>())
        {
            if (stem == kind.FileStem() || stem == kind.Schema())
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Guesses a record's kind from its fields when the file name does not say.</summary>
    /// <remarks>
    /// Each test names a field only that kind has (a service_at_location's nested <c>location</c>, singular, which may be
    /// all it has beside its id; a location's required <c>location_type</c>; a taxonomy has nothing but its own few).
    /// </remarks>
    public static HsdsRecordKind Sniff(JsonObject record) =>
        record.ContainsKey("service_id") || record.ContainsKey("location_id") || record.ContainsKey("service") || record.ContainsKey("location") ? HsdsRecordKind.ServiceAtLocation
        : record.ContainsKey("location_type") ? HsdsRecordKind.Location
        : record.ContainsKey("status") || record.ContainsKey("organization_id") || record.ContainsKey("organization") ? HsdsRecordKind.Service
        : record.ContainsKey("taxonomy") || record.ContainsKey("code") || record.ContainsKey("term_uri") || record.ContainsKey("parent_id") ? HsdsRecordKind.TaxonomyTerm
        : (record.ContainsKey("version") || record.ContainsKey("uri")) && record.All(p => _taxonomyFields.Contains(p.Key)) ? HsdsRecordKind.Taxonomy
        : HsdsRecordKind.Organization;
}
