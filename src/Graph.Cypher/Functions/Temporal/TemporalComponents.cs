namespace Graph.Cypher.Functions.Temporal;

/// <summary>Component access on temporals and durations: date.year, dt.timezone, d.minutes, ….</summary>
internal static class TemporalComponents
{
    /// <summary>False when the value is not a temporal/duration; an unknown key on one gives null, as Neo4j does for maps.</summary>
    public static bool TryGet(object value, string key, out object? result)
    {
        result = null;
        return false;
    }
}
