using System.Collections.Concurrent;

namespace Graph.Cypher.Storage.Records;

/// <summary>
/// Interned names (labels, types, property keys) as small ints. Append-only: like Neo4j's token
/// store, a token outlives the transaction that created it. Only the writer adds; anyone reads.
/// </summary>
internal sealed class TokenTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private volatile string[] _names = new string[16];
    private volatile int _count;

    public int Count => _count;

    public int? Find(string name) => _ids.TryGetValue(name, out var id) ? id : null;

    public int GetOrAdd(string name)
    {
        if (_ids.TryGetValue(name, out var id))
        {
            return id;
        }

        lock (_gate)
        {
            if (_ids.TryGetValue(name, out id))
            {
                return id;
            }

            id = _count;
            var names = _names;
            if (id == names.Length)
            {
                Array.Resize(ref names, names.Length * 2);
            }

            names[id] = name;
            _names = names;
            _count = id + 1;
            _ids[name] = id;
            return id;
        }
    }

    public string Name(int id) => _names[id];
}
