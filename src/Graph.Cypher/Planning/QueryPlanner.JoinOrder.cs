using Graph.Cypher.Planning.Cost;
using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Planning;

/// <summary>
/// Join order inside one connected pattern, after Neo4j's greedy search: besides a single expand chain, the
/// pattern may be cut at a node every path between its two halves goes through, each half planned as its own
/// cheapest chain, and the halves met by a NodeHashJoin on that node. The cheapest cut by the cost model is
/// offered; the caller keeps it only if it beats the chain.
/// </summary>
internal sealed partial class QueryPlanner
{
    private ComponentPlan? HashJoined(List<MatchNode> nodes, List<MatchRelationship> rels, MatchGraph graph, List<Symbol> argument, bool[] applied)
    {
        // A component hanging off a bound node or relationship is already anchored; two hops are the fewest a cut can split.
        if (rels.Count < 2 || nodes.Any(n => n.Bound) || rels.Any(r => r.Bound)) return null;
        ComponentPlan? best = null;
        var bestCost = double.MaxValue;
        foreach (var cut in nodes)
        {
            if (Halves(cut, nodes, rels) is not var (leftRels, rightRels)) continue;
            var first = PlanChain(Ends(leftRels), leftRels, graph, argument, (bool[])applied.Clone());
            // Planned second, so its applied predicates include the first half's.
            var second = PlanChain(Ends(rightRels), rightRels, graph, argument, first.Applied);
            var done = (bool[])second.Applied.Clone();
            // The smaller side is hashed; the other streams past it.
            var (left, right) = first.Plan.Estimate <= second.Plan.Estimate ? (first, second) : (second, first);
            var rows = left.Plan.Estimate * right.Plan.Estimate / Math.Max(1, _stats.NodesWith(cut.Labels));
            var joined = new NodeHashJoinPlan(left.Plan, right.Plan, cut.Symbol, Introduced(left, argument), rows);
            var bound = new HashSet<Symbol>(left.Bound.Concat(right.Bound));
            var candidate = new ComponentPlan(Push(joined, graph, bound, done), bound, done);
            var cost = CostModel.Of(candidate.Plan);
            if (cost < bestCost)
            {
                best = candidate;
                bestCost = cost;
            }
        }
        return best;
    }

    /// <summary>
    /// The relationships on either side of <paramref name="cut"/>: the pattern without it falls apart into
    /// pieces; the first piece (with its relationships to the cut) is one half, the rest the other. Null when
    /// the pattern stays in one piece.
    /// </summary>
    private static (List<MatchRelationship> Left, List<MatchRelationship> Right)? Halves(MatchNode cut, List<MatchNode> nodes, List<MatchRelationship> rels)
    {
        var rest = nodes.Where(n => n != cut).ToList();
        if (rest.Count < 2) return null;
        var first = new HashSet<MatchNode> { rest[0] };
        bool grew;
        do
        {
            grew = false;
            foreach (var r in rels)
            {
                if (r.Left == cut || r.Right == cut) continue;
                if (first.Contains(r.Left) != first.Contains(r.Right))
                {
                    first.Add(r.Left);
                    first.Add(r.Right);
                    grew = true;
                }
            }
        } while (grew);
        if (first.Count == rest.Count) return null;
        bool InFirst(MatchRelationship r) => first.Contains(r.Left == cut ? r.Right : r.Left);
        return (rels.Where(InFirst).ToList(), rels.Where(r => !InFirst(r)).ToList());
    }

    /// <summary>The nodes some of these relationships touch, in pattern order.</summary>
    private static List<MatchNode> Ends(List<MatchRelationship> rels) =>
        rels.SelectMany(r => new[] { r.Left, r.Right }).Distinct().OrderBy(n => n.Order).ToList();
}
