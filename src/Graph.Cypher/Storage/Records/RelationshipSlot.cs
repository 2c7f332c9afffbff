namespace Graph.Cypher.Storage.Records;

/// <summary>
/// A relationship version stored by value (32 bytes): endpoints, type token and property block.
/// default(RelationshipSlot) is "no relationship".
/// </summary>
internal readonly struct RelationshipSlot : IRecordSlot
{
    // Type token + 1, so that a zeroed slot reads as absent.
    private readonly int _typePlusOne;

    public RelationshipSlot(long start, long end, int type, long properties)
    {
        Start = start;
        End = end;
        _typePlusOne = type + 1;
        Properties = properties;
    }

    public bool Present => _typePlusOne != 0;

    public long Start { get; }

    public long End { get; }

    public int Type => _typePlusOne - 1;

    public long Properties { get; }

    public RelationshipSlot WithProperties(long properties) => new(Start, End, Type, properties);
}
