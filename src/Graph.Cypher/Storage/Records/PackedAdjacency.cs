namespace Graph.Cypher.Storage.Records;

/// <summary>
/// The adjacency of every node of a bulk-built state (a reopened snapshot, an import) in one shared entry
/// array, node after node, outgoing then incoming: compressed sparse rows. Per node this costs two offsets
/// instead of an <see cref="Adjacency"/> object and two arrays (about 120 bytes at a million nodes each);
/// a node's <see cref="Adjacency"/> is a short-lived read-only view made on access, and the first writer
/// to change a node copies its entries into an adjacency of its own (see <see cref="NodeSlot"/>).
/// </summary>
internal sealed class PackedAdjacency
{
    private const int Stride = 3;

    // Entry 0 is left unused, so every window starts above 0 (what marks an AdjacencyList as packed).
    private readonly int[] _entries;

    // Node i's outgoing entries are [_starts[2i], _starts[2i+1]), its incoming ones [_starts[2i+1], _starts[2i+2]).
    private readonly int[] _starts;

    private PackedAdjacency(int[] entries, int[] starts)
    {
        _entries = entries;
        _starts = starts;
    }

    /// <summary>Whether one array can hold this many entries with int ids and offsets (otherwise nodes keep their own lists).</summary>
    public static bool Fits(long nodes, long relationships) =>
        nodes < int.MaxValue / 2 && relationships < int.MaxValue && ((2 * relationships) + 1) * Stride <= Array.MaxLength;

    public Adjacency For(int node)
    {
        var outStart = _starts[2 * node];
        var inStart = _starts[(2 * node) + 1];
        return Adjacency.Packed(
            AdjacencyList.Packed(_entries, outStart, inStart - outStart),
            AdjacencyList.Packed(_entries, inStart, _starts[(2 * node) + 2] - inStart));
    }

    /// <summary>
    /// Packs relationships given as parallel arrays indexed by relationship id (type -1: no relationship):
    /// each node's entries in relationship id order, as appending them one by one would list them. Every id
    /// must fit an int (see <see cref="Fits"/>).
    /// </summary>
    public static PackedAdjacency Build(int nodes, int relationshipCount, Func<int, (int Start, int End, int Type)> relationship, int relationshipIds)
    {
        var starts = new int[(2 * nodes) + 1];
        var cursor = new int[2 * nodes];
        for (var id = 0; id < relationshipIds; id++)
        {
            var (start, end, type) = relationship(id);
            if (type >= 0)
            {
                cursor[2 * start]++;
                cursor[(2 * end) + 1]++;
            }
        }

        var at = 1;
        for (var i = 0; i < cursor.Length; i++)
        {
            starts[i] = at;
            var count = cursor[i];
            cursor[i] = at;
            at += count;
        }

        starts[^1] = at;
        var entries = new int[at * Stride];
        if (at - 1 != 2 * relationshipCount)
        {
            throw new InvalidDataException($"Packed {at - 1} adjacency entries for {relationshipCount} relationships.");
        }

        // Outgoing and incoming windows never overlap, so the two directions fill on two threads.
        Parallel.Invoke(
            () => Fill(entries, cursor, relationship, relationshipIds, outgoing: true),
            () => Fill(entries, cursor, relationship, relationshipIds, outgoing: false));
        return new PackedAdjacency(entries, starts);
    }

    private static void Fill(int[] entries, int[] cursor, Func<int, (int Start, int End, int Type)> relationship, int relationshipIds, bool outgoing)
    {
        for (var id = 0; id < relationshipIds; id++)
        {
            var (start, end, type) = relationship(id);
            if (type < 0)
            {
                continue;
            }

            var (node, other) = outgoing ? (start, end) : (end, start);
            var at = cursor[(2 * node) + (outgoing ? 0 : 1)]++ * Stride;
            entries[at] = id;
            entries[at + 1] = other;
            entries[at + 2] = type;
        }
    }
}
