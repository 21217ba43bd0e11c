namespace CareDirectory.Domain;

/// <summary>Something an educator can read, watch or fill in.</summary>
public sealed class EducatorResource : Entity, ICountyRecord
{
    public required string Title { get; set; }

    public string? Description { get; set; }

    public ResourceKind Kind { get; set; }

    public string? Url { get; set; }

    public List<Audience> Audiences { get; set; } = [];

    /// <summary>Topics from a small controlled vocabulary (see <see cref="ResourceTopics"/>).</summary>
    public List<string> Topics { get; set; } = [];

    public string Language { get; set; } = "en";

    public Guid? OwnerId { get; set; }

    Guid? ICountyRecord.ResponsiblePartnerId { get => OwnerId; set => OwnerId = value; }

    public Partner? Owner { get; set; }

    public Guid StateId { get; set; }

    /// <summary>County for a county resource; null for a statewide one.</summary>
    public Guid? CountyId { get; set; }

    public County? County { get; set; }

    /// <summary>The meeting this resource records (a town hall's recording).</summary>
    public Guid? MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    /// <summary>Length of a video or recording, when the source gives it ("4 minutes").</summary>
    public int? DurationMinutes { get; set; }

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    public List<Translation> Translations { get; set; } = [];
}
