namespace CareDirectory.Editing.Programs;

/// <summary>Who a program serves; replaces the program's eligibility as a whole.</summary>
public sealed class EligibilityInput
{
    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public List<string>? Populations { get; set; }

    public string? Description { get; set; }
}
