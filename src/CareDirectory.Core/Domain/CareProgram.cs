namespace CareDirectory.Domain;

/// <summary>A service a partner offers (HSDS service).</summary>
public sealed class CareProgram : Entity, IStateRecord, IListing
{
    public required string Name { get; set; }

    public string? AlternateName { get; set; }

    public string? Description { get; set; }

    public Guid PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public Guid StateId { get; set; }

    public string? Website { get; set; }

    public string? Email { get; set; }

    public List<ServiceType> ServiceTypes { get; set; } = [];

    public Eligibility Eligibility { get; set; } = new();

    public Availability Availability { get; set; } = new();

    /// <summary>How fast the program responds ("within one hour of notification").</summary>
    public string? ResponseTime { get; set; }

    /// <summary>How long service typically lasts ("up to eight weeks").</summary>
    public string? TypicalDuration { get; set; }

    public Cost Cost { get; set; } = new();

    public ReferralPathway Referral { get; set; } = new();

    public List<ProgramComponent> Components { get; set; } = [];

    /// <summary>BCP 47 language tags the program is offered in.</summary>
    public List<string> Languages { get; set; } = [];

    public List<ServiceArea> ServiceAreas { get; set; } = [];

    public ProgramStatus Status { get; set; } = ProgramStatus.Active;

    public List<Translation> Translations { get; set; } = [];

    public string? HsdsExtra { get; set; }
}
