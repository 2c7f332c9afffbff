namespace Graph.Cypher.Storage.Records;

/// <summary>An immutable relationship version: endpoints, interned type token and properties.</summary>
internal sealed class RelationshipRecord(long start, long end, int type, Property[] properties)
{
    public long Start { get; } = start;

    public long End { get; } = end;

    public int Type { get; } = type;

    public Property[] Properties { get; } = properties;

    public RelationshipRecord WithProperties(Property[] properties) => new(Start, End, Type, properties);
}
