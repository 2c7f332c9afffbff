namespace Graph.Cypher.Storage.Records;

/// <summary>
/// A node's relationship ids per direction (a self-loop is in both). Readers only read the first
/// Count ids. A writer may append in place only to an instance it owns (Owner is its current
/// epoch); published instances are copied first, so snapshots never move.
/// </summary>
internal sealed class Adjacency
{
    public static readonly Adjacency Empty = new(RelationshipIdList.Empty, RelationshipIdList.Empty, owner: null);

    private RelationshipIdList _outgoing;
    private RelationshipIdList _incoming;

    private Adjacency(RelationshipIdList outgoing, RelationshipIdList incoming, object? owner)
    {
        _outgoing = outgoing;
        _incoming = incoming;
        Owner = owner;
    }

    public object? Owner { get; }

    public int OutCount => _outgoing.Count;

    public int InCount => _incoming.Count;

    public int Count => _outgoing.Count + _incoming.Count;

    public long Outgoing(int index) => _outgoing[index];

    public long Incoming(int index) => _incoming[index];

    /// <summary>Empty lists with room for exactly these counts (a bulk build that counted degrees first).</summary>
    public static Adjacency WithCapacity(int outgoing, int incoming, object owner) =>
        new(new RelationshipIdList(new int[outgoing], null, 0), new RelationshipIdList(new int[incoming], null, 0), owner);

    public Adjacency CopyFor(object owner) => new(_outgoing.Copy(), _incoming.Copy(), owner);

    public void Add(bool outgoing, long relationship)
    {
        if (outgoing)
        {
            _outgoing.Add(relationship);
        }
        else
        {
            _incoming.Add(relationship);
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
}
