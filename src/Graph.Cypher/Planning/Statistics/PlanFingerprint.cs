using System.Numerics;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Planning.Statistics;

/// <summary>
/// What a cached plan depends on beyond the statement text: the indexes it may seek with, and the graph's size
/// to within a factor of two (a plan made for an empty graph is made again once it fills). Cheap to compare
/// on every run: two integers and the index definitions, which a snapshot shares with the one before it.
/// </summary>
internal sealed class PlanFingerprint
{
    private readonly int _nodes;
    private readonly int _relationships;
    private readonly IReadOnlyList<IndexDefinition> _indexes;

    public PlanFingerprint(IGraphView view)
    {
        _nodes = Bucket(view.NodeCount);
        _relationships = Bucket(view.RelationshipCount);
        _indexes = view.Indexes;
    }

    public bool Matches(IGraphView view)
    {
        if (Bucket(view.NodeCount) != _nodes || Bucket(view.RelationshipCount) != _relationships) return false;
        var indexes = view.Indexes;
        if (ReferenceEquals(indexes, _indexes)) return true;
        if (indexes.Count != _indexes.Count) return false;
        for (var i = 0; i < indexes.Count; i++)
        {
            if (!Equals(indexes[i], _indexes[i])) return false;
        }
        return true;
    }

    private static int Bucket(long count) => BitOperations.Log2((ulong)count + 1);
}
