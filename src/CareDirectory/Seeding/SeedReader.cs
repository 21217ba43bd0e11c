using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareDirectory.Seeding;

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

    public static IEnumerable<SeedPartner> ReadPartners(string folder) =>
        Records<SeedPartnerFile, SeedPartner>(Path.Combine(folder, PartnersFile), "partners");

    public static IEnumerable<SeedProgram> ReadPrograms(string folder) =>
        Records<SeedProgramFile, SeedProgram>(Path.Combine(folder, ProgramsFile), "programs");

    public static IEnumerable<SeedMeeting> ReadMeetings(string folder) =>
        Records<SeedMeetingFile, SeedMeeting>(Path.Combine(folder, MeetingsFile), "meetings");

    public static IEnumerable<SeedEducatorResource> ReadEducatorResources(string folder) =>
        Records<SeedEducatorResourceFile, SeedEducatorResource>(Path.Combine(folder, EducatorResourcesFile), "educatorResources");

    /// <summary>
    /// The records of a list file (<c>{"partners": [...]}</c>), deserialized one at a time from the file's bytes: a
    /// national programs.json is 30 MB of UTF-8 but several times that as objects. On any problem the file is parsed
    /// again whole, as <typeparamref name="TFile"/>, so the error names the path and line as System.Text.Json reports them.
    /// </summary>
    private static IEnumerable<T> Records<TFile, T>(string file, string property)
        where TFile : class
        where T : class
    {
        if (!File.Exists(file))
        {
            yield break;
        }

        var bytes = File.ReadAllBytes(file);
        var json = bytes.AsMemory(bytes.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0);
        var records = RecordRanges(json.Span, property) ?? throw Problem<TFile>(file, "the file is not one object with a list of records");
        for (var i = 0; i < records.Count; i++)
        {
            yield return Record<T>(json.Span[records[i]]) ?? throw Problem<TFile>(file, $"record {i + 1} of '{property}' cannot be read");
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static T? Record<T>(ReadOnlySpan<byte> json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Where each element of the one array property lies, or null when the file has another shape.</summary>
    private static List<Range>? RecordRanges(ReadOnlySpan<byte> json, string property)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            List<Range>? ranges = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (ranges is not null || !string.Equals(reader.GetString(), property, StringComparison.OrdinalIgnoreCase)
                    || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                {
                    return null;
                }

                ranges = [];
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    ranges.Add(start..(int)reader.BytesConsumed);
                }
            }

            return reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? ranges : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The whole-file parse's error for a file the record reader rejected, or <paramref name="fallback"/> if that parse passes.</summary>
    private static SeedException Problem<TFile>(string file, string fallback)
        where TFile : class
    {
        try
        {
            Parse<TFile>(file);
        }
        catch (SeedException e)
        {
            return e;
        }

        return new SeedException(file, null, null, fallback);
    }

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
