using System.Collections;

namespace Graph.Cypher.Functions.Scalar;

/// <summary>
/// The list <c>range()</c> returns, each item computed when read. <c>UNWIND range(1, 10000000) AS x</c> then
/// pulls its integers one at a time instead of first boxing ten million of them, so a read stopped early
/// (a LIMIT, the /cypher row cap) costs what it returned. It is a list like any other to the rest of the engine.
/// </summary>
internal sealed class RangeList(long start, long step, int count) : IReadOnlyList<object?>
{
    public int Count => count;

    public object? this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            // The last item is within [start, end], so no step taken towards it overflows.
            return unchecked(start + step * index);
        }
    }

    public IEnumerator<object?> GetEnumerator()
    {
        var value = start;
        for (var i = 0; i < Count; i++)
        {
            yield return value;
            value = unchecked(value + step);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
