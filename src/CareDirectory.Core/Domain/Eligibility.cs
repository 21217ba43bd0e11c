namespace CareDirectory.Domain;

/// <summary>Who a program serves.</summary>
public sealed record Eligibility
{
    public int? MinimumAge { get; init; }

    public int? MaximumAge { get; init; }

    /// <summary>Populations in the source's words ("youth in DCFS foster homes").</summary>
    public List<string> Populations { get; init; } = [];

    public string? Description { get; init; }
}
