namespace Graph.Cypher.Values;

/// <summary>
/// A map value built directly in the form results hand out: a <c>Dictionary</c> whose values are already
/// exported (storage values, constants, copied lists), so returning it costs no second copy. Entries are
/// only ever added or overwritten, never removed, so keys keep their insertion order as a
/// <see cref="CypherMap"/>'s do.
/// </summary>
internal sealed class ExportedMap(int capacity) : Dictionary<string, object?>(capacity, StringComparer.Ordinal);
