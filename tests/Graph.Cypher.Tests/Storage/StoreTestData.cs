using Graph.Cypher.Storage;

namespace Graph.Cypher.Tests.Storage;

/// <summary>Small helpers for building store contents in tests.</summary>
internal static class StoreTestData
{
    public static Dictionary<string, object?> Props(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);

    public static readonly Dictionary<string, object?> None = [];

    public static long Commit(GraphStore store, Func<IWriteTransaction, long> action)
    {
        using var tx = store.BeginWrite();
        var result = action(tx);
        tx.Commit();
        return result;
    }

    public static void Commit(GraphStore store, Action<IWriteTransaction> action)
    {
        using var tx = store.BeginWrite();
        action(tx);
        tx.Commit();
    }
}
