using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Relay;
using CareDirectory.Meetings;
using CareDirectory.Scoping;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Bench;

/// <summary>
/// Hand-written EF Core queries for the county page: no tracking, projections, paging in SQL where a list is
/// top-level. The benchmark's baseline for what GraphQL costs on top of the same database work.
/// </summary>
public sealed class PlainCountyPageQuery(IDbContextFactory<DirectoryDbContext> contexts)
{
    private const int PageSize = PagingArguments.DefaultPageSize;

    public async Task<PlainCountyPage?> LoadAsync(string stateCode, string slug, int partners, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var code = stateCode.Trim().ToUpperInvariant();
        var countySlug = slug.Trim().ToLowerInvariant();
        var county = await db.Counties.AsNoTracking()
            .Where(c => c.State!.Code == code && c.Slug == countySlug)
            .Select(c => new { c.Id, c.StateId, c.Name, c.Slug, c.Fips })
            .FirstOrDefaultAsync(cancellationToken);
        if (county is null)
        {
            return null;
        }

        var state = await db.States.AsNoTracking().FirstAsync(s => s.Id == county.StateId, cancellationToken);
        var keys = new[] { new CountyKey(county.Id, county.StateId) };
        var partnerPage = await PartnersAsync(db, keys, partners, cancellationToken);
        var meetings = await MeetingsAsync(db, keys, cancellationToken);
        var resources = await ResourcesAsync(db, keys, cancellationToken);
        return new PlainCountyPage(
            PublicId.Encode("County", county.Id), county.Name, county.Slug, county.Fips,
            new PlainCountyPage.StateSummary(state.Code, state.Name, state.SystemOfCareName, state.TimeZone),
            state.AccessPoints, partnerPage, meetings, resources);
    }

