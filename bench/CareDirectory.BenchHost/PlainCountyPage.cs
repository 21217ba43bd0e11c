using CareDirectory.Domain;

namespace CareDirectory.Bench;

/// <summary>
/// The county page as plain JSON: the same data as the GraphQL county page query (tests' CountyPageQuery), shaped
/// by hand. Exists only so the benchmark can compare GraphQL with a hand-written endpoint.
/// </summary>
public sealed record PlainCountyPage(
    string Id,
    string Name,
    string Slug,
    string Fips,
    PlainCountyPage.StateSummary State,
    IReadOnlyList<AccessPoint> AccessPoints,
    PlainCountyPage.Page<PlainCountyPage.PartnerItem> Partners,
    PlainCountyPage.Page<PlainCountyPage.MeetingItem> Meetings,
    PlainCountyPage.Page<PlainCountyPage.ResourceItem> EducatorResources)
{
    public sealed record Page<T>(int TotalCount, bool HasNextPage, IReadOnlyList<T> Nodes);

    public sealed record StateSummary(string Code, string Name, string? SystemOfCareName, string TimeZone);

    public sealed record PartnerItem(
        string Id,
        string Name,
        IReadOnlyList<PartnerRole> Roles,
        ServiceAreaKind Scope,
        string? Website,
        IReadOnlyList<Phone> Phones,
        string Source,
        DateOnly LastVerified,
        Page<ProgramItem> Programs);

    public sealed record ProgramItem(
        string Id,
        string Name,
        ServiceAreaKind Scope,
        IReadOnlyList<ServiceTypeItem> ServiceTypes,
        Eligibility Eligibility,
        Availability Availability,
        string? ResponseTime,
        string? TypicalDuration,
        Cost Cost,
        ReferralPathway Referral,
        IReadOnlyList<ProgramComponent> Components);

    public sealed record ServiceTypeItem(string Code, string Name);

    public sealed record MeetingItem(
        string Id,
        string Title,
        MeetingKind Kind,
        ServiceAreaKind Scope,
        IReadOnlyList<Audience> Audiences,
        string? ScheduleText,
        bool HasTimes,
        string? OrganizerName,
        IReadOnlyList<MeetingResourceItem> Resources);

    public sealed record MeetingResourceItem(string Title, ResourceKind Kind);

    public sealed record ResourceItem(
        string Id,
        string Title,
        ResourceKind Kind,
        ServiceAreaKind Scope,
        string? Url,
        IReadOnlyList<Audience> Audiences,
        IReadOnlyList<string> Topics,
        int? DurationMinutes,
        string? OwnerName);
}
