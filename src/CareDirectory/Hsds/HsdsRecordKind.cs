namespace CareDirectory.Hsds;

/// <summary>The compiled HSDS record types we read and write; the value names the official table schema.</summary>
public enum HsdsRecordKind
{
    TaxonomyTerm,
    Organization,
    Service,
    ServiceAtLocation,

    /// <summary>Validated, not stored: a location of its own has no organization to keep it (nest it in its organization's <c>locations</c>).</summary>
    Location,

    /// <summary>Validated, not stored: we keep a term's taxonomy by name (<c>taxonomy</c>), not as a record.</summary>
    Taxonomy,
}
