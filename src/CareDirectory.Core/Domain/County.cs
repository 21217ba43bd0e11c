namespace CareDirectory.Domain;

public sealed class County : Entity, IStateRecord
{
    public Guid StateId { get; set; }

    public State? State { get; set; }

    public required string Name { get; set; }

    /// <summary>URL slug, unique in its state: <c>bergen</c>, <c>cape-may</c>.</summary>
    public required string Slug { get; set; }

    /// <summary>Five-digit Census FIPS code: <c>34003</c>.</summary>
    public required string Fips { get; set; }
}
