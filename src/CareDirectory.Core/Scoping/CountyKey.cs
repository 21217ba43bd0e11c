using CareDirectory.Domain;

namespace CareDirectory.Scoping;

/// <summary>A county and its state: what a county-scoped list needs to include statewide records.</summary>
public sealed record CountyKey(Guid CountyId, Guid StateId)
{
    public static CountyKey Of(County county) => new(county.Id, county.StateId);

    /// <summary>True if the areas cover the county, directly or through a statewide area of its state.</summary>
    public bool CoveredBy(IEnumerable<ServiceArea> areas) =>
        areas.Any(a => a.CountyId == CountyId || (a.Kind == ServiceAreaKind.State && a.StateId == StateId));
}
