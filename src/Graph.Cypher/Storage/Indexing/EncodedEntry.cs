namespace Graph.Cypher.Storage.Indexing;

/// <summary>An index entry with its key already encoded by <see cref="IndexKeyCodec"/>.</summary>
internal readonly record struct EncodedEntry(byte[] Key, long Id)
{
    public static readonly IComparer<EncodedEntry> Order = Comparer<EncodedEntry>.Create(static (x, y) =>
    {
        var c = IndexKeyCodec.Compare(x.Key, y.Key);
        return c != 0 ? c : x.Id.CompareTo(y.Id);
    });
}
