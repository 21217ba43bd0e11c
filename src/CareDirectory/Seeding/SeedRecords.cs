using CareDirectory.Domain;

namespace CareDirectory.Seeding;

// The shapes of the files in seed-data/. Value objects are the domain's own records; references are stable keys.

public sealed record SeedTaxonomy(string Taxonomy, string? Description, List<SeedServiceType> Terms);

public sealed record SeedServiceType(string Code, string Name, string? Description = null, string? Parent = null);

public sealed record SeedCounty(string Name, string Slug, string Fips);

public sealed record SeedState
{
    public required string Key { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string FipsCode { get; init; }
    public required string TimeZone { get; init; }
    public string? SystemOfCareName { get; init; }
    public string? SystemOfCareDescription { get; init; }
    public required Provenance Provenance { get; init; }
    public List<AccessPoint> AccessPoints { get; init; } = [];
    public List<SeedCounty> Counties { get; init; } = [];
    public Provenance? CountiesProvenance { get; init; }
}

public sealed record SeedServiceArea
{
    public required ServiceAreaKind Kind { get; init; }
    public required string Code { get; init; }
    public bool Partial { get; init; }
    public string? Note { get; init; }
}

public sealed record SeedPartner
{
    public required string Key { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public string? Website { get; init; }
    public string? Email { get; init; }
    public required List<PartnerRole> Roles { get; init; }
    public List<Phone> Phones { get; init; } = [];
    public List<PostalLocation> Locations { get; init; } = [];
    public List<SeedServiceArea> ServiceAreas { get; init; } = [];
    public List<Translation> Translations { get; init; } = [];
    public required Provenance Provenance { get; init; }
}

public sealed record SeedProgram
{
    public required string Key { get; init; }
    public required string Partner { get; init; }
    public required string Name { get; init; }
    public string? AlternateName { get; init; }
    public string? Description { get; init; }
    public string? Website { get; init; }
    public List<string> ServiceTypes { get; init; } = [];
    public Eligibility Eligibility { get; init; } = new();
    public Availability Availability { get; init; } = new();
    public string? ResponseTime { get; init; }
    public string? TypicalDuration { get; init; }
    public Cost Cost { get; init; } = new();
    public ReferralPathway Referral { get; init; } = new();
    public List<ProgramComponent> Components { get; init; } = [];
    public List<string> Languages { get; init; } = ["en"];
    public List<SeedServiceArea> ServiceAreas { get; init; } = [];
    public ProgramStatus Status { get; init; } = ProgramStatus.Active;
    public List<Translation> Translations { get; init; } = [];
    public required Provenance Provenance { get; init; }
}

public sealed record SeedMeeting
{
    public required string Key { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required MeetingKind Kind { get; init; }
    public string? Organizer { get; init; }
    /// <summary>County slug in the file's state; null for a statewide meeting.</summary>
    public string? County { get; init; }
    public List<Audience> Audiences { get; init; } = [];
    public MeetingSchedule Schedule { get; init; } = new();
    public AttendanceMode AttendanceMode { get; init; }
    public PostalLocation? Location { get; init; }
    public string? JoinUrl { get; init; }
    public string? RegistrationUrl { get; init; }
    public string? RecordingUrl { get; init; }
    public string Language { get; init; } = "en";
    public string? AccessibilityNotes { get; init; }
    public required Provenance Provenance { get; init; }
}

public sealed record SeedEducatorResource
{
    public required string Key { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required ResourceKind Kind { get; init; }
    public string? Url { get; init; }
    public string? Owner { get; init; }
    /// <summary>County slug in the file's state; null for a statewide resource.</summary>
    public string? County { get; init; }
    /// <summary>Key of the meeting this resource records.</summary>
    public string? Meeting { get; init; }
    public List<Audience> Audiences { get; init; } = [];
    public List<string> Topics { get; init; } = [];
    public string Language { get; init; } = "en";
    public int? DurationMinutes { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public List<Translation> Translations { get; init; } = [];
    public required Provenance Provenance { get; init; }
}

public sealed record SeedPartnerFile(List<SeedPartner> Partners);

public sealed record SeedProgramFile(List<SeedProgram> Programs);

public sealed record SeedMeetingFile(List<SeedMeeting> Meetings);

public sealed record SeedEducatorResourceFile(List<SeedEducatorResource> EducatorResources);

/// <summary>Everything in one state folder (what the synthetic generator writes).</summary>
public sealed record SeedStateFolder(
    string Folder,
    SeedState State,
    IReadOnlyList<SeedPartner> Partners,
    IReadOnlyList<SeedProgram> Programs,
    IReadOnlyList<SeedMeeting> Meetings,
    IReadOnlyList<SeedEducatorResource> EducatorResources);
