using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>Row-level equivalence for DISTINCT, UNION and grouping keys (null equals null, 1 equals 1.0).</summary>
internal sealed class ValueListComparer : IEqualityComparer<IReadOnlyList<object?>>
{
    public static ValueListComparer Instance { get; } = new();

    public bool Equals(IReadOnlyList<object?>? x, IReadOnlyList<object?>? y)
    {
        if (x is null || y is null) return x is null && y is null;
        if (x.Count != y.Count) return false;
        for (var i = 0; i < x.Count; i++)
        {
            if (!CypherEquality.Equivalent(x[i], y[i])) return false;
        }
        return true;
    }

    public int GetHashCode(IReadOnlyList<object?> obj)
    {
        var hash = new HashCode();
        for (var i = 0; i < obj.Count; i++) hash.Add(CypherEquality.Hash(obj[i]));
        return hash.ToHashCode();
    }
}
