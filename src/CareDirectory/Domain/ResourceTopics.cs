namespace CareDirectory.Domain;

/// <summary>The controlled vocabulary for educator-resource topics.</summary>
public static class ResourceTopics
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "access", "crisis", "care-management", "family-support", "council", "education",
        "referral", "eligibility", "payment", "foster-care", "therapy", "directory",
    };
}
