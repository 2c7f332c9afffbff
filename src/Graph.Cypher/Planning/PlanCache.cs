namespace Graph.Cypher.Planning;

/// <summary>An LRU cache of compiled statements keyed by statement text; thread-safe.</summary>
internal sealed class PlanCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Key, CompiledStatement Value)>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, CompiledStatement Value)> _order = new();
    private readonly Lock _lock = new();

    public PlanCache(int capacity) => _capacity = Math.Max(0, capacity);

    public int Count
    {
        get { lock (_lock) return _map.Count; }
    }

    public CompiledStatement GetOrAdd(string text, Func<string, CompiledStatement> compile)
    {
        lock (_lock)
        {
            if (_map.TryGetValue(text, out var hit))
            {
                _order.Remove(hit);
                _order.AddFirst(hit);
                return hit.Value.Value;
            }
        }
        var compiled = compile(text);
        if (_capacity == 0) return compiled;
        lock (_lock)
        {
            if (_map.ContainsKey(text)) return compiled;
            _map[text] = _order.AddFirst((text, compiled));
            while (_map.Count > _capacity)
            {
                var last = _order.Last!;
                _order.RemoveLast();
                _map.Remove(last.Value.Key);
            }
        }
        return compiled;
    }
}
