using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// ShortestPath: per row with both ends bound, a breadth-first search over relationship-unique walks from the
/// start. A node first reached at some depth is not entered again from a deeper one, so every shortest path is
/// kept and nothing longer; the first depth within Min..Max that reaches the end answers (one path, or all).
/// </summary>
internal sealed class ShortestPathOperator(ShortestPathPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly ShortestPathPlan _plan = plan;

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var types = ctx.Graph.ResolveTypes(_plan.Types);
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            if (row[_plan.From.Slot] is not NodeRef start || row[_plan.To.Slot] is not NodeRef end) continue;
            foreach (var (nodes, rels) in Search(ctx, start.Id, end.Id, types))
            {
                var next = (object?[])row.Clone();
                var path = new PathValue(nodes.Select(n => new NodeRef(n)).ToList(), rels.Select(r => new RelRef(r)).ToList());
                next[_plan.Path.Slot] = path;
                next[_plan.Relationship.Slot] = _plan.RelationshipList ? path.Relationships.Cast<object?>().ToList() : path.Relationships[0];
                yield return next;
            }
        }
    }

    private List<(List<long> Nodes, List<long> Rels)> Search(OperatorContext ctx, long start, long end, TypeFilter types)
    {
        var frontier = new List<(List<long> Nodes, List<long> Rels)> { ([start], []) };
        var depthOf = new Dictionary<long, long> { [start] = 0 };
        var hops = ctx.Query.RentHops();
        try
        {
            for (var depth = 0L; frontier.Count > 0; depth++)
            {
                if (depth >= _plan.Min)
                {
                    var found = frontier.Where(f => f.Nodes[^1] == end).ToList();
                    if (found.Count > 0) return _plan.All ? found : [found[0]];
                }
                if (depth >= _plan.Max) break;
                var next = new List<(List<long>, List<long>)>();
                foreach (var (nodes, rels) in frontier)
                {
                    var at = nodes[^1];
                    if (at == end && depth >= _plan.Min) continue;
                    ctx.Graph.Expand(at, _plan.Direction, types, hops);
                    for (var i = 0; i < hops.Count; i++)
                    {
                        ctx.Query.Tick();
                        var (rel, other) = hops[i];
                        if (rels.Contains(rel) || ctx.Graph.IsNodeDeleted(other)) continue;
                        if (depthOf.TryGetValue(other, out var seen) && seen < depth + 1) continue;
                        depthOf[other] = depth + 1;
                        next.Add(([.. nodes, other], [.. rels, rel]));
                    }
                }
                frontier = next;
            }
            return [];
        }
        finally
        {
            ctx.Query.ReturnHops(hops);
        }
    }
}
