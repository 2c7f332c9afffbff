using Graph.Core.Values;
using Graph.Cypher.Functions.Scalar;
using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Spatial;

/// <summary>
/// point(), point.distance() and point.withinBBox() (Cypher manual, "Spatial functions"). Distance is
/// Euclidean for Cartesian points and the haversine great-circle distance in metres for WGS-84 (the
/// 3-D forms add the height difference, as Neo4j approximates it); points of different CRS give null.
/// </summary>
internal static class SpatialFunctions
{
    /// <summary>Neo4j's mean Earth radius in metres.</summary>
    private const double EarthRadius = 6378140.0;

    public static IEnumerable<FunctionDefinition> All =>
    [
        new("point", 1, 1, Point),
        new("point.distance", 2, 2, Distance),
        new("point.withinBBox", 3, 3, WithinBBox),
    ];

    private static object? Point(IReadOnlyList<object?> args, IFunctionContext context) => args[0] switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => PointValues.FromMap(map),
        var other => throw CypherErrors.TypeMismatch("Map", other),
    };

    private static object? Distance(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (Arguments.AnyNull(args)) return null;
        var a = Of(args[0]);
        var b = Of(args[1]);
        if (a.Srid != b.Srid) return null;
        if (!PointValues.IsGeographic(a.Srid))
        {
            var dz = (a.Z ?? 0) - (b.Z ?? 0);
            return Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)) + (dz * dz));
        }
        if (a.Z is null) return EarthRadius * CentralAngle(a, b);
        // Neo4j measures the 3-D arc on a sphere raised to the points' mean height, then adds the height difference.
        var surface = (EarthRadius + ((a.Z.Value + b.Z!.Value) / 2)) * CentralAngle(a, b);
        var height = a.Z.Value - b.Z.Value;
        return Math.Sqrt((surface * surface) + (height * height));
    }

    // The haversine formula's angle between the two points, in radians, computed in Neo4j's order (each
    // coordinate to radians first, as Java's Math.toRadians does) so that the last digits agree too.
    private static double CentralAngle(CypherPoint a, CypherPoint b)
    {
        const double DegreesToRadians = 0.017453292519943295;
        var (lon1, lat1, lon2, lat2) = (a.X * DegreesToRadians, a.Y * DegreesToRadians, b.X * DegreesToRadians, b.Y * DegreesToRadians);
        var (dLon, dLat) = (lon2 - lon1, lat2 - lat1);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * Math.Atan2(Math.Sqrt(h), Math.Sqrt(1 - h));
    }

    /// <summary>Inside the box from lower-left to upper-right, edges included; for WGS-84 a box may cross the antimeridian.</summary>
    private static object? WithinBBox(IReadOnlyList<object?> args, IFunctionContext context)
    {
        if (Arguments.AnyNull(args)) return null;
        var p = Of(args[0]);
        var low = Of(args[1]);
        var high = Of(args[2]);
        if (p.Srid != low.Srid || p.Srid != high.Srid) return null;
        var xInside = PointValues.IsGeographic(p.Srid) && low.X > high.X
            ? p.X >= low.X || p.X <= high.X
            : p.X >= low.X && p.X <= high.X;
        var zInside = p.Z is null || (p.Z >= low.Z && p.Z <= high.Z);
        return xInside && p.Y >= low.Y && p.Y <= high.Y && zInside;
    }

    private static CypherPoint Of(object? value) => value is CypherPoint p ? p : throw CypherErrors.TypeMismatch("Point", value);
}
