using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Builds a named path from the row's node and relationship slots; a row missing any of them (OPTIONAL) gets null.</summary>
internal sealed class ProjectPathOperator(ProjectPathPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly int _path = plan.Path.Slot;
    private readonly int[] _nodes = plan.Nodes.Select(n => n.Slot).ToArray();
    private readonly int[] _rels = plan.Steps.Select(s => s.Relationship.Slot).ToArray();
    private readonly bool[] _varLength = plan.Steps.Select(s => s.VariableLength).ToArray();

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            var next = (object?[])row.Clone();
            next[_path] = Path(row, ctx);
            yield return next;
        }
    }

    private PathValue? Path(object?[] row, OperatorContext ctx)
    {
        if (row[_nodes[0]] is not NodeRef first) return null;
        var nodes = new List<NodeRef> { first };
        var rels = new List<RelRef>();
        for (var i = 0; i < _rels.Length; i++)
        {
            if (_varLength[i])
            {
                if (row[_rels[i]] is not IReadOnlyList<object?> hops || row[_nodes[i + 1]] is not NodeRef) return null;
                // The inner nodes are the far ends of each relationship walked from the node before it; the last is the hop's far node.
                foreach (var hop in hops)
                {
                    var rel = (RelRef)hop!;
                    var start = ctx.Graph.StartNode(rel.Id);
                    nodes.Add(new NodeRef(start == nodes[^1].Id ? ctx.Graph.EndNode(rel.Id) : start));
                    rels.Add(rel);
                }
                continue;
            }
            if (row[_rels[i]] is not RelRef single || row[_nodes[i + 1]] is not NodeRef node) return null;
            rels.Add(single);
            nodes.Add(node);
        }
        return new PathValue(nodes, rels);
    }
}
