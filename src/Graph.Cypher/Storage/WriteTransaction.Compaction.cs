using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage;

/// <summary>
/// Reclaiming property-arena garbage. Blocks are never overwritten, so every property change leaves
/// its old block behind; the writer counts the bytes of blocks records still use and, at commit, once
/// the arena holds more garbage than live data, copies the live blocks to a fresh arena. Older states
/// keep the old arena (and stay readable) until the GC sees no snapshot using it.
/// </summary>
internal sealed partial class WriteTransaction
{
    // Below this an arena is not worth compacting (the copy costs more than the memory it frees).
    private const long MinimumCompactionBytes = 4 << 20;

    private void CountBlocks(long before, long after)
    {
        if (before != after)
        {
            _liveBlockBytes += PropertyCodec.Length(_arena, after) - PropertyCodec.Length(_arena, before);
        }
    }

    private void CompactIfWorthIt()
    {
        var size = _arena.Size;
        if (size >= MinimumCompactionBytes && size > 2 * _liveBlockBytes)
        {
            Compact();
        }
    }

    /// <summary>Re-stores every record's block in a new arena; slot pages are copied as any write copies them.</summary>
    internal void Compact()
    {
        var from = _arena;
        var to = new PropertyArena();
        foreach (var id in _nodes.Freeze().Ids())
        {
            var node = _nodes.Get(id);
            if (node.Properties != PropertyArena.EmptyBlock)
            {
                _nodes.Set(id, node.WithProperties(PropertyCodec.CopyTo(from, node.Properties, to)));
            }
        }

        foreach (var id in _relationships.Freeze().Ids())
        {
            var relationship = _relationships.Get(id);
            if (relationship.Properties != PropertyArena.EmptyBlock)
            {
                _relationships.Set(id, relationship.WithProperties(PropertyCodec.CopyTo(from, relationship.Properties, to)));
            }
        }

        _arena = to;
        _liveBlockBytes = to.Size;
    }
}
