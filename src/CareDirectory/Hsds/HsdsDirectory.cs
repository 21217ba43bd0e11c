using System.Text.Json.Nodes;
using CareDirectory.Data;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Hsds;

/// <summary>
/// Our directory as compiled HSDS records, for export and the REST view: queries scoped to a state or county, and the
/// mapping of loaded entities (plus their kept <c>HsdsExtra</c>) to organizations, services and taxonomy terms.
/// Exports include archived records (with their status), so these queries ignore the archive filter; the REST view
/// filters archived records itself.
/// </summary>
public sealed class HsdsDirectory(IDbContextFactory<DirectoryDbContext> contexts)
{
    public Task<DirectoryDbContext> OpenAsync(CancellationToken cancellationToken) => contexts.CreateDbContextAsync(cancellationToken);

    /// <summary>Partners in scope, ordered by id; throws <see cref="ArgumentException"/> for an unknown state or county.</summary>
    public static IQueryable<Partner> Partners(DirectoryDbContext db, HsdsPlaces places, HsdsScope scope)
    {
        var query = db.Partners.IgnoreQueryFilters().AsNoTracking().Include(p => p.ServiceAreas).AsQueryable();
        if (Resolve(places, scope) is var (stateId, countyId) && stateId is { } s)
        {
            query = query.Where(p => p.StateId == s);
            if (countyId is { } c)
            {
                query = query.Where(p => p.ServiceAreas.Any(a => a.CountyId == c || a.Kind == ServiceAreaKind.State) || p.Programs.Any(g => g.ServiceAreas.Any(a => a.CountyId == c)));
            }
        }

        return query.OrderBy(p => p.Id);
    }

    /// <summary>Programs in scope, ordered by id.</summary>
    public static IQueryable<CareProgram> Programs(DirectoryDbContext db, HsdsPlaces places, HsdsScope scope)
    {
        var query = db.Programs.IgnoreQueryFilters().AsNoTracking().Include(p => p.ServiceAreas).Include(p => p.ServiceTypes).AsQueryable();
        if (Resolve(places, scope) is var (stateId, countyId) && stateId is { } s)
        {
            query = query.Where(p => p.StateId == s);
            if (countyId is { } c)
            {
                query = query.Where(p => p.ServiceAreas.Any(a => a.CountyId == c || a.Kind == ServiceAreaKind.State));
            }
        }

        return query.OrderBy(p => p.Id);
    }

    /// <summary>Compiled organizations (without nested services) for loaded partners, with the meetings they organise.</summary>
    public static async Task<List<JsonObject>> OrganizationsAsync(DirectoryDbContext db, HsdsPlaces places, IReadOnlyList<Partner> partners, CancellationToken cancellationToken)
    {
        var ids = partners.Select(p => p.Id).ToList();
        var meetings = (await db.Meetings.IgnoreQueryFilters().AsNoTracking().Where(m => m.OrganizerId != null && ids.Contains(m.OrganizerId.Value)).ToListAsync(cancellationToken))
            .ToLookup(m => m.OrganizerId!.Value);
        return partners.Select(p => Organization(p, places, meetings[p.Id])).ToList();
    }

    /// <summary>Compiled services (each with its nested organization) for loaded programs.</summary>
    public static async Task<List<JsonObject>> ServicesAsync(DirectoryDbContext db, HsdsPlaces places, IReadOnlyList<CareProgram> programs, CancellationToken cancellationToken)
    {
        var partnerIds = programs.Select(p => p.PartnerId).Distinct().ToList();
        var partners = await db.Partners.IgnoreQueryFilters().AsNoTracking().Include(p => p.ServiceAreas).Where(p => partnerIds.Contains(p.Id)).ToListAsync(cancellationToken);
        var organizations = (await OrganizationsAsync(db, places, partners, cancellationToken)).ToDictionary(o => o.Text("id")!, StringComparer.Ordinal);
        return programs.Select(p =>
        {
            var service = Service(p, places);
            if (organizations.TryGetValue(HsdsJson.Format(p.PartnerId), out var organization))
            {
                service["organization"] = organization.DeepClone();
            }

            return service;
        }).ToList();
    }

    public static JsonObject Organization(Partner partner, HsdsPlaces places, IEnumerable<Meeting> meetings) =>
        HsdsExtraFields.Apply(partner.HsdsExtra, HsdsOrganizationMapper.ToHsds(partner, places, meetings));

    public static JsonObject Service(CareProgram program, HsdsPlaces places) =>
        HsdsExtraFields.Apply(program.HsdsExtra, HsdsServiceMapper.ToHsds(program, places));

    /// <summary>A service's service_at_location records, as top-level records (with their service_id).</summary>
    public static IEnumerable<JsonObject> ServiceAtLocations(JsonObject service) =>
        service.Objects("service_at_locations").Select(sal =>
        {
            var copy = sal.DeepClone().AsObject();
            copy["service_id"] ??= service.Text("id");
            return copy;
        });

    private static (Guid? State, Guid? County) Resolve(HsdsPlaces places, HsdsScope scope)
    {
        Guid? stateId = null;
        Guid? countyId = null;
        if (scope.State is { } code)
        {
            stateId = (places.StateByCode(code) ?? throw new ArgumentException($"unknown state '{code}'")).Id;
        }

        if (scope.CountyFips is { } fips)
        {
            var county = places.CountyByFips(fips) ?? throw new ArgumentException($"unknown county FIPS '{fips}'");
            if (stateId is { } s && s != county.StateId)
            {
                throw new ArgumentException($"county {fips} is not in {scope.State}");
            }

            (stateId, countyId) = (county.StateId, county.Id);
        }

        return (stateId, countyId);
    }
}
