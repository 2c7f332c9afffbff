namespace Graph.Cypher.Storage.Records;

/// <summary>
/// A node's relationships per direction, each entry knowing its other end and type (a self-loop is
/// in both lists). Readers only read the first Count entries. A writer may append in place only to
/// an instance it owns (Owner is its current epoch); published instances are copied first, so
/// snapshots never move.
/// </summary>
internal sealed class Adjacency
{
    public static readonly Adjacency Empty = new(AdjacencyList.Empty, AdjacencyList.Empty, owner: null);

    private AdjacencyList _outgoing;
    private AdjacencyList _incoming;

    private Adjacency(AdjacencyList outgoing, AdjacencyList incoming, object? owner)
    {
        _outgoing = outgoing;
        _incoming = incoming;
        Owner = owner;
    }

    public object? Owner { get; }

    public int OutCount => _outgoing.Count;

    public int InCount => _incoming.Count;

    public int Count => _outgoing.Count + _incoming.Count;

    /// <summary>Entries that could be appended in place (memory held beyond what is listed).</summary>
    public int SpareCapacity => _outgoing.Capacity - _outgoing.Count + _incoming.Capacity - _incoming.Count;

    public AdjacencyEntry Outgoing(int index) => _outgoing[index];

    public AdjacencyEntry Incoming(int index) => _incoming[index];

    /// <summary>A read-only view of one node's windows in a <see cref="PackedAdjacency"/> (no owner: a writer copies it first).</summary>
    public static Adjacency Packed(AdjacencyList outgoing, AdjacencyList incoming) => new(outgoing, incoming, owner: null);

    /// <summary>Empty lists with room for exactly these counts (a bulk build that counted degrees first).</summary>
    public static Adjacency WithCapacity(int outgoing, int incoming, object owner) =>
        new(new AdjacencyList(outgoing), new AdjacencyList(incoming), owner);

    /// <summary>A copy the writer <paramref name="owner"/> may change, with room for that many more entries per direction.</summary>
    public Adjacency CopyFor(object owner, int outgoingRoom = 0, int incomingRoom = 0) =>
        new(_outgoing.Copy(outgoingRoom), _incoming.Copy(incomingRoom), owner);

    /// <summary>Drops the spare capacity appends left, before the owner publishes this instance.</summary>
    public void TrimExcess()
    {
        _outgoing.TrimExcess();
        _incoming.TrimExcess();
    }

    /// <summary>Records a relationship; <paramref name="other"/> is its end node when outgoing, its start node when incoming.</summary>
    public void Add(bool outgoing, long relationship, long other, int type)
    {
        if (outgoing)
        {
            _outgoing.Add(relationship, other, type);
        }
        else
        {
            _incoming.Add(relationship, other, type);
        }
    }

    public void Remove(bool outgoing, long relationship)
    {
        if (outgoing)
        {
            _outgoing.Remove(relationship);
        }
        else
        {
            _incoming.Remove(relationship);
        }
    }

    /// <summary>Hops from <paramref name="node"/> (this adjacency's node) along relationships of the given direction and types.</summary>
    public void Expand(long node, Direction direction, TypeFilter types, HopBuffer into)
    {
        if (direction == Direction.Both && _outgoing.Count > 0 && _incoming.Count > 0)
        {
            into.Reserve(Count);
            MergeNewestFirst(node, types, into, null);
            return;
        }

        if (direction != Direction.Incoming)
        {
            _outgoing.AppendHops(types, skipOther: -1, into);
        }

        if (direction != Direction.Outgoing)
        {
            _incoming.AppendHops(types, SkipForIncoming(node, direction), into);
        }
    }

    /// <summary>The relationship ids <see cref="Expand"/> would take, in the same order.</summary>
    public void CollectRelationships(long node, Direction direction, TypeFilter types, List<long> into)
    {
        if (direction == Direction.Both && _outgoing.Count > 0 && _incoming.Count > 0)
        {
            MergeNewestFirst(node, types, null, into);
            return;
        }

        if (direction != Direction.Incoming)
        {
            _outgoing.AppendRelationships(types, skipOther: -1, into);
        }

        if (direction != Direction.Outgoing)
        {
            _incoming.AppendRelationships(types, SkipForIncoming(node, direction), into);
        }
    }

    /// <summary>How many hops <see cref="Expand"/> would take.</summary>
    public int Degree(long node, Direction direction, TypeFilter types)
    {
        var degree = 0;
        if (direction != Direction.Incoming)
        {
            degree += _outgoing.CountMatching(types, skipOther: -1);
        }

        if (direction != Direction.Outgoing)
        {
            degree += _incoming.CountMatching(types, SkipForIncoming(node, direction));
        }

        return degree;
    }

    /// <summary>
    /// Both directions as Neo4j's single relationship chain lists them: newest first, outgoing and incoming
    /// interleaved. Relationship ids are handed out in creation order, so the two lists merge by id.
    /// </summary>
    private void MergeNewestFirst(long node, TypeFilter types, HopBuffer? hops, List<long>? ids)
    {
        var o = _outgoing.Count - 1;
        var i = _incoming.Count - 1;
        while (o >= 0 || i >= 0)
        {
            AdjacencyEntry entry;
            if (i < 0 || (o >= 0 && _outgoing[o].Relationship > _incoming[i].Relationship))
            {
                entry = _outgoing[o--];
            }
            else
            {
                entry = _incoming[i--];
                if (entry.Other == node)
                {
                    // A self-loop: taken once, from the outgoing list.
                    continue;
                }
            }

            if (!types.Matches(entry.Type))
            {
                continue;
            }

            if (hops is not null)
            {
                hops.Add(entry.Relationship, entry.Other);
            }
            else
            {
                ids!.Add(entry.Relationship);
            }
        }
    }

    // A self-loop is in both lists (its other end is the node itself); for Both it is taken once, from the outgoing list.
    private static long SkipForIncoming(long node, Direction direction) => direction == Direction.Both ? node : -1;
}
