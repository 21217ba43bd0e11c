using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareDirectory.Data.Seeding;

/// <summary>Reads and strictly parses a seed folder: unknown fields, missing required fields and bad enum values are errors.</summary>
public static class SeedReader
{
    public const string TaxonomyFile = "taxonomy.json";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static SeedSet Read(string root)
    {
        if (!System.IO.Directory.Exists(root))
        {
            throw new SeedException(root, null, null, "seed folder not found");
        }

        var taxonomy = Parse<SeedTaxonomy>(Path.Combine(root, TaxonomyFile), required: true)!;
        var states = System.IO.Directory.GetDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, "state.json")))
            .Order(StringComparer.Ordinal)
            .Select(ReadState)
            .ToList();
        return new SeedSet(taxonomy, states);
    }

    /// <summary>Just the taxonomy of a seed folder (the synthetic generator draws service types from it).</summary>
    public static SeedTaxonomy ReadTaxonomy(string root) => Parse<SeedTaxonomy>(Path.Combine(root, TaxonomyFile), required: true)!;

    private static SeedStateFolder ReadState(string folder) => new(
        folder,
        Parse<SeedState>(Path.Combine(folder, "state.json"), required: true)!,
        Parse<SeedPartnerFile>(Path.Combine(folder, "partners.json"))?.Partners ?? [],
        Parse<SeedProgramFile>(Path.Combine(folder, "programs.json"))?.Programs ?? [],
        Parse<SeedMeetingFile>(Path.Combine(folder, "meetings.json"))?.Meetings ?? [],
        Parse<SeedEducatorResourceFile>(Path.Combine(folder, "educator-resources.json"))?.EducatorResources ?? []);

    private static T? Parse<T>(string file, bool required = false)
        where T : class
    {
        if (!File.Exists(file))
        {
            return required ? throw new SeedException(file, null, null, "required file is missing") : null;
        }

        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new SeedException(file, null, null, "file is empty (null)");
        }
        catch (JsonException e)
        {
            throw new SeedException(file, null, e.Path, $"{FirstSentence(e.Message)} (line {(e.LineNumber ?? 0) + 1})");
        }
    }

    // System.Text.Json appends its own "Path: ... | LineNumber: ..." suffix; we report those ourselves.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
