using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// ProjectEndpoints: for each row whose relationship slot holds a relationship of the pattern's types, the row with
/// the pattern's ends bound to its start and end node (or checked, where bound already), in each orientation the
/// pattern's direction allows. Anything else in the slot (null, a list, a node) matches nothing.
/// </summary>
internal sealed class ProjectEndpointsOperator(ProjectEndpointsPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly int _rel = plan.Relationship.Slot;
    private readonly int _left = plan.Left.Slot;
    private readonly int _right = plan.Right.Slot;

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var graph = ctx.Graph;
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            if (row[_rel] is not RelRef r || graph.IsRelationshipDeleted(r.Id) || !graph.RelationshipExists(r.Id)) continue;
            if (plan.Types is { } types && !types.Contains(graph.RelationshipType(r.Id))) continue;
            var (start, end) = (graph.StartNode(r.Id), graph.EndNode(r.Id));
            if (plan.Direction != RelationshipDirection.Incoming && Bound(row, start, end) is { } forward) yield return forward;
            // Undirected: the other way round too, unless it is the same row (a self-loop matches once).
            if (plan.Direction == RelationshipDirection.Incoming || (plan.Direction == RelationshipDirection.Both && start != end))
            {
                if (Bound(row, end, start) is { } backward) yield return backward;
            }
        }
    }

    /// <summary>The row with the left end <paramref name="left"/> and the right end <paramref name="right"/>, or null when a bound end differs.</summary>
    private object?[]? Bound(object?[] row, long left, long right)
    {
        if (plan.LeftInScope && !(row[_left] is NodeRef l && l.Id == left)) return null;
        if (plan.RightInScope && !(row[_right] is NodeRef rr && rr.Id == right)) return null;
        // The same node written at both ends ((a)-[r]-(a)) is one slot: both ends must then agree.
        if (_left == _right && left != right) return null;
        var next = (object?[])row.Clone();
        next[_left] = new NodeRef(left);
        next[_right] = new NodeRef(right);
        return next;
    }
}
