namespace Graph.Bolt.Values;

/// <summary>
/// How values are shaped for the negotiated version: Bolt 5 adds element ids to graph entities and sends
/// date-times as UTC seconds; Bolt 4.4 has neither (unless the client asked for the "utc" patch).
/// </summary>
public readonly record struct BoltDialect(bool ElementIds, bool UtcDateTime)
{
    public static BoltDialect V5 { get; } = new(true, true);

    public static BoltDialect V44 { get; } = new(false, false);
}
