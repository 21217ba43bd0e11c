using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>
/// An HSDS schema with only the keywords that judge a value. Two thirds of the keywords in the official schemas are
/// annotations (<c>title</c>, <c>description</c>, <c>example</c> and HSDS's own <c>name</c>, <c>core</c>,
/// <c>constraints</c>, ...), and the evaluator runs every keyword of every subschema it enters for every record, so
/// evaluating the full schemas spent most of validation on keywords that can never fail. Draft 2020-12 treats unknown
/// keywords as annotations, so dropping them leaves every verdict and error as it was.
/// </summary>
internal static class HsdsValidatingSchema
{
    /// <summary>Keywords whose value is a subschema.</summary>
    private static readonly HashSet<string> _subschema =
        ["items", "additionalItems", "additionalProperties", "unevaluatedItems", "unevaluatedProperties", "not", "if", "then", "else", "contains", "propertyNames"];

    /// <summary>Keywords whose value maps names to subschemas.</summary>
    private static readonly HashSet<string> _subschemaMaps = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

    /// <summary>Keywords whose value is a list of subschemas.</summary>
    private static readonly HashSet<string> _subschemaLists = ["allOf", "anyOf", "oneOf", "prefixItems"];

    /// <summary>Keywords of draft 2020-12 that judge a value or locate a subschema (core, applicator, validation, format).</summary>
    private static readonly HashSet<string> _judging =
    [
        "$id", "$schema", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary",
        "type", "enum", "const", "format", "required", "dependentRequired",
        "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
        "maxProperties", "minProperties",
    ];

    /// <summary>A copy of <paramref name="schema"/> without its annotations, at every depth.</summary>
    public static JsonObject Of(JsonObject schema)
    {
        var kept = new JsonObject();
        foreach (var (keyword, value) in schema)
        {
            if (_subschema.Contains(keyword))
            {
                kept[keyword] = Subschema(value);
            }
            else if (_subschemaMaps.Contains(keyword) && value is JsonObject map)
            {
                kept[keyword] = new JsonObject(map.Select(p => KeyValuePair.Create(p.Key, Subschema(p.Value))));
            }
            else if (_subschemaLists.Contains(keyword) && value is JsonArray list)
            {
                kept[keyword] = new JsonArray([.. list.Select(Subschema)]);
            }
            else if (_judging.Contains(keyword))
            {
                kept[keyword] = value?.DeepClone();
            }
        }

        return kept;
    }

    /// <summary>A subschema is an object or a boolean (<c>true</c> accepts anything, <c>false</c> nothing).</summary>
    private static JsonNode? Subschema(JsonNode? node) => node is JsonObject schema ? Of(schema) : node?.DeepClone();
}
