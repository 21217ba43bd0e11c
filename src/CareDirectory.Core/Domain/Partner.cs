namespace CareDirectory.Domain;

/// <summary>An organisation in a system of care (HSDS organization).</summary>
public sealed class Partner : Entity, IStateRecord, IListing
{
    public required string Name { get; set; }

    public string? AlternateName { get; set; }

    public string? Description { get; set; }

    public string? Website { get; set; }

    public string? Email { get; set; }

    /// <summary>State whose system of care this partner belongs to.</summary>
    public Guid StateId { get; set; }

    public State? State { get; set; }

    public List<PartnerRole> Roles { get; set; } = [];

    public List<Phone> Phones { get; set; } = [];

    public List<PostalLocation> Locations { get; set; } = [];

    public List<ServiceArea> ServiceAreas { get; set; } = [];

    public List<Translation> Translations { get; set; } = [];

    /// <summary>HSDS fields we have no column for, kept verbatim so export returns them.</summary>
    public string? HsdsExtra { get; set; }

    public List<CareProgram> Programs { get; set; } = [];
}
