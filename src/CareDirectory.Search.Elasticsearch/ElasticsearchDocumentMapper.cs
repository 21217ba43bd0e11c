using System.Text.Json.Nodes;

namespace CareDirectory.Search.Elasticsearch;

/// <summary>Turns a <see cref="SearchDocument"/> into the <c>_source</c> of the mapping in <see cref="ElasticsearchIndexDefinition"/>.</summary>
internal static class ElasticsearchDocumentMapper
{
    public static JsonObject ToSource(SearchDocument document)
    {
        var source = new JsonObject
        {
            [SearchFields.Id] = document.Id,
            [SearchFields.Kind] = document.Kind.ToString(),
            [SearchFields.Title] = document.Title,
            [SearchFields.State] = document.State.ToUpperInvariant(),
        };
        foreach (var (field, text) in SearchDocumentContent.Text(document))
        {
            Add(source, field, text);
        }

        foreach (var (field, values) in SearchDocumentContent.Keywords(document))
        {
            Add(source, field, values);
        }

        Add(source, SearchFields.Status, document.Status);
        if (document.Statewide && StateFips.ForState(document.State) is { } stateFips)
        {
            source[SearchFields.StatewideState] = stateFips;
        }

        if (document.MinAge is { } minAge)
        {
            source[SearchFields.MinAge] = minAge;
        }

        if (document.MaxAge is { } maxAge)
        {
            source[SearchFields.MaxAge] = maxAge;
        }

        if (document.NextOccurrence is { } next)
        {
            source[SearchFields.NextOccurrence] = next.ToUniversalTime().ToString("O");
        }

        if (document.LastModified is { } modified)
        {
            source[SearchFields.LastModified] = modified.ToUniversalTime().ToString("O");
        }

        if (document.Location is { } location)
        {
            source[SearchFields.Location] = new JsonObject { ["lat"] = location.Latitude, ["lon"] = location.Longitude };
        }

        return source;
    }

    private static void Add(JsonObject source, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            source[field] = value;
        }
    }

    private static void Add(JsonObject source, string field, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            source[field] = new JsonArray([.. values.Distinct(StringComparer.Ordinal).Select(v => (JsonNode)JsonValue.Create(v))]);
        }
    }
}
