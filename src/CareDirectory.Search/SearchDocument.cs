namespace CareDirectory.Search;

/// <summary>
/// One directory record (partner, program, meeting or educator resource) as the search index sees it.
/// Built by the application from the database; the index never reads the database itself.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>Stable identifier of the record (e.g. its GUID); the index's primary key.</summary>
    public required string Id { get; init; }

    public required SearchKind Kind { get; init; }

    /// <summary>Name of a partner or program, title of a meeting or educator resource.</summary>
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Who qualifies, in prose.</summary>
    public string? Eligibility { get; init; }

    /// <summary>Program components or services offered (e.g. "Family Therapy").</summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>Free-form topics (meeting agenda topics, resource topics).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>
    /// How to reach the record, as people ask about it: phones (TTY too), hours and 24/7 availability, who may call,
    /// referral steps, who refers and how, the referral form.
    /// </summary>
    public string? Contact { get; init; }

    /// <summary>What it costs: free or not, payment options (Medicaid, insurance, self-pay…), cost notes.</summary>
    public string? Cost { get; init; }

    /// <summary>Names of the places served ("Bergen County", "LAN 37A", "New Jersey"), so a place name in a query finds it.</summary>
    public IReadOnlyList<string> ServiceAreaNames { get; init; } = [];

    /// <summary>Display names of the service types, searchable as text with a boost.</summary>
    public IReadOnlyList<string> ServiceTypeNames { get; init; } = [];

    /// <summary>Spanish title, when a translation exists.</summary>
    public string? TitleEs { get; init; }

    /// <summary>Spanish description, when a translation exists.</summary>
    public string? DescriptionEs { get; init; }

    /// <summary>Two-letter USPS state code, e.g. <c>NJ</c>.</summary>
    public required string State { get; init; }

    /// <summary>Five-digit county FIPS codes from the record's service areas.</summary>
    public IReadOnlyList<string> CountyFips { get; init; } = [];

    /// <summary>
    /// True when the record serves its whole state: a county-scoped search then includes it for every county
    /// of <see cref="State"/>.
    /// </summary>
    public bool Statewide { get; init; }

    /// <summary>Service-type codes <b>including all their ancestors</b>, so filtering by a parent finds children.</summary>
    public IReadOnlyList<string> ServiceTypeCodes { get; init; } = [];

    /// <summary>
    /// Educator-resource topic codes from the controlled vocabulary (e.g. <c>foster-care</c>), for filtering and
    /// faceting; their words are searched through <see cref="Topics"/>.
    /// </summary>
    public IReadOnlyList<string> TopicCodes { get; init; } = [];

    /// <summary>Partner roles, e.g. <c>MobileResponse</c>.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Audiences, e.g. <c>Educators</c>.</summary>
    public IReadOnlyList<string> Audiences { get; init; } = [];

    /// <summary>ISO 639-1 language codes the service or resource is offered in, e.g. <c>en</c>, <c>es</c>.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Status, e.g. <c>Active</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Youngest age served; null means no lower bound.</summary>
    public int? MinAge { get; init; }

    /// <summary>Oldest age served; null means no upper bound.</summary>
    public int? MaxAge { get; init; }

    public DateTimeOffset? NextOccurrence { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Where the record is, when it has a physical location.</summary>
    public GeoPoint? Location { get; init; }
}
