using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>The HSDS API page envelope (openapi.json <c>#/components/schemas/Page</c>) around a list of records.</summary>
public static class HsdsPage
{
    public static JsonObject Create(long totalItems, HsdsListQuery query, IEnumerable<JsonNode> contents)
    {
        var items = new JsonArray([.. contents]);
        var totalPages = (int)((totalItems + query.PerPage - 1) / query.PerPage);
        return new JsonObject
        {
            ["total_items"] = totalItems,
            ["total_pages"] = totalPages,
            ["page_number"] = query.Page,
            ["size"] = items.Count,
            ["first_page"] = query.Page == 1,
            ["last_page"] = query.Page >= totalPages,
            ["empty"] = items.Count == 0,
            ["contents"] = items,
        };
    }
}
