namespace CareDirectory.Domain;

/// <summary>What a family pays and how services are funded.</summary>
public sealed record Cost
{
    /// <summary>True if free to families, false if not, null when the source does not say.</summary>
    public bool? Free { get; init; }

    /// <summary>Payment sources: "Medicaid", "NJ FamilyCare", "Commercial insurance", "Self-pay".</summary>
    public List<string> PaymentOptions { get; init; } = [];

    public string? Description { get; init; }
}
