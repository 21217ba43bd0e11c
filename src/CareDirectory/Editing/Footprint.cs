using CareDirectory.Domain;

namespace CareDirectory.Editing;

/// <summary>Where a record sits, for scope checks: its state, its counties (null when statewide) and the partner it belongs to.</summary>
public sealed record Footprint(Guid StateId, IReadOnlySet<Guid>? Counties, Guid? PartnerId)
{
    /// <summary>The counties a list of service areas covers; null when any area is statewide (or not a county) or there are none.</summary>
    public static IReadOnlySet<Guid>? CountiesOf(IReadOnlyCollection<ServiceArea> areas) =>
        areas.Count > 0 && areas.All(a => a.Kind == ServiceAreaKind.County && a.CountyId is not null)
            ? areas.Select(a => a.CountyId!.Value).ToHashSet()
            : null;

    public static Footprint Of(Partner partner) => new(partner.StateId, CountiesOf(partner.ServiceAreas), partner.Id);
}
