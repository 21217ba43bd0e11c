using CareDirectory.Domain;
using CareDirectory.GraphQL.Listing;
using CareDirectory.Search;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.GraphQL.Search;

/// <summary>
/// Facet values as filter values with display labels; names of service types and counties come from the database,
/// topic labels from their controlled vocabulary.
/// </summary>
public sealed record SearchFacetLabels(
    IReadOnlyList<SearchFacetValue> Kinds,
    IReadOnlyList<SearchFacetValue> ServiceTypes,
    IReadOnlyList<SearchFacetValue> Roles,
    IReadOnlyList<SearchFacetValue> Counties,
    IReadOnlyList<SearchFacetValue> Audiences,
    IReadOnlyList<SearchFacetValue> Languages,
    IReadOnlyList<SearchFacetValue> Topics)
{
    /// <summary>Labels every facet with one query for service-type names and one for county names.</summary>
    public static async Task<SearchFacetLabels> LoadAsync(IResolveFieldContext context, SearchFacets facets)
    {
        var codes = facets.ServiceTypes.Select(f => f.Value).ToList();
        var fips = facets.Counties.Select(f => f.Value).ToList();
        await using var db = await ConnectionQueries.Contexts(context).CreateDbContextAsync(context.CancellationToken);
        var serviceTypes = codes.Count == 0
            ? []
            : await db.ServiceTypes.AsNoTracking().Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Name, context.CancellationToken);
        var counties = fips.Count == 0
            ? []
            : await db.Counties.AsNoTracking().Where(c => fips.Contains(c.Fips))
                .Select(c => new { c.Fips, Label = c.Name + ", " + c.State!.Code })
                .ToDictionaryAsync(c => c.Fips, c => c.Label, context.CancellationToken);
        return new SearchFacetLabels(
            Enums(facets.Kinds),
            Label(facets.ServiceTypes, code => serviceTypes.GetValueOrDefault(code, code)),
            Enums(facets.Roles),
            Label(facets.Counties, code => counties.GetValueOrDefault(code, code)),
            Enums(facets.Audiences),
            Label(facets.Languages, DisplayNames.Language),
            Label(facets.Topics, ResourceTopics.Label));
    }

    /// <summary>Enum facets carry the index's PascalCase names; the API speaks GraphQL enum names.</summary>
    private static List<SearchFacetValue> Enums(IEnumerable<FacetValue> values) =>
        [.. values.Select(v => new SearchFacetValue(v.Value.ToConstantCase(), DisplayNames.Words(v.Value), v.Count))];

    private static List<SearchFacetValue> Label(IEnumerable<FacetValue> values, Func<string, string> label) =>
        [.. values.Select(v => new SearchFacetValue(v.Value, label(v.Value), v.Count))];
}
