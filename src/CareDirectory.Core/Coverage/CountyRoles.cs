using CareDirectory.Domain;

namespace CareDirectory.Coverage;

/// <summary>
/// The system-of-care roles every county is meant to have a local partner for (New Jersey's four key partners are
/// "available in each county throughout the State"). Coverage reports and the <c>County.coverage</c> field list
/// these, in this order, so a gap is a named role with no partner rather than a missing line.
/// </summary>
public static class CountyRoles
{
    public static IReadOnlyList<PartnerRole> All { get; } =
    [
        PartnerRole.MobileResponse,
        PartnerRole.CareManagement,
        PartnerRole.FamilySupport,
        PartnerRole.InteragencyCouncil,
    ];
}
