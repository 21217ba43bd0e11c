using CareDirectory.Domain;

namespace CareDirectory.Editing.EducatorResources;

/// <summary>createEducatorResource / updateEducatorResource / archiveEducatorResource input; on update, null fields stay as they are.</summary>
public sealed class EducatorResourceInput : RecordInput
{
    /// <summary>USPS state code; create only.</summary>
    public string? State { get; set; }

    /// <summary>County FIPS code; none for a statewide resource.</summary>
    public string? County { get; set; }

    /// <summary>Global id of the partner that owns the resource.</summary>
    public string? Owner { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public ResourceKind? Kind { get; set; }

    public string? Url { get; set; }

    public List<Audience>? Audiences { get; set; }

    public List<string>? Topics { get; set; }

    public string? Language { get; set; }

    public int? DurationMinutes { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }
}
