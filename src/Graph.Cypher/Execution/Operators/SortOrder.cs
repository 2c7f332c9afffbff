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

    public int Width => _keys.Length;

    public Keyed Key(object?[] row, long index, OperatorContext ctx)
    {
        var keys = new object?[_keys.Length];
        Fill(row, ctx, keys);
        return new Keyed(row, keys, index);
    }

    /// <summary>A row's sort values into a caller's buffer: a Top tests a row against its worst kept one before keeping anything of it.</summary>
    public void Fill(object?[] row, OperatorContext ctx, object?[] into)
    {
        for (var i = 0; i < into.Length; i++) into[i] = _keys[i](row, ctx);
    }

    public int Compare(Keyed a, Keyed b) => Compare(a.Keys, a.Index, b);

    public int Compare(object?[] keys, long index, Keyed b)
    {
        var comparer = CypherComparison.Orderability;
        for (var i = 0; i < _descending.Length; i++)
        {
            var c = comparer.Compare(keys[i], b.Keys[i]);
            if (c != 0) return _descending[i] ? -c : c;
        }
        return index.CompareTo(b.Index);
    }
}
