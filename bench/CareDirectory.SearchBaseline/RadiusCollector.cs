using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CareDirectory.SearchBaseline;

/// <summary>Passes on only documents whose location (doc values, as the app indexes it) lies within a radius.</summary>
public sealed class RadiusCollector(ICollector inner, double latitude, double longitude, double radiusKm) : ICollector
{
    private const double EarthRadiusKm = 6371.0088;
    private NumericDocValues? _latitudes;
    private NumericDocValues? _longitudes;
    private IBits? _hasLocation;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _latitudes = context.AtomicReader.GetNumericDocValues("location.lat");
        _longitudes = context.AtomicReader.GetNumericDocValues("location.lon");
        _hasLocation = context.AtomicReader.GetDocsWithField("location.lat");
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (_latitudes is null || _longitudes is null || _hasLocation is null || !_hasLocation.Get(doc))
        {
            return;
        }

        var lat = BitConverter.Int64BitsToDouble(_latitudes.Get(doc));
        var lon = BitConverter.Int64BitsToDouble(_longitudes.Get(doc));
        if (DistanceKm(latitude, longitude, lat, lon) <= radiusKm)
        {
            inner.Collect(doc);
        }
    }

    private static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