    private static async Task<PlainCountyPage.Page<PlainCountyPage.PartnerItem>> PartnersAsync(DirectoryDbContext db, CountyKey[] keys, int first, CancellationToken cancellationToken)
    {
        var serving = db.Partners.AsNoTracking().Where(CountyScope.PartnersServing(db.Partners, keys));
        var total = await serving.CountAsync(cancellationToken);
        var partners = await serving.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(first)
            .Select(p => new { p.Id, p.Name, p.Roles, p.Website, p.Phones, p.Provenance, Areas = p.ServiceAreas.Select(a => a.Kind).ToList() })
            .ToListAsync(cancellationToken);
        var partnerIds = partners.Select(p => p.Id).ToList();
        var programs = await db.Programs.AsNoTracking()
            .Where(p => partnerIds.Contains(p.PartnerId))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.PartnerId, p.Name, p.Eligibility, p.Availability, p.ResponseTime, p.TypicalDuration, p.Cost, p.Referral, p.Components,
                Areas = p.ServiceAreas.Select(a => a.Kind).ToList(),
            })
            .ToListAsync(cancellationToken);
        var serviceTypes = await ServiceTypesAsync(db, programs.Select(p => p.Id).ToList(), cancellationToken);
        var programsByPartner = programs.ToLookup(p => p.PartnerId);
        var nodes = partners.Select(p =>
        {
            var own = programsByPartner[p.Id].ToList();
            var page = own.Take(PageSize).Select(g => new PlainCountyPage.ProgramItem(
                PublicId.Encode("Program", g.Id), g.Name, Widest(g.Areas),
                serviceTypes.TryGetValue(g.Id, out var types) ? types : [],
                g.Eligibility, g.Availability, g.ResponseTime, g.TypicalDuration, g.Cost, g.Referral, g.Components)).ToList();
            return new PlainCountyPage.PartnerItem(
                PublicId.Encode("Partner", p.Id), p.Name, p.Roles, Widest(p.Areas), p.Website, p.Phones, p.Provenance.Source, p.Provenance.LastVerified,
                new PlainCountyPage.Page<PlainCountyPage.ProgramItem>(own.Count, own.Count > PageSize, page));
        }).ToList();
        return new PlainCountyPage.Page<PlainCountyPage.PartnerItem>(total, total > first, nodes);
    }

    private static async Task<Dictionary<Guid, List<PlainCountyPage.ServiceTypeItem>>> ServiceTypesAsync(DirectoryDbContext db, List<Guid> programIds, CancellationToken cancellationToken)
    {
        var rows = await (
            from link in db.Set<Dictionary<string, object>>("ProgramServiceTypes")
            join type in db.ServiceTypes on EF.Property<Guid>(link, "ServiceTypesId") equals type.Id
            where programIds.Contains(EF.Property<Guid>(link, "CareProgramId"))
            select new { ProgramId = EF.Property<Guid>(link, "CareProgramId"), type.Code, type.Name })
            .AsNoTracking().ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ProgramId).ToDictionary(
            g => g.Key,
            g => g.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new PlainCountyPage.ServiceTypeItem(r.Code, r.Name)).ToList());
    }

    private static async Task<PlainCountyPage.Page<PlainCountyPage.MeetingItem>> MeetingsAsync(DirectoryDbContext db, CountyKey[] keys, CancellationToken cancellationToken)
    {
        var scoped = db.Meetings.AsNoTracking().Where(CountyScope.PlacedIn<Meeting>(keys));
        var total = await scoped.CountAsync(cancellationToken);
        var meetings = await scoped.OrderBy(m => m.Title).ThenBy(m => m.Id).Take(PageSize)
            .Select(m => new { m.Id, m.Title, m.Kind, m.CountyId, m.Audiences, m.Schedule, OrganizerName = m.Organizer == null ? null : m.Organizer.Name })
            .ToListAsync(cancellationToken);
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var resources = (await db.EducatorResources.AsNoTracking()
            .Where(r => r.MeetingId != null && meetingIds.Contains(r.MeetingId.Value))
            .OrderBy(r => r.Title).ThenBy(r => r.Id)
            .Select(r => new { MeetingId = r.MeetingId!.Value, r.Title, r.Kind })
            .ToListAsync(cancellationToken)).ToLookup(r => r.MeetingId);
        var nodes = meetings.Select(m => new PlainCountyPage.MeetingItem(
            PublicId.Encode("Meeting", m.Id), m.Title, m.Kind, ServiceScopes.OfCounty(m.CountyId), m.Audiences,
            MeetingScheduleText.Describe(m.Schedule), m.Schedule.StartLocal is not null || m.Schedule.AdditionalDates.Count > 0, m.OrganizerName,
            resources[m.Id].Take(PageSize).Select(r => new PlainCountyPage.MeetingResourceItem(r.Title, r.Kind)).ToList())).ToList();
        return new PlainCountyPage.Page<PlainCountyPage.MeetingItem>(total, total > PageSize, nodes);
    }

    private static async Task<PlainCountyPage.Page<PlainCountyPage.ResourceItem>> ResourcesAsync(DirectoryDbContext db, CountyKey[] keys, CancellationToken cancellationToken)
    {
        var scoped = db.EducatorResources.AsNoTracking().Where(CountyScope.PlacedIn<EducatorResource>(keys));
        var total = await scoped.CountAsync(cancellationToken);
        var nodes = await scoped.OrderBy(r => r.Title).ThenBy(r => r.Id).Take(PageSize)
            .Select(r => new { r.Id, r.Title, r.Kind, r.CountyId, r.Url, r.Audiences, r.Topics, r.DurationMinutes, OwnerName = r.Owner == null ? null : r.Owner.Name })
            .ToListAsync(cancellationToken);
        return new PlainCountyPage.Page<PlainCountyPage.ResourceItem>(total, total > PageSize, nodes.Select(r => new PlainCountyPage.ResourceItem(
            PublicId.Encode("EducatorResource", r.Id), r.Title, r.Kind, ServiceScopes.OfCounty(r.CountyId), r.Url, r.Audiences, r.Topics, r.DurationMinutes, r.OwnerName)).ToList());
    }

    private static ServiceAreaKind Widest(IEnumerable<ServiceAreaKind> kinds) => kinds.DefaultIfEmpty(ServiceAreaKind.County).Min();
}
