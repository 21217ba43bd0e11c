using CareDirectory.Data;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.SearchSync;

/// <summary>The small tables every search document needs, loaded once per build instead of joined per record.</summary>
internal sealed class SearchLookups
{
    private readonly Dictionary<Guid, State> _states;
    private readonly Dictionary<Guid, (string Fips, string Name)> _counties;
    private readonly Dictionary<string, string> _countyNamesByFips;
    private readonly Dictionary<string, string> _serviceTypeNames;
    private readonly Dictionary<Guid, List<AccessPoint>> _accessPointsByOperator;

    private SearchLookups(
        List<State> states, Dictionary<Guid, (string Fips, string Name)> counties, List<ServiceType> serviceTypes, Dictionary<string, Guid> operators)
    {
        _states = states.ToDictionary(s => s.Id);
        _counties = counties;
        _countyNamesByFips = counties.Values.ToDictionary(c => c.Fips, c => c.Name, StringComparer.Ordinal);
        _serviceTypeNames = serviceTypes.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);
        _accessPointsByOperator = states.SelectMany(s => s.AccessPoints)
            .Where(a => a.OperatorPartnerKey is { } key && operators.ContainsKey(key))
            .GroupBy(a => operators[a.OperatorPartnerKey!])
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    public static async Task<SearchLookups> LoadAsync(DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var states = await db.States.AsNoTracking().IgnoreQueryFilters().ToListAsync(cancellationToken);
        var operatorKeys = states.SelectMany(s => s.AccessPoints).Select(a => a.OperatorPartnerKey).OfType<string>().Distinct().ToList();
        return new SearchLookups(
            states,
            await db.Counties.AsNoTracking().IgnoreQueryFilters().ToDictionaryAsync(c => c.Id, c => (c.Fips, c.Name), cancellationToken),
            await db.ServiceTypes.AsNoTracking().ToListAsync(cancellationToken),
            await db.Partners.AsNoTracking().Where(p => operatorKeys.Contains(p.Key)).ToDictionaryAsync(p => p.Key, p => p.Id, StringComparer.Ordinal, cancellationToken));
    }

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

    /// <summary>The state access points (access lines) the partner answers, none for most partners.</summary>
    public IReadOnlyList<AccessPoint> AccessPointsOf(Guid? partnerId) =>
        partnerId is { } id && _accessPointsByOperator.TryGetValue(id, out var points) ? points : [];

    public List<string> CountyFips(Guid? countyId) =>
        countyId is { } id && _counties.TryGetValue(id, out var county) ? [county.Fips] : [];

    /// <summary>A meeting's or resource's place by name: its county ("Bergen County"), else its whole state.</summary>
    public List<string> PlaceNames(Guid stateId, Guid? countyId) =>
        countyId is { } id && _counties.TryGetValue(id, out var county) ? [county.Name + " County"] : StateName(stateId);

    /// <summary>Service areas by name: "Bergen County", "New Jersey", "LAN 37A", a city or ZIP as written.</summary>
    public List<string> PlaceNames(Guid stateId, IEnumerable<ServiceArea> areas) =>
    [
        .. areas.SelectMany(a => a.Kind switch
        {
            ServiceAreaKind.State => StateName(stateId),
            ServiceAreaKind.County when (a.CountyId is { } id && _counties.TryGetValue(id, out var county) ? county.Name
                : _countyNamesByFips.GetValueOrDefault(a.Code)) is { } name => [name + " County"],
            ServiceAreaKind.Lan => ["LAN " + a.Code],
            _ => [a.Code],
        }).Distinct(StringComparer.Ordinal),
    ];

    private List<string> StateName(Guid stateId) => _states.TryGetValue(stateId, out var state) ? [state.Name] : [];

    /// <summary>FIPS codes of the county areas; state, LAN, ZIP and city areas name no county.</summary>
    public List<string> CountyFips(IEnumerable<ServiceArea> areas) =>
    [
        .. areas.Where(a => a.Kind == ServiceAreaKind.County)
            .Select(a => a.CountyId is { } id && _counties.TryGetValue(id, out var county) ? county.Fips : a.Code)
            .Distinct(StringComparer.Ordinal),
    ];
}
