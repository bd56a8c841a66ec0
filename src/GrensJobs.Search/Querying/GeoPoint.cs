using GrensJobs.Core.Places;

namespace GrensJobs.Search.Querying;

/// <summary>A point on the earth in degrees, with great-circle distances.</summary>
internal readonly record struct GeoPoint(double Lat, double Lon)
{
    private const double KmPerDegreeLat = 111.195;

    /// <summary>Great-circle (haversine) distance in kilometres.</summary>
    public double DistanceKm(double lat, double lon) => GeoDistance.Kilometres(Lat, Lon, lat, lon);

    public (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(double radiusKm)
    {
        var dLat = radiusKm / KmPerDegreeLat;
        var minLat = Math.Max(-90, Lat - dLat);
        var maxLat = Math.Min(90, Lat + dLat);
        var widest = Math.Max(Math.Abs(minLat), Math.Abs(maxLat));
        var cos = Math.Cos(DegreesToRadians(widest));
        var dLon = cos < 1e-6 ? 180 : Math.Min(180, radiusKm / (KmPerDegreeLat * cos));
        return (minLat, maxLat, Lon - dLon, Lon + dLon);
    }

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
