using CareDirectory.Domain;

namespace CareDirectory.GraphQL.Common;

/// <summary>The widest area a record serves: how a county page tells statewide partners from county ones.</summary>
public static class ServiceScopes
{
    public static ServiceAreaKind Widest(IEnumerable<ServiceArea> areas) =>
        areas.Select(a => a.Kind).DefaultIfEmpty(ServiceAreaKind.County).Min();

    public static ServiceAreaKind OfCounty(Guid? countyId) => countyId is null ? ServiceAreaKind.State : ServiceAreaKind.County;
}
