using CareDirectory.Data;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.SearchSync;

/// <summary>The small tables every search document needs, loaded once per build instead of joined per record.</summary>
internal sealed class SearchLookups
{
    private readonly Dictionary<Guid, State> _states;
    private readonly Dictionary<Guid, string> _countyFips;
    private readonly Dictionary<string, string> _serviceTypeNames;

    private SearchLookups(List<State> states, Dictionary<Guid, string> countyFips, List<ServiceType> serviceTypes)
    {
        _states = states.ToDictionary(s => s.Id);
        _countyFips = countyFips;
        _serviceTypeNames = serviceTypes.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);
    }

    public static async Task<SearchLookups> LoadAsync(DirectoryDbContext db, CancellationToken cancellationToken) => new(
        await db.States.AsNoTracking().IgnoreQueryFilters().ToListAsync(cancellationToken),
        await db.Counties.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(c => c.Id, c => c.Fips, cancellationToken),
        await db.ServiceTypes.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>Roles of the given partners (organisers, owners), in one query.</summary>
    public static async Task<IReadOnlyDictionary<Guid, List<PartnerRole>>> RolesAsync(
        DirectoryDbContext db, IEnumerable<Guid?> partnerIds, CancellationToken cancellationToken)
    {
        var ids = partnerIds.OfType<Guid>().Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, List<PartnerRole>>()
            : await db.Partners.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Roles, cancellationToken);
    }

    /// <summary>Roles of every live partner, for a full build: one query instead of one per batch.</summary>
    public static async Task<IReadOnlyDictionary<Guid, List<PartnerRole>>> AllRolesAsync(DirectoryDbContext db, CancellationToken cancellationToken) =>
        await db.Partners.AsNoTracking().Select(p => new { p.Id, p.Roles }).ToDictionaryAsync(p => p.Id, p => p.Roles, cancellationToken);

    public string StateCode(Guid stateId) => _states.TryGetValue(stateId, out var state) ? state.Code : "??";

    public string TimeZone(Guid stateId) => _states.TryGetValue(stateId, out var state) ? state.TimeZone : "UTC";

    public string? ServiceTypeName(string code) => _serviceTypeNames.GetValueOrDefault(code);

    public List<string> CountyFips(Guid? countyId) =>
        countyId is { } id && _countyFips.TryGetValue(id, out var fips) ? [fips] : [];

    /// <summary>FIPS codes of the county areas; state, LAN, ZIP and city areas name no county.</summary>
    public List<string> CountyFips(IEnumerable<ServiceArea> areas) =>
    [
        .. areas.Where(a => a.Kind == ServiceAreaKind.County)
            .Select(a => a.CountyId is { } id && _countyFips.TryGetValue(id, out var fips) ? fips : a.Code)
            .Distinct(StringComparer.Ordinal),
    ];
}
