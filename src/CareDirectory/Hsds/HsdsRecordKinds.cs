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
        _ => "service_at_location",
    };

    /// <summary>File name without extension: <c>services</c>, <c>organizations</c>, ...</summary>
    public static string FileStem(this HsdsRecordKind kind) => kind.Schema() + "s";

    /// <summary>The kind a file name announces (<c>services.ndjson</c>), or null.</summary>
    public static HsdsRecordKind? FromFileName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
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
    public static HsdsRecordKind Sniff(JsonObject record) =>
        record.ContainsKey("status") || record.ContainsKey("organization_id") || record.ContainsKey("organization") ? HsdsRecordKind.Service
        : record.ContainsKey("service_id") || record.ContainsKey("location") ? HsdsRecordKind.ServiceAtLocation
        : record.ContainsKey("taxonomy") || record.ContainsKey("code") || record.ContainsKey("term_uri") ? HsdsRecordKind.TaxonomyTerm
        : HsdsRecordKind.Organization;
}
