namespace CareDirectory.Hsds;

/// <summary>The compiled HSDS record types we read and write; the value names the official table schema.</summary>
public enum HsdsRecordKind
{
    TaxonomyTerm,
    Organization,
    Service,
    ServiceAtLocation,
}
