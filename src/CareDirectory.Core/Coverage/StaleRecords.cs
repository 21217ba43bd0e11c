using CareDirectory.Domain;

namespace CareDirectory.Coverage;

/// <summary>When a record's facts are too old to trust without another look: verified before the cut-off day.</summary>
public static class StaleRecords
{
    public static bool IsStale(Provenance provenance, DateOnly cutOff) => provenance.LastVerified < cutOff;
}
