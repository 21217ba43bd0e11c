namespace CareDirectory.ChangeFeed;

/// <summary>
/// Where a changed record shows up: the states it belongs to or serves, the states it serves as a whole (statewide)
/// and the counties it names. The in-memory form of <see cref="CareDirectory.Scoping.CountyScope"/>'s rule "a county
/// page shows the county's own records and its state's statewide ones", so a subscriber filtered to a county receives
/// exactly the changes of records its county page lists.
/// </summary>
public sealed record RecordReach(IReadOnlySet<Guid> States, IReadOnlySet<Guid> StatewideIn, IReadOnlySet<Guid> Counties)
{
    /// <summary>A record no longer in the database (or of a type without a place): it reaches nobody's filter.</summary>
    public static readonly RecordReach Nowhere = new(new HashSet<Guid>(), new HashSet<Guid>(), new HashSet<Guid>());

    /// <summary>True when the record belongs to or serves the state.</summary>
    public bool Touches(Guid stateId) => States.Contains(stateId);

    /// <summary>True when the county's page lists the record: it names the county, or it serves the county's whole state.</summary>
    public bool Serves(Guid stateId, Guid countyId) => Counties.Contains(countyId) || StatewideIn.Contains(stateId);
}
