using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>ORDER BY keys compiled, and the row order they define (Cypher orderability; ties keep arrival order).</summary>
internal sealed class SortOrder
{
    private readonly SlotExpression[] _keys;
    private readonly bool[] _descending;

    public SortOrder(IReadOnlyList<SortKey> keys)
    {
        _keys = keys.Select(k => ExpressionCompiler.Compile(k.Expression)).ToArray();
        _descending = keys.Select(k => k.Descending).ToArray();
    }

    /// <summary>A row with its sort values and arrival index.</summary>
    public readonly record struct Keyed(object?[] Row, object?[] Keys, long Index);

    public Keyed Key(object?[] row, long index, OperatorContext ctx)
    {
        var keys = new object?[_keys.Length];
        for (var i = 0; i < keys.Length; i++) keys[i] = _keys[i](row, ctx);
        return new Keyed(row, keys, index);
    }

    public int Compare(Keyed a, Keyed b)
    {
        var comparer = CypherComparison.Orderability;
        for (var i = 0; i < _descending.Length; i++)
        {
            var c = comparer.Compare(a.Keys[i], b.Keys[i]);
            if (c != 0) return _descending[i] ? -c : c;
        }
        return a.Index.CompareTo(b.Index);
    }
}
