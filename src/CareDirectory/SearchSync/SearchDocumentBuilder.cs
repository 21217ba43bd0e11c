using System.Runtime.CompilerServices;
using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Meetings;
using CareDirectory.Search;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.SearchSync;

/// <summary>
/// Turns directory records into <see cref="SearchDocument"/>s: changed records in batches (one query per record kind
/// and batch), every record in one streamed query per kind, plus small lookup tables (states, counties, service
/// types, partner roles); never one query per record.
/// Document ids are the records' GUIDs; the hit's kind says which table the GUID belongs to.
/// </summary>
public sealed class SearchDocumentBuilder(MeetingOccurrences occurrences, TimeProvider time)
{
    /// <summary>Changed records loaded per query.</summary>
    public const int BatchSize = 250;

    /// <summary>Documents of the given records of one kind; records that are archived or gone are left out.</summary>
    public async Task<IReadOnlyList<SearchDocument>> BuildAsync(
        DirectoryDbContext db, SearchKind kind, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var lookups = await SearchLookups.LoadAsync(db, cancellationToken);
        var documents = new List<SearchDocument>();
        foreach (var batch in ids.Chunk(BatchSize))
        {
            documents.AddRange(await BatchAsync(db, lookups, kind, batch, cancellationToken));
        }

        return documents;
    }

    /// <summary>
    /// Every live record of the directory, kind by kind: one streamed, untracked query per kind (a full build reads
    /// every row, so paging by id would only add round trips) and every partner's roles loaded once up front.
    /// </summary>
    public async IAsyncEnumerable<SearchDocument> AllAsync(DirectoryDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var lookups = await SearchLookups.LoadAsync(db, cancellationToken);
        var roles = await SearchLookups.AllRolesAsync(db, cancellationToken);
        await foreach (var partner in db.Partners.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return Partner(partner, lookups);
        }

        // Split: one program with two service types and three areas would otherwise come back as six joined rows.
        var programs = db.Programs.AsNoTracking().Include(p => p.ServiceTypes).AsSplitQuery().AsAsyncEnumerable();
        await foreach (var program in programs.WithCancellation(cancellationToken))
        {
            yield return Program(program, lookups, roles);
        }

        await foreach (var meeting in db.Meetings.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return Meeting(meeting, lookups, roles);
        }

        await foreach (var resource in db.EducatorResources.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return Resource(resource, lookups, roles);
        }
    }

