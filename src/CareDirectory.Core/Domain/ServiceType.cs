namespace CareDirectory.Domain;

/// <summary>A term in the service-type taxonomy (HSDS taxonomy_term); terms form a tree.</summary>
public sealed class ServiceType
{
    public Guid Id { get; set; }

    /// <summary>Stable code, e.g. <c>crisis.mobile-response</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public Guid? ParentId { get; set; }

    public ServiceType? Parent { get; set; }

    /// <summary>Codes of this term and all its ancestors, root first, so a parent filter finds its children.</summary>
    public List<string> Path { get; set; } = [];

    public string Taxonomy { get; set; } = "caredirectory";
}
