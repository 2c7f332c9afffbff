using Graph.Core.Values;

namespace Graph.Cypher.Values;

/// <summary>
/// Neo4j's names of value types as they appear in TypeError messages ("Integer", "String", "Map", …),
/// and the upper-case names valueType() reports ("INTEGER NOT NULL", "LIST<ANY> NOT NULL", …).
/// </summary>
internal static class CypherTypeNames
{
    public static string Of(object? value) => value switch
    {
        null => "Null",
        bool => "Boolean",
        long or int => "Integer",
        double => "Float",
        string => "String",
        NodeRef => "Node",
        RelRef => "Relationship",
        PathValue => "Path",
        IReadOnlyDictionary<string, object?> => "Map",
        IReadOnlyList<object?> => "List",
        CypherDate => "Date",
        CypherLocalTime => "LocalTime",
        CypherTime => "Time",
        CypherLocalDateTime => "LocalDateTime",
        CypherDateTime => "DateTime",
        CypherDuration => "Duration",
        CypherPoint => "Point",
        _ => value.GetType().Name,
    };

    /// <summary>The Cypher 5 type name used by valueType(): a list names the join of its element types.</summary>
    public static string ValueType(object? value) => value is null ? "NULL" : NonNull(value) + " NOT NULL";

    private static string NonNull(object value) => value switch
    {
        bool => "BOOLEAN",
        long or int => "INTEGER",
        double => "FLOAT",
        string => "STRING",
        NodeRef => "NODE",
        RelRef => "RELATIONSHIP",
        PathValue => "PATH",
        IReadOnlyDictionary<string, object?> => "MAP",
        IReadOnlyList<object?> list => "LIST<" + ElementType(list) + ">",
        CypherDate => "DATE",
        CypherLocalTime => "LOCAL TIME",
        CypherTime => "ZONED TIME",
        CypherLocalDateTime => "LOCAL DATETIME",
        CypherDateTime => "ZONED DATETIME",
        CypherDuration => "DURATION",
        CypherPoint => "POINT",
        _ => "ANY",
    };

    // Neo4j names a list by the union of its element types in its normalized type order ("LIST<INTEGER NOT NULL | STRING NOT NULL>");
    // NOTHING for the empty list; a null element makes every member nullable.
    private static string ElementType(IReadOnlyList<object?> list)
    {
        if (list.Count == 0) return "NOTHING";
        StackGuard.Check();
        var names = new List<string>(2);
        var nullable = false;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (item is null)
            {
                nullable = true;
                continue;
            }
            var name = NonNull(item);
            if (!names.Contains(name)) names.Add(name);
        }
        if (names.Count == 0) return "NULL";
        names.Sort((a, b) => TypeOrder(a).CompareTo(TypeOrder(b)));
        var suffix = nullable ? "" : " NOT NULL";
        return string.Join(" | ", names.ConvertAll(n => n + suffix));
    }

    private static int TypeOrder(string name)
    {
        var at = Array.IndexOf(NormalizedOrder, name.StartsWith("LIST<", StringComparison.Ordinal) ? "LIST" : name);
        return at < 0 ? NormalizedOrder.Length : at;
    }

    private static readonly string[] NormalizedOrder =
    [
        "BOOLEAN", "STRING", "INTEGER", "FLOAT", "DATE", "LOCAL TIME", "ZONED TIME", "LOCAL DATETIME", "ZONED DATETIME",
        "DURATION", "POINT", "NODE", "RELATIONSHIP", "MAP", "LIST", "PATH",
    ];
}
