namespace Graph.Cypher.Storage.Records;

/// <summary>
/// A relationship version stored by value (24 bytes): endpoints, type token and property block. The start
/// node and the type token share one word (40 + 24 bits), which takes a slot from 32 bytes to 24 — 40 MB
/// over five million relationships; node ids are dense from 0, so 2^40 of them is out of reach.
/// default(RelationshipSlot) is "no relationship".
/// </summary>
internal readonly struct RelationshipSlot : IRecordSlot
{
    /// <summary>Node ids must stay below this (2^40).</summary>
    public const long StartLimit = 1L << StartBits;

    /// <summary>Type tokens must stay below this (2^24 - 1).</summary>
    public const int TypeLimit = (1 << (64 - StartBits)) - 1;

    private const int StartBits = 40;

    // Start node in the low 40 bits, type token + 1 in the high 24 (so that a zeroed slot reads as absent).
    private readonly ulong _startAndType;

    public RelationshipSlot(long start, long end, int type, long properties)
    {
        if ((ulong)start >= StartLimit || (uint)type >= TypeLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"A relationship slot holds start node ids below 2^40 and type tokens below {TypeLimit} (got {start}, {type}).");
        }

        _startAndType = (ulong)start | ((ulong)(type + 1) << StartBits);
        End = end;
        Properties = properties;
    }

    public bool Present => _startAndType >> StartBits != 0;

    public long Start => (long)(_startAndType & (StartLimit - 1));

    public long End { get; }

    public int Type => (int)(_startAndType >> StartBits) - 1;

    public long Properties { get; }

    public RelationshipSlot WithProperties(long properties) => new(Start, End, Type, properties);
}
