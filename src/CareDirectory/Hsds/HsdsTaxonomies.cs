using System.Text;
using System.Text.Json.Nodes;
using CareDirectory.Domain;

namespace CareDirectory.Hsds;

/// <summary>
/// Our own HSDS taxonomies for what HSDS has no field for, carried as <c>attributes</c>:
/// "caredirectory-roles" (a partner's system-of-care roles), "caredirectory-service-areas" (a partner's areas;
/// value = the extent, see <see cref="HsdsServiceAreas"/>) and "caredirectory-meetings" (meetings a partner organises).
/// Service types are exported in their own taxonomy ("caredirectory", or the taxonomy they were imported from).
/// </summary>
public static class HsdsTaxonomies
{
    public const string Roles = "caredirectory-roles";

    public const string ServiceAreas = "caredirectory-service-areas";

    public const string Meetings = "caredirectory-meetings";

    /// <summary>True for a term of one of our own taxonomies (roles, areas, meetings), which is never a service type.</summary>
    public static bool IsOwn(JsonObject term) => term.Text("taxonomy") is Roles or ServiceAreas or Meetings;

    /// <summary>
    /// The ids of the terms a service's <c>attributes</c> name (nested or by <c>taxonomy_term_id</c>) that become its
    /// service types: each once, our own taxonomies' terms left out. The writer resolves them; the record rules count them.
    /// </summary>
    public static IEnumerable<Guid> ServiceTypeTermIds(JsonObject service) =>
        service.Objects("attributes")
            .Select(a => a["taxonomy_term"] is JsonObject term ? (IsOwn(term) ? null : term.Id("id")) : a.Id("taxonomy_term_id"))
            .OfType<Guid>().Distinct();

    public static JsonObject RoleTerm(PartnerRole role) => Term(Roles, role.ToString(), Words(role.ToString()));

    public static PartnerRole? Role(JsonObject term) =>
        term.Text("taxonomy") == Roles && Enum.TryParse<PartnerRole>(term.Text("code"), out var role) ? role : null;

    public static JsonObject AreaTerm() => Term(ServiceAreas, "service-area", "Service area");

    public static JsonObject MeetingTerm(MeetingKind kind) => Term(Meetings, kind.ToString(), Words(kind.ToString()));

    public static JsonObject ServiceTypeTerm(ServiceType type)
    {
        var term = new JsonObject
        {
            ["id"] = HsdsJson.Format(type.Id),
            ["code"] = type.Code,
            ["name"] = type.Name,
            // HSDS requires a description; CSV cannot carry an empty one, so a term without one repeats its name.
            ["description"] = type.Description ?? type.Name,
        };
        term.Put("parent_id", type.ParentId is { } parent ? HsdsJson.Format(parent) : null);
        term.Put("taxonomy", type.Taxonomy);
        term["taxonomy_id"] = HsdsJson.Format(TaxonomyId(type.Taxonomy));
        return term;
    }

    /// <summary>The id of a taxonomy, derived from its name (we keep taxonomies as a name on each term).</summary>
    public static Guid TaxonomyId(string name) => StableId.For("hsds-taxonomy", name);

    /// <summary>An HSDS attribute linking a record to a term.</summary>
    public static JsonObject Attribute(Guid linkId, string linkType, JsonObject term, string? value)
    {
        var termId = term.Text("id")!;
        var attribute = new JsonObject
        {
            ["id"] = HsdsJson.Format(StableId.For("hsds-attribute", $"{linkId}/{termId}/{value}")),
            ["link_id"] = HsdsJson.Format(linkId),
            ["taxonomy_term_id"] = termId,
            ["link_type"] = linkType,
            ["link_entity"] = linkType,
        };
        attribute.Put("value", value);
        attribute["taxonomy_term"] = term;
        return attribute;
    }

    private static JsonObject Term(string taxonomy, string code, string name) => new()
    {
        ["id"] = HsdsJson.Format(StableId.For("hsds-term", $"{taxonomy}/{code}")),
        ["code"] = code,
        ["name"] = name,
        ["description"] = $"{name} ({taxonomy})",
        ["taxonomy"] = taxonomy,
    };

    private static string Words(string pascal)
    {
        var words = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? c : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
