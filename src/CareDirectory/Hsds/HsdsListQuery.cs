using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace CareDirectory.Hsds;

/// <summary>Query parameters of the HSDS list endpoints, parsed strictly: a bad value is a 400, never silently ignored.</summary>
public sealed record HsdsListQuery
{
    public const int MaxPerPage = 100;

    public int Page { get; init; } = 1;

    public int PerPage { get; init; } = 50;

    /// <summary>Records before this page; <see cref="Parse"/> refuses a page whose offset an int cannot hold.</summary>
    public int Skip => (Page - 1) * PerPage;

    public string? Search { get; init; }

    public Guid? TaxonomyTermId { get; init; }

    public Guid? TaxonomyId { get; init; }

    public Guid? OrganizationId { get; init; }

    public DateTimeOffset? ModifiedAfter { get; init; }

    public bool Minimal { get; init; }

    /// <summary>Parses the query string; returns an error message for the first bad parameter.</summary>
    public static (HsdsListQuery? Query, string? Error) Parse(IQueryCollection query)
    {
        try
        {
            var page = Int(query["page"], "page", 1, int.MaxValue) ?? 1;
            var perPage = Int(query["per_page"], "per_page", 1, MaxPerPage) ?? 50;
            if ((page - 1L) * perPage > int.MaxValue)
            {
                return (null, $"page {page} is past any list at per_page {perPage} (the first record it would show is beyond {int.MaxValue})");
            }

            return (new HsdsListQuery
            {
                Page = page,
                PerPage = perPage,
                Search = query["search"].ToString() is { Length: > 0 } s ? s : null,
                TaxonomyTermId = Id(query["taxonomy_term_id"], "taxonomy_term_id"),
                TaxonomyId = Id(query["taxonomy_id"], "taxonomy_id"),
                OrganizationId = Id(query["organization_id"], "organization_id"),
                ModifiedAfter = Time(query["modified_after"]),
                Minimal = Flag(query["minimal"], "minimal"),
            }, null);
        }
        catch (FormatException e)
        {
            return (null, e.Message);
        }
    }

    private static int? Int(StringValues value, string name, int min, int max) =>
        StringValues.IsNullOrEmpty(value) ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
        : throw new FormatException($"{name} must be an integer from {min} to {max}");

    private static Guid? Id(StringValues value, string name) =>
        StringValues.IsNullOrEmpty(value) ? null
        : Guid.TryParse(value, out var id) ? id
        : throw new FormatException($"{name} must be a UUID");

    private static DateTimeOffset? Time(StringValues value) =>
        StringValues.IsNullOrEmpty(value) ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time
        : throw new FormatException("modified_after must be an ISO 8601 date-time");

    private static bool Flag(StringValues value, string name) =>
        !StringValues.IsNullOrEmpty(value) && (bool.TryParse(value, out var flag) ? flag : throw new FormatException($"{name} must be true or false"));
}
