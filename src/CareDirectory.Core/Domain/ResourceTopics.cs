namespace CareDirectory.Domain;

/// <summary>The controlled vocabulary for educator-resource topics: codes and their display labels.</summary>
public static class ResourceTopics
{
    /// <summary>Code to label, e.g. <c>foster-care</c> → "Foster care".</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["access"] = "Access", ["crisis"] = "Crisis", ["care-management"] = "Care management",
        ["family-support"] = "Family support", ["council"] = "Council", ["education"] = "Education",
        ["referral"] = "Referral", ["eligibility"] = "Eligibility", ["payment"] = "Payment",
        ["foster-care"] = "Foster care", ["therapy"] = "Therapy", ["directory"] = "Directory",
    };

    public static readonly IReadOnlySet<string> All = new HashSet<string>(Labels.Keys, StringComparer.Ordinal);

    /// <summary>The code's label; a code outside the vocabulary (never stored, but an old index may hold one) as itself.</summary>
    public static string Label(string code) => Labels.GetValueOrDefault(code, code);
}
