using CareDirectory.Domain;

namespace CareDirectory.Editing.EducatorResources;

/// <summary>createEducatorResource / updateEducatorResource / archiveEducatorResource input; on update, null fields stay as they are.</summary>
public sealed class EducatorResourceInput : PlacedRecordInput
{
    /// <summary>Global id of the partner that owns the resource.</summary>
    public string? Owner { get; set; }

    public override string? ResponsiblePartner => Owner;

    public string? Description { get; set; }

    public ResourceKind? ResourceKind { get; set; }

    public string? Url { get; set; }

    public List<Audience>? Audiences { get; set; }

    public List<string>? Topics { get; set; }

    public string? Language { get; set; }

    public int? DurationMinutes { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }
}
