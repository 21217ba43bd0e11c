using System.Text.Json.Nodes;
using CareDirectory.Domain;

namespace CareDirectory.Hsds;

/// <summary>HSDS organization ↔ <see cref="Partner"/> (see docs/hsds.md for the field table).</summary>
public static class HsdsOrganizationMapper
{
    public static JsonObject ToHsds(Partner partner, HsdsPlaces places, IEnumerable<Meeting> meetings)
    {
        var id = HsdsJson.Format(partner.Id);
        var organization = new JsonObject { ["id"] = id, ["name"] = partner.Name };
        organization.Put("alternate_name", partner.AlternateName);
        // HSDS requires a description; CSV cannot carry an empty one, so a partner without one repeats its name.
        organization["description"] = partner.Description ?? partner.Name;
        organization.Put("email", partner.Email).Put("website", partner.Website);
        organization.Put("phones", partner.Phones.Select((phone, i) => Phone(phone, StableId.For("hsds-phone", $"{id}#{i}"), "organization_id", partner.Id)));
        organization.Put("locations", partner.Locations.Select((location, i) => Location(location, StableId.For("hsds-location", $"{id}#{i}"), partner.Id)));
        var attributes = partner.Roles.Select(role => HsdsTaxonomies.Attribute(partner.Id, "organization", HsdsTaxonomies.RoleTerm(role), null))
            .Concat(partner.ServiceAreas.Select(area => HsdsTaxonomies.Attribute(partner.Id, "organization", HsdsTaxonomies.AreaTerm(), HsdsServiceAreas.Extent(area))))
            .Concat(meetings.OrderBy(m => m.Title, StringComparer.Ordinal).ThenBy(m => m.Id).Select(m => HsdsTaxonomies.Attribute(partner.Id, "organization", HsdsTaxonomies.MeetingTerm(m.Kind), m.Schedule.Text is { } when ? $"{m.Title} ({when})" : m.Title)));
        return organization.Put("attributes", attributes);
    }

    /// <summary>A new partner for an organization, keyed by its HSDS id.</summary>
    public static Partner New(Guid id, JsonObject organization, Provenance provenance) =>
        new() { Id = id, Key = $"hsds/{id}", Name = organization.Text("name") ?? string.Empty, Provenance = provenance };

    /// <summary>Copies what our model holds from an organization onto a partner; everything else stays in the HSDS record.</summary>
    /// <remarks>
    /// The partner's state is the one its state or county areas name, else the state of its first address, else
    /// <paramref name="stateId"/> (the import's <c>--state</c>).
    /// </remarks>
    public static void Apply(JsonObject organization, Partner partner, Guid stateId, HsdsPlaces places)
    {
        partner.Name = organization.Text("name") ?? partner.Name;
        partner.AlternateName = organization.Text("alternate_name");
        partner.Description = organization.Text("description") is { } description && description != partner.Name ? description : null;
        partner.Email = organization.Text("email");
        partner.Website = organization.Text("website");
        partner.Phones = Phones(organization, partner.Phones);
        partner.Locations = organization.Objects("locations").Select(Location).ToList();
        var attributes = organization.Objects("attributes").Select(a => (Attribute: a, Term: a["taxonomy_term"] as JsonObject)).Where(a => a.Term is not null).ToList();
        partner.Roles = attributes.Select(a => HsdsTaxonomies.Role(a.Term!)).OfType<PartnerRole>().Distinct().ToList();
        var extents = AreaExtents(organization).Select(a => a.Extent).ToList();
        var addressState = partner.Locations.Select(l => l.Region is { } region ? places.StateNamed(region) : null).FirstOrDefault(s => s is not null)?.Id;
        stateId = HsdsServiceAreas.StateOf(extents.Select(e => HsdsServiceAreas.Parse(e, null, stateId, places))) ?? addressState ?? stateId;
        partner.StateId = stateId;
        partner.ServiceAreas = extents.Select(e => HsdsServiceAreas.Parse(e, null, stateId, places)).OfType<ServiceArea>().ToList();
    }

    /// <summary>The values of an organization's service-area attributes (ours, see <see cref="HsdsServiceAreas"/>), with their index in <c>attributes</c>.</summary>
    public static IEnumerable<(string? Extent, int Index)> AreaExtents(JsonObject organization) =>
        (organization["attributes"] as JsonArray ?? []).Select((a, i) => (Attribute: a as JsonObject, Index: i))
            .Where(a => a.Attribute?["taxonomy_term"] is JsonObject term && term.Text("taxonomy") == HsdsTaxonomies.ServiceAreas)
            .Select(a => (a.Attribute!.Text("value"), a.Index));

    /// <summary>HSDS phones as ours; E.164 and toll-free flags, which HSDS has no field for, survive for numbers we already had.</summary>
    public static List<Phone> Phones(JsonObject record, List<Phone> existing) =>
        record.Objects("phones").Where(p => p.Text("number") is not null).Select(p =>
        {
            var number = p.Text("number")!;
            var known = existing.FirstOrDefault(e => e.Number == number);
            return new Phone { Number = number, Type = p.Text("type") ?? "voice", Description = p.Text("description"), E164 = known?.E164, TollFree = known?.TollFree ?? false };
        }).ToList();

    public static JsonObject Phone(Phone phone, Guid id, string ownerField, Guid ownerId) =>
        new JsonObject { ["id"] = HsdsJson.Format(id), [ownerField] = HsdsJson.Format(ownerId), ["number"] = phone.Number }
            .Put("type", phone.Type).Put("description", phone.Description);

    private static JsonObject Location(PostalLocation location, Guid id, Guid organizationId)
    {
        var result = new JsonObject { ["id"] = HsdsJson.Format(id), ["location_type"] = "physical", ["organization_id"] = HsdsJson.Format(organizationId) };
        result.Put("name", location.Name).Put("latitude", location.Latitude).Put("longitude", location.Longitude);
        if (location is { Address1: not null, City: not null, Region: not null, PostalCode: not null })
        {
            result["addresses"] = new JsonArray(new JsonObject
            {
                ["id"] = HsdsJson.Format(StableId.For("hsds-address", HsdsJson.Format(id))),
                ["location_id"] = HsdsJson.Format(id),
                ["address_1"] = location.Address1,
                ["city"] = location.City,
                ["state_province"] = location.Region,
                ["postal_code"] = location.PostalCode,
                ["country"] = location.Country,
                ["address_type"] = "physical",
            });
        }

        return result;
    }

    private static PostalLocation Location(JsonObject location)
    {
        var address = location.Objects("addresses").FirstOrDefault() ?? [];
        return new PostalLocation
        {
            Name = location.Text("name"),
            Address1 = address.Text("address_1"),
            City = address.Text("city"),
            Region = address.Text("state_province") ?? address.Text("region"),
            PostalCode = address.Text("postal_code"),
            Country = address.Text("country") ?? "US",
            Latitude = location.Number("latitude"),
            Longitude = location.Number("longitude"),
        };
    }
}
