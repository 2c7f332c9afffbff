using Graph.Core.Values;
using Graph.Cypher.Values;

namespace Graph.Cypher.Procedures;

/// <summary>Counts, for the entities of one kind, how many carry each property and with which value types.</summary>
internal sealed class PropertyTally
{
    private readonly SortedDictionary<string, (int Count, SortedSet<string> Types)> _properties = new(StringComparer.Ordinal);
    private int _entities;

    public void Add(IReadOnlyDictionary<string, object?> properties)
    {
        _entities++;
        foreach (var (name, value) in properties)
        {
            if (value is null) continue;
            if (!_properties.TryGetValue(name, out var seen)) seen = (0, new SortedSet<string>(StringComparer.Ordinal));
            seen.Types.Add(TypeName(value));
            _properties[name] = (seen.Count + 1, seen.Types);
        }
    }

    /// <summary>One row per property (name, type names, held by all); one all-null row when none was seen.</summary>
    public IEnumerable<(string? Name, List<object?>? Types, bool Mandatory)> Rows()
    {
        if (_properties.Count == 0)
        {
            yield return (null, null, false);
            yield break;
        }

        foreach (var (name, seen) in _properties)
        {
            yield return (name, seen.Types.Cast<object?>().ToList(), seen.Count == _entities);
        }
    }

    // Neo4j 5 names property types after its value classes: Long, Double, String, …, and LongArray for lists.
    private static string TypeName(object value) => value switch
    {
        string => "String",
        long or int => "Long",
        double or float => "Double",
        bool => "Boolean",
        CypherDate => "Date",
        CypherDateTime => "DateTime",
        CypherLocalDateTime => "LocalDateTime",
        CypherTime => "Time",
        CypherLocalTime => "LocalTime",
        CypherDuration => "Duration",
        CypherPoint => "Point",
        System.Collections.IList list => (list.Count > 0 && list[0] is { } first ? TypeName(first) : "String") + "Array",
        _ => CypherTypeNames.Of(value),
    };
}
