using System.Text.RegularExpressions;
using CareDirectory.Domain;
using CareDirectory.Rules;
using NodaTime;

namespace CareDirectory.Seeding;

/// <summary>
/// Checks a whole seed set (uniqueness, references, formats) before anything is written, reading one file at a time
/// and keeping only what checks across files need: every key with the file it came from, county FIPS codes, and the
/// references to keys not seen yet (a program may name a partner in a later state's file), resolved at the end.
/// </summary>
public sealed partial class SeedValidator
{
    private readonly Dictionary<string, SeedServiceType> _serviceTypes;
    private readonly HashSet<string> _stateCodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allFips = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _partners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _programs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _meetings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _resources = new(StringComparer.Ordinal);
    private readonly List<ForwardReference> _forward = [];

    /// <summary>
    /// Records are checked as the loader would store them, with nothing resolved that needs the database: references
    /// are checked here by key instead.
    /// </summary>
    private static readonly SeedMapping _mapping = new(
        Guid.Empty,
        areas => SeedMapping.AreasOf(areas, Guid.Empty, _ => null),
        _ => null,
        code => new ServiceType { Code = code, Name = code });

    private SeedValidator(Dictionary<string, SeedServiceType> serviceTypes) => _serviceTypes = serviceTypes;

    /// <summary>Throws a <see cref="SeedException"/> for the first problem found in <paramref name="folders"/>.</summary>
    public static void Validate(string root, SeedTaxonomy taxonomy, IReadOnlyList<string> folders)
    {
        var taxonomyFile = Path.Combine(root, SeedReader.TaxonomyFile);
        var codes = new Dictionary<string, SeedServiceType>(StringComparer.Ordinal);
        foreach (var term in taxonomy.Terms)
        {
            Require(taxonomyFile, term.Code, "code", codes.TryAdd(term.Code, term), "duplicate key");
        }

        foreach (var term in taxonomy.Terms.Where(t => t.Parent is not null && !codes.ContainsKey(t.Parent)))
        {
            throw new SeedException(taxonomyFile, term.Code, "parent", $"unknown service type '{term.Parent}'");
        }

        var validator = new SeedValidator(codes);
        foreach (var folder in folders)
        {
            validator.ValidateFolder(root, folder);
        }

        validator.ResolveForwardReferences();
    }

    private void ValidateFolder(string root, string folder)
    {
        var state = SeedReader.ReadState(folder);
        Require(root, state.Code, "code", _stateCodes.Add(state.Code), "duplicate key");
        ValidateState(Path.Combine(folder, SeedReader.StateFile), state);
        var counties = state.Counties.ToDictionary(c => c.Slug, c => c.Fips, StringComparer.Ordinal);
        var countyFips = counties.Values.ToHashSet(StringComparer.Ordinal);

        foreach (var (file, partner) in Records(folder, SeedReader.PartnersFile, SeedReader.ReadPartners, _partners, p => p.Key))
        {
            // The seed set is the curated system of care: each partner there names its role (an HSDS import or an
            // editor may add an organization whose role is not known yet).
            Require(file, partner.Key, "roles", partner.Roles.Count > 0, "at least one system-of-care role is required");
            Obey(file, partner.Key, RecordRules.Check(AsStored(partner)));
            ValidateAreas(file, partner.Key, partner.ServiceAreas, state.Code, countyFips);
        }

        foreach (var (file, program) in Records(folder, SeedReader.ProgramsFile, SeedReader.ReadPrograms, _programs, p => p.Key))
        {
            Reference(file, program.Key, "partner", program.Partner, _partners, "partner");
            foreach (var code in program.ServiceTypes)
            {
                Require(file, program.Key, "serviceTypes", _serviceTypes.ContainsKey(code), $"unknown service type '{code}'");
            }

            Obey(file, program.Key, RecordRules.Check(AsStored(program)));
            ValidateAreas(file, program.Key, program.ServiceAreas, state.Code, countyFips);
        }

        foreach (var (file, meeting) in Records(folder, SeedReader.MeetingsFile, SeedReader.ReadMeetings, _meetings, m => m.Key))
        {
            Reference(file, meeting.Key, "organizer", meeting.Organizer, _partners, "partner");
            InCounty(file, meeting.Key, meeting.County, counties, state.Code);
            Obey(file, meeting.Key, RecordRules.Check(AsStored(meeting)));
        }

        foreach (var (file, resource) in Records(folder, SeedReader.EducatorResourcesFile, SeedReader.ReadEducatorResources, _resources, r => r.Key))
        {
            Reference(file, resource.Key, "owner", resource.Owner, _partners, "partner");
            InCounty(file, resource.Key, resource.County, counties, state.Code);
            Reference(file, resource.Key, "meeting", resource.Meeting, _meetings, "meeting");
            Obey(file, resource.Key, RecordRules.Check(AsStored(resource)));
        }
    }

    /// <summary>The records of one file of a state folder, each key checked unique across the seed set first.</summary>
    private static IEnumerable<(string File, T Record)> Records<T>(string folder, string fileName, Func<string, IEnumerable<T>> read, Dictionary<string, string> keys, Func<T, string> key)
    {
        var file = Path.Combine(folder, fileName);
        foreach (var record in read(folder))
        {
            Unique(keys, file, key(record));
            yield return (file, record);
        }
    }

