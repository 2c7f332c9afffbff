namespace Graph.Cypher.Storage.Records;

/// <summary>
/// A node's relationship ids per direction as compact growable arrays (a self-loop is in both).
/// Readers only read the first Count slots. A writer may append in place only to an instance it owns
/// (Owner is its current epoch); published instances are copied first, so snapshots never move.
/// </summary>
internal sealed class Adjacency
{
    public static readonly Adjacency Empty = new([], 0, [], 0, owner: null);

    private Adjacency(long[] outgoing, int outCount, long[] incoming, int inCount, object? owner)
    {
        Outgoing = outgoing;
        OutCount = outCount;
        Incoming = incoming;
        InCount = inCount;
        Owner = owner;
    }

    public long[] Outgoing { get; private set; }

    public int OutCount { get; private set; }

    public long[] Incoming { get; private set; }

    public int InCount { get; private set; }

    public object? Owner { get; }

    public int Count => OutCount + InCount;

    public Adjacency CopyFor(object owner) =>
        new(Outgoing[..OutCount], OutCount, Incoming[..InCount], InCount, owner);

    public void Add(bool outgoing, long relationship)
    {
        if (outgoing)
        {
            Outgoing = Append(Outgoing, OutCount, relationship);
            OutCount++;
        }
        else
        {
            Incoming = Append(Incoming, InCount, relationship);
            InCount++;
        }
    }

    public void Remove(bool outgoing, long relationship)
    {
        if (outgoing)
        {
            OutCount = RemoveFrom(Outgoing, OutCount, relationship);
        }
        else
        {
            InCount = RemoveFrom(Incoming, InCount, relationship);
        }
    }

    private static long[] Append(long[] items, int count, long value)
    {
        if (count == items.Length)
        {
            Array.Resize(ref items, Math.Max(4, count * 2));
        }

        items[count] = value;
        return items;
    }

    private static int RemoveFrom(long[] items, int count, long value)
    {
        var index = Array.IndexOf(items, value, 0, count);
        if (index < 0)
        {
            return count;
        }

        Array.Copy(items, index + 1, items, index, count - index - 1);
        return count - 1;
    }
}
