namespace CareDirectory.Domain;

/// <summary>How a child gets into a program.</summary>
public sealed record ReferralPathway
{
    /// <summary>Who makes the referral ("parent or legal guardian", "DCFS caseworker").</summary>
    public List<string> WhoRefers { get; init; } = [];

    public string? HowToRefer { get; init; }

    public string? Phone { get; init; }

    /// <summary>Name of the referral form, when one is used ("SOC referral form").</summary>
    public string? FormName { get; init; }

    public string? Url { get; init; }

    /// <summary>Key of the partner that takes the referral (NJ: PerformCare).</summary>
    public string? ViaPartnerKey { get; init; }
}
