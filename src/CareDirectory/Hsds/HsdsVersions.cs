using System.Text;
using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>Version names as users write them (<c>--hsds-version 3.1</c>) and how an input's version is recognised.</summary>
public static class HsdsVersions
{
    /// <summary>Tables HSDS 3.1 added; a data package that lists one is 3.1 whatever its <c>version</c> says (the official 3.1 package still says 3.0.0).</summary>
    public static readonly IReadOnlySet<string> TablesOnlyIn31 = new HashSet<string>(StringComparer.Ordinal) { "service_capacity", "unit", "url" };

    /// <summary>Properties HSDS 3.1 added whose names 3.0 uses nowhere, so finding one in a JSON file tells the version.</summary>
    public static readonly IReadOnlyList<string> PropertiesOnlyIn31 = ["additional_urls", "additional_websites", "capacities"];

    public static string Name(this HsdsVersion version) => version == HsdsVersion.Hsds31 ? "3.1" : "3.0";

    /// <summary>Folder of the embedded schemas (<c>schema/hsds</c> holds 3.0, <c>schema/hsds-3.1</c> 3.1).</summary>
    public static string ResourcePrefix(this HsdsVersion version) => version == HsdsVersion.Hsds31 ? "hsds-3.1/" : "hsds/";

    public static HsdsVersion? Parse(string? text) => text?.Trim() switch
    {
        "3.0" or "3.0.0" => HsdsVersion.Hsds30,
        "3.1" or "3.1.0" => HsdsVersion.Hsds31,
        _ => null,
    };

    /// <summary>
    /// The version an input is written in: a data package's tables (or its <c>version</c>), else 3.1 when a JSON file uses
    /// a property only 3.1 defines, else 3.0. The JSON check reads bytes without parsing, so it costs little next to
    /// validation. A 3.1 file that uses none of them is valid 3.0 as well: 3.1 only added to 3.0.
    /// </summary>
    public static HsdsVersion Detect(string path)
    {
        if (Directory.Exists(path))
        {
            var package = Path.Combine(path, "datapackage.json");
            return File.Exists(package) ? DetectPackage(path, package)
                : Directory.GetFiles(path).Any(f => Path.GetExtension(f) is ".json" or ".ndjson" or ".jsonl" && Uses31Property(f)) ? HsdsVersion.Hsds31 : HsdsVersion.Hsds30;
        }

        return File.Exists(path) && Uses31Property(path) ? HsdsVersion.Hsds31 : HsdsVersion.Hsds30;
    }

    private static HsdsVersion DetectPackage(string folder, string package)
    {
        JsonObject? descriptor = null;
        try
        {
            descriptor = JsonNode.Parse(File.ReadAllText(package)) as JsonObject;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or IOException or DecoderFallbackException)
        {
            // The package reader reports an unreadable descriptor; the tables present still tell the version.
        }

        var tables = (descriptor?.Objects("resources") ?? []).Select(r => r.Text("name")).OfType<string>();
        var tableFiles = Directory.GetFiles(folder, "*.csv").Select(f => Path.GetFileNameWithoutExtension(f).TrimEnd('s'));
        return tables.Concat(tableFiles).Any(TablesOnlyIn31.Contains) ? HsdsVersion.Hsds31
            : Parse(descriptor?.Text("version")) ?? HsdsVersion.Hsds30;
    }

    private static bool Uses31Property(string file)
    {
        var needles = PropertiesOnlyIn31.Select(p => Encoding.UTF8.GetBytes($"\"{p}\"")).ToList();
        var keep = needles.Max(n => n.Length) - 1;
        var buffer = new byte[(1 << 16) + keep];
        using var stream = File.OpenRead(file);
        var carried = 0;
        int read;
        while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var window = buffer.AsSpan(0, carried + read);
            foreach (var needle in needles)
            {
                if (window.IndexOf(needle) >= 0)
                {
                    return true;
                }
            }

            // Keep the tail so a name split across two reads is still found.
            carried = Math.Min(keep, window.Length);
            window[^carried..].CopyTo(buffer);
        }

        return false;
    }
}
