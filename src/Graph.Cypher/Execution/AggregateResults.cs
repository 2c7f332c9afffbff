using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>
/// One group's aggregate results, keyed by the call's syntax node (by reference). A projection has few calls
/// and a subquery's RETURN builds one group per outer row, so the calls list is shared and looked up by scan
/// rather than hashed into a dictionary per group.
/// </summary>
internal sealed class AggregateResults : IReadOnlyDictionary<Expression, object?>
{
    private const int IndexThreshold = 8;

    private readonly IReadOnlyList<Expression> calls;
    private readonly object?[] values;
    private Dictionary<Expression, int>? index;

    public AggregateResults(IReadOnlyList<Expression> calls, object?[] values)
    {
        if (calls.Count != values.Length) throw new ArgumentException("One result per call", nameof(values));
        this.calls = calls;
        this.values = values;
    }

    public int Count => values.Length;

    public IEnumerable<Expression> Keys => calls;

    public IEnumerable<object?> Values => values;

    public object? this[Expression key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException();

    public bool ContainsKey(Expression key) => IndexOf(key) >= 0;

    public bool TryGetValue(Expression key, [MaybeNullWhen(false)] out object? value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? values[at] : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<Expression, object?>> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++) yield return new KeyValuePair<Expression, object?>(calls[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(Expression key)
    {
        if (values.Length > IndexThreshold) return (index ??= BuildIndex()).TryGetValue(key, out var found) ? found : -1;
        // From the end: the same call listed twice resolves to its last position, as with the index below.
        for (var i = values.Length - 1; i >= 0; i--)
        {
            if (ReferenceEquals(calls[i], key)) return i;
        }
        return -1;
    }

    // Last position wins, as in the per-group dictionary this type replaces.
    private Dictionary<Expression, int> BuildIndex()
    {
        var built = new Dictionary<Expression, int>(values.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < values.Length; i++) built[calls[i]] = i;
        return built;
    }
}
