using CareDirectory.Domain;

namespace CareDirectory.Coverage;

/// <summary>
/// Which county roles have a local partner. Only a partner whose service areas name the county counts: a statewide
/// partner serves every county but is nobody's local mobile response team, so it never hides a gap.
/// </summary>
public static class CountyCoverage
{
    /// <summary>Every role of <see cref="CountyRoles.All"/> with the partners among <paramref name="partners"/> local to the county, by name.</summary>
    public static IReadOnlyList<RoleCoverage> Of(Guid countyId, IEnumerable<Partner> partners)
    {
        var local = partners.Where(p => IsLocalTo(p, countyId)).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).ToList();
        return CountyRoles.All.Select(role => new RoleCoverage(role, local.Where(p => p.Roles.Contains(role)).ToList())).ToList();
    }

    public static bool IsLocalTo(Partner partner, Guid countyId) =>
        partner.ServiceAreas.Any(a => a.Kind == ServiceAreaKind.County && a.CountyId == countyId);
}