    private static void InCounty(string file, string key, string? county, Dictionary<string, string> counties, string stateCode) =>
        Require(file, key, "county", county is null || counties.ContainsKey(county), $"unknown county '{county}' in {stateCode}");

    private void ValidateState(string file, SeedState state)
    {
        ValidateCommon(file, state.Key, state.Provenance);
        Require(file, state.Key, "code", StateCode().IsMatch(state.Code), "must be two upper-case letters");
        Require(file, state.Key, "fipsCode", TwoDigits().IsMatch(state.FipsCode), "must be two digits");
        Require(file, state.Key, "timeZone", DateTimeZoneProviders.Tzdb.GetZoneOrNull(state.TimeZone) is not null, $"unknown IANA time zone '{state.TimeZone}'");
        Require(file, state.Key, "countiesProvenance", state.Counties.Count == 0 || state.CountiesProvenance is not null, "counties need a source");
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var county in state.Counties)
        {
            Require(file, county.Slug, "slug", Slug().IsMatch(county.Slug) && slugs.Add(county.Slug), "must be a unique lower-case slug");
            Require(file, county.Slug, "fips", FiveDigits().IsMatch(county.Fips) && county.Fips.StartsWith(state.FipsCode, StringComparison.Ordinal), $"must be five digits starting with the state's FIPS code {state.FipsCode}");
            Require(file, county.Slug, "fips", _allFips.Add(county.Fips), "duplicate county FIPS code");
        }
    }

    /// <summary>A reference to a key not seen yet is checked once every file has been read.</summary>
    private void Reference(string file, string record, string field, string? key, Dictionary<string, string> keys, string kind)
    {
        if (key is not null && !keys.ContainsKey(key))
        {
            _forward.Add(new ForwardReference(file, record, field, key, keys, kind));
        }
    }

    private void ResolveForwardReferences()
    {
        foreach (var r in _forward)
        {
            Require(r.File, r.Record, r.Field, r.Keys.ContainsKey(r.Key), $"unknown {r.Kind} '{r.Key}'");
        }
    }

    // The file path string is shared by all of a file's keys, so each key costs only itself and a dictionary entry.
    private static void Unique(Dictionary<string, string> seen, string file, string key) =>
        Require(file, key, "key", seen.TryAdd(key, file), $"duplicate key (also in {(seen.TryGetValue(key, out var other) ? other : file)})");

    private static void ValidateAreas(string file, string key, IEnumerable<SeedServiceArea> areas, string stateCode, HashSet<string> countyFips)
    {
        foreach (var area in areas)
        {
            switch (area.Kind)
            {
                case ServiceAreaKind.State:
                    Require(file, key, "serviceAreas.code", area.Code == stateCode, $"a state service area must be the file's own state {stateCode}");
                    break;
                case ServiceAreaKind.County:
                    Require(file, key, "serviceAreas.code", countyFips.Contains(area.Code), $"unknown county FIPS '{area.Code}' in {stateCode}");
                    break;
                default:
                    Require(file, key, "serviceAreas.code", !string.IsNullOrWhiteSpace(area.Code), "code is required");
                    break;
            }
        }
    }

    private static Partner AsStored(SeedPartner p) => Applied(SeedMapping.New(p), r => _mapping.Apply(p, r));

    private static CareProgram AsStored(SeedProgram p) => Applied(SeedMapping.New(p), r => _mapping.Apply(p, r));

    private static Meeting AsStored(SeedMeeting m) => Applied(SeedMapping.New(m), r => _mapping.Apply(m, r));

    private static EducatorResource AsStored(SeedEducatorResource e) => Applied(SeedMapping.New(e), r => _mapping.Apply(e, r));

    private static T Applied<T>(T record, Action<T> apply)
    {
        apply(record);
        return record;
    }

    /// <summary>The first record-rule violation stops the seed, named by file, key and the rule's field and code.</summary>
    private static void Obey(string file, string key, IReadOnlyList<RuleViolation> violations)
    {
        if (violations.Count > 0)
        {
            throw new SeedException(file, key, violations[0].Field, violations[0].Message, violations[0].Code);
        }
    }

    private static void ValidateCommon(string file, string key, Provenance provenance)
    {
        Require(file, key, "key", !string.IsNullOrWhiteSpace(key) && key.Length <= 200, "a key of 1 to 200 characters is required");
        Require(file, key, "provenance.source", !string.IsNullOrWhiteSpace(provenance.Source), "every record must name its source");
    }

    private static void Require(string file, string? record, string field, bool condition, string problem)
    {
        if (!condition)
        {
            throw new SeedException(file, record, field, problem);
        }
    }

    /// <summary>A reference met before the record it names; <see cref="Keys"/> is where that record will be.</summary>
    private sealed record ForwardReference(string File, string Record, string Field, string Key, Dictionary<string, string> Keys, string Kind);

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex StateCode();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex TwoDigits();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex FiveDigits();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
