using CareDirectory.Domain;

namespace CareDirectory.Coverage;

/// <summary>One county role and the local partners that fill it (none: the sources name no one for it).</summary>
public sealed record RoleCoverage(PartnerRole Role, IReadOnlyList<Partner> Partners)
{
    public bool Present => Partners.Count > 0;
}
