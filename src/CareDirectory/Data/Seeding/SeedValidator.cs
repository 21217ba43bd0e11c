using System.Text.RegularExpressions;
using NodaTime;

namespace CareDirectory.Data.Seeding;

/// <summary>Checks a whole seed set (uniqueness, references, formats) before anything is written.</summary>
public static partial class SeedValidator
{
    public static void Validate(SeedSet set, string root)
    {
        var taxonomyFile = Path.Combine(root, SeedReader.TaxonomyFile);
        var codes = Unique(set.Taxonomy.Terms, t => t.Code, taxonomyFile, "code");
        foreach (var term in set.Taxonomy.Terms.Where(t => t.Parent is not null && !codes.ContainsKey(t.Parent)))
        {
            throw new SeedException(taxonomyFile, term.Code, "parent", $"unknown service type '{term.Parent}'");
        }

        Unique(set.States, s => s.State.Code, root, "code");
        var partners = UniqueAcross(set, f => f.Partners, p => p.Key, "partners.json");
        UniqueAcross(set, f => f.Programs, p => p.Key, "programs.json");
        var meetings = UniqueAcross(set, f => f.Meetings, m => m.Key, "meetings.json");
        UniqueAcross(set, f => f.EducatorResources, r => r.Key, "educator-resources.json");
        var allFips = new HashSet<string>(StringComparer.Ordinal);

        foreach (var folder in set.States)
        {
            ValidateState(folder, allFips);
            var counties = folder.State.Counties.ToDictionary(c => c.Slug, c => c.Fips, StringComparer.Ordinal);
            var countyFips = counties.Values.ToHashSet(StringComparer.Ordinal);
            var file = Path.Combine(folder.Folder, "partners.json");
            foreach (var partner in folder.Partners)
            {
                Require(file, partner.Key, "roles", partner.Roles.Count > 0, "at least one system-of-care role is required");
                ValidateCommon(file, partner.Key, partner.Provenance);
                ValidateAreas(file, partner.Key, partner.ServiceAreas, folder.State.Code, countyFips);
            }

            file = Path.Combine(folder.Folder, "programs.json");
            foreach (var program in folder.Programs)
            {
                ValidateCommon(file, program.Key, program.Provenance);
                Require(file, program.Key, "partner", partners.ContainsKey(program.Partner), $"unknown partner '{program.Partner}'");
                foreach (var code in program.ServiceTypes)
                {
                    Require(file, program.Key, "serviceTypes", codes.ContainsKey(code), $"unknown service type '{code}'");
                }

                var e = program.Eligibility;
                Require(file, program.Key, "eligibility.minimumAge", e.MinimumAge is null or (>= 0 and <= 120), "age must be between 0 and 120");
                Require(file, program.Key, "eligibility.maximumAge", e.MaximumAge is null or (>= 0 and <= 120), "age must be between 0 and 120");
                Require(file, program.Key, "eligibility.maximumAge", e.MinimumAge is null || e.MaximumAge is null || e.MinimumAge <= e.MaximumAge, "minimum age is above maximum age");
                ValidateAreas(file, program.Key, program.ServiceAreas, folder.State.Code, countyFips);
            }

            file = Path.Combine(folder.Folder, "meetings.json");
            foreach (var meeting in folder.Meetings)
            {
                ValidateCommon(file, meeting.Key, meeting.Provenance);
                Require(file, meeting.Key, "organizer", meeting.Organizer is null || partners.ContainsKey(meeting.Organizer), $"unknown partner '{meeting.Organizer}'");
                Require(file, meeting.Key, "county", meeting.County is null || counties.ContainsKey(meeting.County), $"unknown county '{meeting.County}' in {folder.State.Code}");
                foreach (var error in Meetings.MeetingScheduleValidator.Validate(meeting.Schedule))
                {
                    throw new SeedException(file, meeting.Key, error.Field, $"{error.Code}: {error.Message}");
                }
            }

            file = Path.Combine(folder.Folder, "educator-resources.json");
            foreach (var resource in folder.EducatorResources)
            {
                ValidateCommon(file, resource.Key, resource.Provenance);
                Require(file, resource.Key, "owner", resource.Owner is null || partners.ContainsKey(resource.Owner), $"unknown partner '{resource.Owner}'");
                Require(file, resource.Key, "county", resource.County is null || counties.ContainsKey(resource.County), $"unknown county '{resource.County}' in {folder.State.Code}");
                Require(file, resource.Key, "meeting", resource.Meeting is null || meetings.ContainsKey(resource.Meeting), $"unknown meeting '{resource.Meeting}'");
                foreach (var topic in resource.Topics)
                {
                    Require(file, resource.Key, "topics", Domain.ResourceTopics.All.Contains(topic), $"unknown topic '{topic}'");
                }
            }
        }
    }

    private static void ValidateState(SeedStateFolder folder, HashSet<string> allFips)
    {
        var file = Path.Combine(folder.Folder, "state.json");
        var state = folder.State;
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
            Require(file, county.Slug, "fips", allFips.Add(county.Fips), "duplicate county FIPS code");
        }
    }

    private static void ValidateAreas(string file, string key, IEnumerable<SeedServiceArea> areas, string stateCode, HashSet<string> countyFips)
    {
        foreach (var area in areas)
        {
            switch (area.Kind)
            {
                case Domain.ServiceAreaKind.State:
                    Require(file, key, "serviceAreas.code", area.Code == stateCode, $"a state service area must be the file's own state {stateCode}");
                    break;
                case Domain.ServiceAreaKind.County:
                    Require(file, key, "serviceAreas.code", countyFips.Contains(area.Code), $"unknown county FIPS '{area.Code}' in {stateCode}");
                    break;
                default:
                    Require(file, key, "serviceAreas.code", !string.IsNullOrWhiteSpace(area.Code), "code is required");
                    break;
            }
        }
    }

    private static void ValidateCommon(string file, string key, Domain.Provenance provenance)
    {
        Require(file, key, "key", !string.IsNullOrWhiteSpace(key) && key.Length <= 200, "a key of 1 to 200 characters is required");
        Require(file, key, "provenance.source", !string.IsNullOrWhiteSpace(provenance.Source), "every record must name its source");
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> key, string file, string field)
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            Require(file, key(item), field, seen.TryAdd(key(item), item), "duplicate key");
        }

        return seen;
    }

    private static Dictionary<string, string> UniqueAcross<T>(SeedSet set, Func<SeedStateFolder, IEnumerable<T>> records, Func<T, string> key, string fileName)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in set.States)
        {
            var file = Path.Combine(folder.Folder, fileName);
            foreach (var record in records(folder))
            {
                var k = key(record);
                Require(file, k, "key", seen.TryAdd(k, file), $"duplicate key (also in {(seen.TryGetValue(k, out var other) ? other : file)})");
            }
        }

        return seen;
    }

    private static void Require(string file, string? record, string field, bool condition, string problem)
    {
        if (!condition)
        {
            throw new SeedException(file, record, field, problem);
        }
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex StateCode();

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex TwoDigits();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex FiveDigits();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
