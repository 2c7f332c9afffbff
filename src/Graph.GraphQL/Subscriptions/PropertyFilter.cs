using System.Collections;
using System.Globalization;
using Graph.Core.Values;
using Graph.GraphQL.Translation;

namespace Graph.GraphQL.Subscriptions;

/// <summary>
/// A subscription's <c>where</c> on node or edge properties, tested in memory against an event's properties with the
/// operators queries have (eq, in, lt/lte/gt/gte, contains/startsWith/endsWith, includes, isNull; AND/OR/NOT; an empty
/// list of conditions holds, as in queries). A comparison with an absent value is false. <c>matches</c> is refused
/// when the subscription starts: a regular expression run on every event of every subscriber is not worth its cost.
/// </summary>
internal sealed class PropertyFilter
{
    private readonly IReadOnlyDictionary<string, object?> _where;

    private PropertyFilter(IReadOnlyDictionary<string, object?> where) => _where = where;

    public static PropertyFilter? From(object? where, string path)
    {
        if (where is null) return null;
        var map = AsMap(where);
        Check(map, path);
        return new PropertyFilter(map);
    }

    public bool Matches(IReadOnlyDictionary<string, object?> properties) => Holds(_where, properties);

    private static void Check(IReadOnlyDictionary<string, object?> where, string path)
    {
        foreach (var (key, value) in where)
        {
            if (key is "AND" or "OR")
            {
                foreach (var item in Items(value)) Check(AsMap(item), path);
            }
            else if (key == "NOT")
            {
                if (value is not null) Check(AsMap(value), path);
            }
            else if (AsMap(value).ContainsKey("matches"))
            {
                throw new TranslationException("BAD_USER_INPUT", $"{path}.{key}.matches: regular expressions are not available in subscription filters.");
            }
        }
    }

    private static bool Holds(IReadOnlyDictionary<string, object?> where, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (key, value) in where)
        {
            var holds = key switch
            {
                "AND" => Items(value).All(v => Holds(AsMap(v), properties)),
                "OR" => Items(value).ToList() is var items && (items.Count == 0 || items.Any(v => Holds(AsMap(v), properties))),
                "NOT" => value is null || !Holds(AsMap(value), properties),
                _ => Scalar(properties.TryGetValue(key, out var actual) ? actual : null, AsMap(value)),
            };
            if (!holds) return false;
        }
        return true;
    }

    private static bool Scalar(object? actual, IReadOnlyDictionary<string, object?> filters)
    {
        foreach (var (op, expected) in filters)
        {
            var holds = op switch
            {
                "isNull" => expected is not bool b || b == (actual is null),
                "eq" when expected is null => actual is null,
                "eq" => Compare(actual, expected) == 0,
                "in" => Items(expected).Any(e => Compare(actual, e) == 0),
                "lt" => Compare(actual, expected) < 0,
                "lte" => Compare(actual, expected) <= 0,
                "gt" => Compare(actual, expected) > 0,
                "gte" => Compare(actual, expected) >= 0,
                "contains" => actual is string s && expected is string t && s.Contains(t, StringComparison.Ordinal),
                "startsWith" => actual is string s && expected is string t && s.StartsWith(t, StringComparison.Ordinal),
                "endsWith" => actual is string s && expected is string t && s.EndsWith(t, StringComparison.Ordinal),
                "includes" => actual is IEnumerable list and not string && list.Cast<object?>().Any(item => Compare(item, expected) == 0),
                _ => true,
            };
            if (!holds) return false;
        }
        return true;
    }

    /// <summary>Orders two values of one kind; null (not comparable) when either is absent or they are of different kinds.</summary>
    private static int? Compare(object? actual, object? expected)
    {
        if (actual is null || expected is null) return null;
        if (Number(actual) is { } a && Number(expected) is { } e) return a.CompareTo(e);
        if (Date(actual) is { } da && Date(expected) is { } de) return da.CompareTo(de);
        if (actual is string sa && expected is string se) return string.CompareOrdinal(sa, se);
        if (actual is bool ba && expected is bool be) return ba == be ? 0 : null;
        return null;
    }

    private static double? Number(object value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        _ => null,
    };

    private static DateOnly? Date(object value) => value switch
    {
        CypherDate d => d.Value,
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        DateTimeOffset t => DateOnly.FromDateTime(t.UtcDateTime),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };

    private static IReadOnlyDictionary<string, object?> AsMap(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.AsReadOnly(),
        _ => new Dictionary<string, object?>(),
    };

    private static IEnumerable<object?> Items(object? value) => value is IEnumerable list and not string ? list.Cast<object?>() : [];
}
