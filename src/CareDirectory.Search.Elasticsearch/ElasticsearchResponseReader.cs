using System.Text.Json;

namespace CareDirectory.Search.Elasticsearch;

/// <summary>Reads an Elasticsearch 9 <c>_search</c> response made with <c>typed_keys=true</c>.</summary>
internal static class ElasticsearchResponseReader
{
    public static SearchResults Read(string json, SearchWindow window, bool browse)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var hitsElement = root.GetProperty("hits");
        return window.Results(
            hitsElement.GetProperty("hits").EnumerateArray(),
            hit => browse
                ? new SearchCursor(true, 0, hit.GetProperty("sort")[0].GetString(), Id(hit))
                : new SearchCursor(false, hit.GetProperty("sort")[0].GetDouble(), null, Id(hit)),
            (hit, cursor) => new SearchHit(
                Id(hit),
                Enum.Parse<SearchKind>(hit.GetProperty("_source").GetProperty(SearchFields.Kind).GetString()!),
                browse ? 0 : hit.GetProperty("sort")[0].GetDouble(),
                Highlights(hit),
                cursor),
            hitsElement.GetProperty("total").GetProperty("value").GetInt32(),
            Facets(root));
    }

    private static string Id(JsonElement hit) => hit.GetProperty("_id").GetString()!;

    private static List<SearchHighlight> Highlights(JsonElement hit)
    {
        if (!hit.TryGetProperty("highlight", out var highlight))
        {
            return [];
        }

        // Returned in our field order, not the response's, so both backends list highlights alike.
        return
        [
            .. SearchFields.Highlighted
                .Where(field => highlight.TryGetProperty(field, out _))
                .Select(field => new SearchHighlight(field, [.. highlight.GetProperty(field).EnumerateArray().Select(f => f.GetString()!)])),
        ];
    }

    private static SearchFacets Facets(JsonElement root)
    {
        var byFacet = new Dictionary<string, IReadOnlyList<FacetValue>>();
        if (root.TryGetProperty("aggregations", out var aggregations))
        {
            foreach (var aggregation in aggregations.EnumerateObject())
            {
                // typed_keys=true names aggregations "<type>#<name>", e.g. "sterms#kinds".
                var name = aggregation.Name[(aggregation.Name.IndexOf('#', StringComparison.Ordinal) + 1)..];
                byFacet[name] =
                [
                    .. aggregation.Value.GetProperty("buckets").EnumerateArray().Select(b => new FacetValue(
                        b.TryGetProperty("key_as_string", out var text) ? text.GetString()! : b.GetProperty("key").ToString(),
                        b.GetProperty("doc_count").GetInt32())),
                ];
            }
        }

        return SearchFields.BuildFacets(byFacet);
    }
}
