using CareDirectory.Domain;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Partners;

/// <summary>A place with an address.</summary>
public sealed class LocationType : ObjectGraphType<PostalLocation>
{
    public LocationType()
    {
        Name = "Location";
        Description = "A physical place (HSDS location and address).";
        Field<StringGraphType>("name").Description("Name of the place.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("address1").Description("Street address.").Resolve(c => c.Source.Address1);
        Field<StringGraphType>("city").Description("City.").Resolve(c => c.Source.City);
        Field<StringGraphType>("region").Description("State or region.").Resolve(c => c.Source.Region);
        Field<StringGraphType>("postalCode").Description("ZIP code.").Resolve(c => c.Source.PostalCode);
        Field<NonNullGraphType<StringGraphType>>("country").Description("ISO country code.").Resolve(c => c.Source.Country);
        Field<FloatGraphType>("latitude").Description("WGS 84 latitude.").Resolve(c => c.Source.Latitude);
        Field<FloatGraphType>("longitude").Description("WGS 84 longitude.").Resolve(c => c.Source.Longitude);
    }
}
