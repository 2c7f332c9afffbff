using Graph.Core.Values;

namespace Graph.Cypher.Storage.Schema;

/// <summary>
/// Property type constraints' types over stored values, in Neo4j's spelling: the type a value has ("INTEGER",
/// "LIST&lt;STRING NOT NULL&gt;") and whether it is one of a constraint's alternatives ("INTEGER | FLOAT").
/// </summary>
/// <remarks>Values.CypherTypeNames names query values alike, but rooms of one layer do not use each other, and
/// a stored value is narrower (no nulls, no maps, homogeneous lists).</remarks>
internal static class PropertyTypes
{
    /// <summary>The types a property type constraint may name (lists only of NOT NULL elements of these).</summary>
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "BOOLEAN", "STRING", "INTEGER", "FLOAT", "DATE", "LOCAL TIME", "ZONED TIME", "LOCAL DATETIME", "ZONED DATETIME", "DURATION", "POINT",
    };

    public static string Of(object value) => value switch
    {
        bool => "BOOLEAN",
        string => "STRING",
        long => "INTEGER",
        double => "FLOAT",
        CypherDate => "DATE",
        CypherLocalTime => "LOCAL TIME",
        CypherTime => "ZONED TIME",
        CypherLocalDateTime => "LOCAL DATETIME",
        CypherDateTime => "ZONED DATETIME",
        CypherDuration => "DURATION",
        CypherPoint => "POINT",
        System.Collections.IList { Count: 0 } => "LIST<NOTHING>",
        System.Collections.IList list => $"LIST<{Of(list[0]!)} NOT NULL>",
        _ => "ANY",
    };

    /// <summary>Whether the value's type is one of the alternatives; an empty list fits every list type.</summary>
    public static bool Conforms(object value, string type)
    {
        var actual = Of(value);
        foreach (var alternative in Alternatives(type))
        {
            if (alternative == actual || (actual == "LIST<NOTHING>" && alternative.StartsWith("LIST<", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>The alternatives of a union at its top level (a list's element type has none here).</summary>
    public static IEnumerable<string> Alternatives(string type) => type.Split(" | ", StringSplitOptions.TrimEntries);
}
