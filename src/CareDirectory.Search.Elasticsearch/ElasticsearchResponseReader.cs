using System.Text.Json;

namespace CareDirectory.Search.Elasticsearch;

/// <summary>Reads an Elasticsearch 9 <c>_search</c> response made with <c>typed_keys=true</c>.</summary>
internal static class ElasticsearchResponseReader
{
    /// <summary>A browse's page, read from its cursor.</summary>
    public static SearchResults Read(string json, SearchWindow window, bool browse)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return window.Results(
            Hits(root),
            hit => browse
                ? new SearchCursor(true, 0, hit.GetProperty("sort")[0].GetString(), Id(hit))
                : new SearchCursor(false, Score(hit), null, Id(hit)),
            (hit, cursor) => Hit(hit, browse ? 0 : Score(hit), cursor),
            Total(root),
            Facets(root));
    }

    /// <summary>
    /// A text search's page from its rescore window (with total and facets), the window's phrase scores
    /// (<see cref="ElasticsearchQueryBuilder.Rescore"/>, null when the window is empty) and the continuation from the
    /// cursor, if read (<see cref="SearchRescoreWindow"/>).
    /// </summary>
    public static SearchResults ReadRescored(string windowJson, string? rescoreJson, string? continuationJson, SearchWindow window)
    {
        using var top = JsonDocument.Parse(windowJson);
        using var phrase = rescoreJson is null ? null : JsonDocument.Parse(rescoreJson);
        using var continuation = continuationJson is null ? null : JsonDocument.Parse(continuationJson);
        var added = phrase is null
            ? []
            : Hits(phrase.RootElement).ToDictionary(Id, hit => hit.GetProperty("_score").GetDouble(), StringComparer.Ordinal);
        var windowHits = Hits(top.RootElement).ToList();
        var read = SearchRescoreWindow.Read(
            window,
            windowHits,
            windowHits.ToDictionary(Id, hit => Score(hit) + added.GetValueOrDefault(Id(hit)), StringComparer.Ordinal),
            continuation is null ? [] : [.. Hits(continuation.RootElement)],
            Id,
            Score);
        return window.Results(
            read,
            r => r.Position,
            (r, cursor) => Hit(r.Hit, r.Position.Score, cursor),
            Total(top.RootElement),
            Facets(top.RootElement));
    }

    /// <summary>The ids of a response's hits (the rescore window's, for the second pass).</summary>
    public static List<string> Ids(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. Hits(document.RootElement).Select(Id)];
    }

    private static IEnumerable<JsonElement> Hits(JsonElement root) => root.GetProperty("hits").GetProperty("hits").EnumerateArray();

    private static int Total(JsonElement root) => root.GetProperty("hits").GetProperty("total").GetProperty("value").GetInt32();

    /// <summary>The hit's score as the sort read it (the relevance sort's first value).</summary>
    private static double Score(JsonElement hit) => hit.GetProperty("sort")[0].GetDouble();

    private static SearchHit Hit(JsonElement hit, double score, string cursor) => new(
        Id(hit),
        Enum.Parse<SearchKind>(hit.GetProperty("_source").GetProperty(SearchFields.Kind).GetString()!),
        score,
        Highlights(hit),
        cursor);

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
