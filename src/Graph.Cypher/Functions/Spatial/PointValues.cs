using System.Globalization;
using Graph.Core.Values;
using Graph.Cypher.Values;

namespace Graph.Cypher.Functions.Spatial;

/// <summary>
/// Points as Neo4j builds and reads them (Cypher manual, "Spatial values"): four coordinate reference systems
/// by SRID, chosen from the map's keys (x/y[/z] Cartesian, longitude/latitude[/height] WGS-84) or its crs/srid.
/// </summary>
internal static class PointValues
{
    public const int Wgs84 = 4326;
    public const int Wgs84_3D = 4979;
    public const int Cartesian = 7203;
    public const int Cartesian3D = 9157;

    public static bool IsGeographic(int srid) => srid is Wgs84 or Wgs84_3D;

    public static string CrsName(int srid) => srid switch
    {
        Wgs84 => "wgs-84",
        Wgs84_3D => "wgs-84-3d",
        Cartesian => "cartesian",
        _ => "cartesian-3d",
    };

    /// <summary>point({…}): null for a null map or a null coordinate, as Neo4j answers.</summary>
    public static object? FromMap(IReadOnlyDictionary<string, object?> map)
    {
        var keys = new Dictionary<string, object?>(map, StringComparer.OrdinalIgnoreCase);
        if (keys.Values.Any(v => v is null)) return null;
        var geographic = keys.ContainsKey("longitude") || keys.ContainsKey("latitude");
        var x = Coordinate(keys, geographic ? "longitude" : "x", geographic ? "x" : null);
        var y = Coordinate(keys, geographic ? "latitude" : "y", geographic ? "y" : null);
        double? z = keys.ContainsKey(geographic ? "height" : "z") || keys.ContainsKey("z") ? Coordinate(keys, geographic ? "height" : "z", "z") : null;
        var srid = Srid(keys, geographic, z is not null);
        if (IsGeographic(srid) && (y < -90 || y > 90))
        {
            throw CypherErrors.Argument($"Cannot create WGS84 point with invalid coordinate: [{Text(x)}, {Text(y)}]. Valid range for Y coordinate is [-90, 90].");
        }
        if (srid is Wgs84_3D or Cartesian3D && z is null) throw CypherErrors.Argument($"Cannot create point with {CrsName(srid)} CRS and 2 coordinates. Please provide 3 coordinates.");
        if (srid is Wgs84 or Cartesian && z is not null) throw CypherErrors.Argument($"Cannot create point with {CrsName(srid)} CRS and 3 coordinates. Please provide 2 coordinates.");
        return new CypherPoint(srid, x, y, z);
    }

    private static double Coordinate(Dictionary<string, object?> keys, string name, string? alternative)
    {
        if (!keys.TryGetValue(name, out var value) && (alternative is null || !keys.TryGetValue(alternative, out value)))
        {
            throw CypherErrors.Argument("A point must contain either 'x' and 'y', or 'latitude' and 'longitude'");
        }
        return value switch
        {
            long l => l,
            int i => i,
            double d => d,
            _ => throw CypherErrors.TypeMismatch("Float", value),
        };
    }

    private static int Srid(Dictionary<string, object?> keys, bool geographic, bool threeD)
    {
        if (keys.TryGetValue("srid", out var srid))
        {
            var value = srid is long l ? (int)l : throw CypherErrors.TypeMismatch("Integer", srid);
            return value is Wgs84 or Wgs84_3D or Cartesian or Cartesian3D ? value : throw CypherErrors.Argument($"Unknown coordinate reference system code: {value}");
        }
        if (keys.TryGetValue("crs", out var crs))
        {
            return (crs as string ?? throw CypherErrors.TypeMismatch("String", crs)).ToLowerInvariant() switch
            {
                "wgs-84" => Wgs84,
                "wgs-84-3d" => Wgs84_3D,
                "cartesian" => Cartesian,
                "cartesian-3d" => Cartesian3D,
                var other => throw CypherErrors.Argument($"Unknown coordinate reference system: {other}"),
            };
        }
        return geographic ? (threeD ? Wgs84_3D : Wgs84) : (threeD ? Cartesian3D : Cartesian);
    }

    /// <summary>p.x, p.latitude, p.crs, …: null for a component the point's CRS does not have is an error in Neo4j.</summary>
    public static bool TryComponent(CypherPoint p, string key, out object? value)
    {
        var geographic = IsGeographic(p.Srid);
        value = key switch
        {
            "x" => p.X,
            "y" => p.Y,
            "z" when p.Z is not null => p.Z,
            "longitude" when geographic => p.X,
            "latitude" when geographic => p.Y,
            "height" when geographic && p.Z is not null => p.Z,
            "crs" => CrsName(p.Srid),
            "srid" => (long)p.Srid,
            _ => Missing,
        };
        if (ReferenceEquals(value, Missing))
        {
            value = null;
            return false;
        }
        return true;
    }

    private static readonly object Missing = new();

    private static string Text(double d) => d.ToString("0.0##############", CultureInfo.InvariantCulture);
}