    private async Task<IEnumerable<SearchDocument>> BatchAsync(
        DirectoryDbContext db, SearchLookups lookups, SearchKind kind, Guid[] ids, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case SearchKind.Partner:
                var partners = await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
                return partners.Select(p => Partner(p, lookups));
            case SearchKind.Program:
                var programs = await db.Programs.AsNoTracking().Include(p => p.ServiceTypes).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
                var programRoles = await SearchLookups.RolesAsync(db, programs.Select(p => (Guid?)p.PartnerId), cancellationToken);
                return programs.Select(p => Program(p, lookups, programRoles));
            case SearchKind.Meeting:
                var meetings = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
                var meetingRoles = await SearchLookups.RolesAsync(db, meetings.Select(m => m.OrganizerId), cancellationToken);
                return meetings.Select(m => Meeting(m, lookups, meetingRoles));
            default:
                var resources = await db.EducatorResources.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
                var resourceRoles = await SearchLookups.RolesAsync(db, resources.Select(r => r.OwnerId), cancellationToken);
                return resources.Select(r => Resource(r, lookups, resourceRoles));
        }
    }

    private static SearchDocument Partner(Partner partner, SearchLookups lookups) => new()
    {
        Id = partner.Id.ToString(),
        Kind = SearchKind.Partner,
        Title = partner.Name,
        Description = partner.Description,
        // The short name ("FSO of Bergen County") is how families often know an organisation.
        Topics = Present(partner.AlternateName),
        Contact = SearchAnswerText.PartnerContact(partner, lookups.AccessPointsOf(partner.Id)),
        ServiceAreaNames = lookups.PlaceNames(partner.StateId, partner.ServiceAreas),
        TitleEs = Spanish(partner.Translations)?.Name,
        DescriptionEs = Spanish(partner.Translations)?.Description,
        State = lookups.StateCode(partner.StateId),
        CountyFips = lookups.CountyFips(partner.ServiceAreas),
        Statewide = partner.ServiceAreas.Any(a => a.Kind == ServiceAreaKind.State),
        Roles = [.. partner.Roles.Select(r => r.ToString())],
        LastModified = partner.LastModified,
        Location = partner.Locations.Select(Point).FirstOrDefault(p => p is not null),
    };

    private static SearchDocument Program(CareProgram program, SearchLookups lookups, IReadOnlyDictionary<Guid, List<PartnerRole>> roles)
    {
        var paths = program.ServiceTypes.SelectMany(t => t.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new SearchDocument
        {
            Id = program.Id.ToString(),
            Kind = SearchKind.Program,
            Title = program.Name,
            Description = program.Description,
            Eligibility = Text(
            [
                SearchAnswerText.Ages(program.Eligibility.MinimumAge, program.Eligibility.MaximumAge),
                program.Eligibility.Description, .. program.Eligibility.Populations,
            ]),
            Contact = SearchAnswerText.ProgramContact(program, lookups.AccessPointsOf(program.PartnerId)),
            Cost = SearchAnswerText.Cost(program.Cost),
            ServiceAreaNames = lookups.PlaceNames(program.StateId, program.ServiceAreas),
            Components = [.. program.Components.OrderBy(c => c.Position).SelectMany(c => Present(c.Name, c.Description))],
            Topics = Present(program.AlternateName, program.ResponseTime, program.TypicalDuration),
            // Ancestors' names too, so the words of a broader term ("Crisis services") find its narrower ones.
            ServiceTypeNames = [.. paths.Select(lookups.ServiceTypeName).OfType<string>()],
            ServiceTypeCodes = paths,
            TitleEs = Spanish(program.Translations)?.Name,
            DescriptionEs = Spanish(program.Translations)?.Description,
            State = lookups.StateCode(program.StateId),
            CountyFips = lookups.CountyFips(program.ServiceAreas),
            Statewide = program.ServiceAreas.Any(a => a.Kind == ServiceAreaKind.State),
            Roles = RolesOf(roles, program.PartnerId),
            Languages = Languages(program.Languages),
            Status = program.Status.ToString(),
            MinAge = program.Eligibility.MinimumAge,
            MaxAge = program.Eligibility.MaximumAge,
            LastModified = program.LastModified,
        };
    }

    private SearchDocument Meeting(Meeting meeting, SearchLookups lookups, IReadOnlyDictionary<Guid, List<PartnerRole>> roles) =>
        CountyRecord(meeting, SearchKind.Meeting, meeting.Title, meeting.OrganizerId, meeting.Audiences, meeting.Language, lookups, roles) with
        {
            Description = meeting.Description,
            // The kind in words ("Support group", "Town hall") is what people type.
            Topics = [DisplayNames.Words(meeting.Kind)],
            NextOccurrence = NextOccurrence(meeting, lookups),
            Location = meeting.Location is { } location ? Point(location) : null,
        };

    private static SearchDocument Resource(EducatorResource resource, SearchLookups lookups, IReadOnlyDictionary<Guid, List<PartnerRole>> roles) =>
        CountyRecord(resource, SearchKind.EducatorResource, resource.Title, resource.OwnerId, resource.Audiences, resource.Language, lookups, roles) with
        {
            Description = resource.Description,
            // Topic codes as words ("foster-care" → "foster care") and the kind ("Recording") are searchable text.
            Topics = [DisplayNames.Words(resource.Kind), .. resource.Topics.Select(t => t.Replace('-', ' '))],
            TopicCodes = resource.Topics,
            TitleEs = Spanish(resource.Translations)?.Name,
            DescriptionEs = Spanish(resource.Translations)?.Description,
            MinAge = resource.MinimumAge,
            MaxAge = resource.MaximumAge,
        };

    /// <summary>
    /// What a meeting's and an educator resource's documents share: one county or statewide (no county), the roles of
    /// the partner behind it, whom it is for and its one language.
    /// </summary>
    private static SearchDocument CountyRecord<T>(
        T record, SearchKind kind, string title, Guid? partnerId, IEnumerable<Audience> audiences, string language,
        SearchLookups lookups, IReadOnlyDictionary<Guid, List<PartnerRole>> roles)
        where T : Entity, ICountyRecord => new()
    {
        Id = record.Id.ToString(),
        Kind = kind,
        Title = title,
        State = lookups.StateCode(record.StateId),
        CountyFips = lookups.CountyFips(record.CountyId),
        Statewide = record.CountyId is null,
        ServiceAreaNames = lookups.PlaceNames(record.StateId, record.CountyId),
        Roles = RolesOf(roles, partnerId),
        Audiences = [.. audiences.Select(a => a.ToString())],
        Languages = Languages([language]),
        LastModified = record.LastModified,
    };

    private DateTimeOffset? NextOccurrence(Meeting meeting, SearchLookups lookups)
    {
        var now = time.GetUtcNow();
        try
        {
            return occurrences.Between(meeting.Schedule, lookups.TimeZone(meeting.StateId), now, now.AddYears(1), 1)
                .Select(o => (DateTimeOffset?)o.Start).FirstOrDefault();
        }
        catch (ArgumentException)
        {
            // A stored schedule that no longer validates has no computable date; the meeting is still searchable.
            return null;
        }
    }

    private static Translation? Spanish(IEnumerable<Translation> translations) =>
        translations.FirstOrDefault(t => t.Language.Split('-')[0].Equals("es", StringComparison.OrdinalIgnoreCase));

    private static List<string> Languages(IEnumerable<string> tags) =>
        [.. tags.Select(t => t.Split('-')[0].Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    private static List<string> RolesOf(IReadOnlyDictionary<Guid, List<PartnerRole>> roles, Guid? partnerId) =>
        partnerId is { } id && roles.TryGetValue(id, out var found) ? [.. found.Select(r => r.ToString())] : [];

    private static GeoPoint? Point(PostalLocation location) =>
        location is { Latitude: { } latitude, Longitude: { } longitude } && new GeoPoint(latitude, longitude) is { IsValid: true } point
            ? point
            : null;

    private static List<string> Present(params string?[] values) => [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())];

    private static string? Text(IEnumerable<string?> parts) =>
        Present([.. parts]) is { Count: > 0 } present ? string.Join(". ", present) : null;
}
