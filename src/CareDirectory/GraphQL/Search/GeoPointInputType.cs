using CareDirectory.Search;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Search;

/// <summary>A point for distance filters.</summary>
public sealed class GeoPointInputType : InputObjectGraphType<GeoPoint>
{
    public GeoPointInputType()
    {
        Name = "GeoPointInput";
        Description = "A WGS84 point in decimal degrees.";
        Field<NonNullGraphType<FloatGraphType>>("latitude").Description("Latitude, -90 to 90.");
        Field<NonNullGraphType<FloatGraphType>>("longitude").Description("Longitude, -180 to 180.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new GeoPoint(Convert.ToDouble(value["latitude"], System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToDouble(value["longitude"], System.Globalization.CultureInfo.InvariantCulture));
}
