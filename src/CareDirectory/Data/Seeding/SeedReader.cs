using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareDirectory.Data.Seeding;

/// <summary>
/// Reads and strictly parses a seed folder one file at a time (unknown fields, missing required fields and bad enum
/// values are errors), so a caller holds at most one file's records: a national set is 700 MB of JSON.
/// </summary>
public static class SeedReader
{
    public const string TaxonomyFile = "taxonomy.json";
    public const string StateFile = "state.json";
    public const string PartnersFile = "partners.json";
    public const string ProgramsFile = "programs.json";
    public const string MeetingsFile = "meetings.json";
    public const string EducatorResourcesFile = "educator-resources.json";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    /// <summary>The state folders of a seed folder (those with a state.json), in a stable order.</summary>
    public static IReadOnlyList<string> StateFolders(string root) => !System.IO.Directory.Exists(root)
        ? throw new SeedException(root, null, null, "seed folder not found")
        : System.IO.Directory.GetDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, StateFile)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The taxonomy of a seed folder (the synthetic generator also draws service types from it).</summary>
    public static SeedTaxonomy ReadTaxonomy(string root) => Parse<SeedTaxonomy>(Path.Combine(root, TaxonomyFile), required: true)!;

    public static SeedState ReadState(string folder) => Parse<SeedState>(Path.Combine(folder, StateFile), required: true)!;

    public static IReadOnlyList<SeedPartner> ReadPartners(string folder) =>
        Parse<SeedPartnerFile>(Path.Combine(folder, PartnersFile))?.Partners ?? [];

    public static IReadOnlyList<SeedProgram> ReadPrograms(string folder) =>
        Parse<SeedProgramFile>(Path.Combine(folder, ProgramsFile))?.Programs ?? [];

    public static IReadOnlyList<SeedMeeting> ReadMeetings(string folder) =>
        Parse<SeedMeetingFile>(Path.Combine(folder, MeetingsFile))?.Meetings ?? [];

    public static IReadOnlyList<SeedEducatorResource> ReadEducatorResources(string folder) =>
        Parse<SeedEducatorResourceFile>(Path.Combine(folder, EducatorResourcesFile))?.EducatorResources ?? [];

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
