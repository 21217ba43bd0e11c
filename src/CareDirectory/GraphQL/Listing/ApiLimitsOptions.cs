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

    /// <summary>
    /// Key that signs list cursors (HMAC-SHA256), so a cursor altered or made up by a client is INVALID_CURSOR. Set it
    /// per deployment (every instance the same) to make cursors unforgeable; the built-in default still detects damage.
    /// </summary>
    [MinLength(16)]
    public string CursorSecret { get; set; } = "care-directory-list-cursors-v1";
}
