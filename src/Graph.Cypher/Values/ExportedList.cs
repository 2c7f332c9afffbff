namespace Graph.Cypher.Values;

/// <summary>
/// A list value built directly in the form results hand out: every item is already exported (see
/// <see cref="ExportForm"/>), so returning it costs no copy. Built by the engine for values it has just
/// made (collect, pattern comprehensions), never for a list someone else holds.
/// </summary>
internal sealed class ExportedList : List<object?>
{
    public ExportedList(int capacity)
        : base(capacity)
    {
    }
}
