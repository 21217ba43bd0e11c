namespace CareDirectory.Domain;

/// <summary>A statewide way in to the system of care, such as New Jersey's single point of entry.</summary>
public sealed record AccessPoint
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Phone number as published (<c>1-877-652-7624</c>).</summary>
    public string? Phone { get; init; }

    /// <summary>The same number in E.164 (<c>+18776527624</c>) for tel: links.</summary>
    public string? PhoneE164 { get; init; }

    public bool TollFree { get; init; }

    /// <summary>Opening hours as published ("24 hours a day, 7 days a week").</summary>
    public string? Hours { get; init; }

    public bool Available24x7 { get; init; }

    /// <summary>Key of the partner that answers the line (NJ: PerformCare, the Contracted System Administrator).</summary>
    public string? OperatorPartnerKey { get; init; }

    /// <summary>Who may call and who may help, in the source's words.</summary>
    public List<string> WhoMayCall { get; init; } = [];

    /// <summary>What happens after the call, in order.</summary>
    public List<string> ReferralSteps { get; init; } = [];

    public string? Website { get; init; }
}
