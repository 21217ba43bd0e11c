namespace CareDirectory.Search;

/// <summary>A WGS84 coordinate in decimal degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    /// <summary>True when both coordinates are within the valid WGS84 ranges.</summary>
    public bool IsValid =>
        Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180
        && !double.IsNaN(Latitude) && !double.IsNaN(Longitude);

    /// <summary>Great-circle (haversine) distance in kilometres, the same formula both backends use.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        const double EarthRadiusKm = 6371.0088;
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(other.Latitude - Latitude);
        var dLon = Rad(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(Rad(Latitude)) * Math.Cos(Rad(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
