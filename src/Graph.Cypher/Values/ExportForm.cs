using Graph.Core.Values;

namespace Graph.Cypher.Values;

/// <summary>
/// Values that are the same inside the engine and in a result, so they can be handed out as they are:
/// scalars, temporals and points, and the engine's <see cref="ExportedMap"/> and <see cref="ExportedList"/>
/// (whose contents are such values). Nodes, relationships, paths and other containers need exporting.
/// </summary>
internal static class ExportForm
{
    public static bool Is(object? value) =>
        value is null or string or long or double or bool or ExportedMap or ExportedList
            or CypherDate or CypherLocalTime or CypherTime or CypherLocalDateTime or CypherDateTime or CypherDuration or CypherPoint;

    /// <summary>
    /// The value in export form: itself, or for a list of such values (a stored list property, say) a copy
    /// as an <see cref="ExportedList"/>; false when it has no export form of its own (a node, a map).
    /// </summary>
    public static bool TryConvert(object? value, out object? exported)
    {
        exported = value;
        if (Is(value)) return true;
        if (value is not IReadOnlyList<object?> list) return false;
        var copy = new ExportedList(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (!TryConvert(list[i], out var item)) return false;
            copy.Add(item);
        }
        exported = copy;
        return true;
    }
}
