using System.ComponentModel.DataAnnotations;

namespace CareDirectory.GraphQL.Listing;

/// <summary>Data limits of the API (section <c>GraphQL</c>), validated at start-up.</summary>
public sealed class ApiLimitsOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest <c>first</c>/<c>last</c> a connection accepts; more is a PAGE_SIZE_EXCEEDED error, never a silent cut.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 50;

    /// <summary>Most ids <c>nodes(ids:)</c> accepts in one call.</summary>
    [Range(1, 1000)]
    public int MaxNodeIds { get; set; } = 50;
}
