using Graph.Cypher.Planning.Cost;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// Joining a MATCH's independent components: an equality between one side's value and the other's (e.date =
/// a.date) makes a ValueHashJoin, otherwise a CartesianProduct; smaller inputs are joined first, the smaller
/// side of each join being the one held in memory.
/// </summary>
internal sealed partial class QueryPlanner
{
    private LogicalPlan Join(List<ComponentPlan> components, MatchGraph graph, List<Symbol> argument, bool[] applied)
    {
        var pending = components.OrderBy(c => c.Plan.Estimate).ToList();
        var current = pending[0];
        pending.RemoveAt(0);
        while (pending.Count > 0)
        {
            var (next, joinIndex, leftKey, rightKey) = NextJoin(current, pending, graph, applied);
            pending.Remove(next);
            LogicalPlan joined;
            if (joinIndex >= 0)
            {
                applied[joinIndex] = true;
                // The smaller side is hashed (left); the larger one streams past it.
                var (build, probe, buildKey, probeKey) = current.Plan.Estimate <= next.Plan.Estimate
                    ? (current, next, leftKey!, rightKey!)
                    : (next, current, rightKey!, leftKey!);
                joined = new ValueHashJoinPlan(build.Plan, probe.Plan, buildKey, probeKey, Introduced(build, argument),
                    CardinalityModel.ValueJoin(build.Plan.Estimate, probe.Plan.Estimate));
            }
            else
            {
                // The right side is read once and held: the smaller one.
                var (left, right) = current.Plan.Estimate >= next.Plan.Estimate ? (current, next) : (next, current);
                joined = new CartesianProductPlan(left.Plan, right.Plan, Introduced(right, argument), left.Plan.Estimate * right.Plan.Estimate);
            }
            var bound = new HashSet<Symbol>(current.Bound.Concat(next.Bound));
            current = new ComponentPlan(Push(joined, graph, bound, applied), bound, applied);
        }
        return current.Plan;
    }

    private static List<Symbol> Introduced(ComponentPlan side, List<Symbol> argument) => side.Bound.Where(s => !argument.Contains(s)).ToList();

    /// <summary>The component to join next: the first one an unapplied equality joins on, else the smallest.</summary>
    private static (ComponentPlan Next, int Index, BoundExpression? Left, BoundExpression? Right) NextJoin(
        ComponentPlan current, List<ComponentPlan> pending, MatchGraph graph, bool[] applied)
    {
        foreach (var candidate in pending)
        {
            for (var i = 0; i < graph.Predicates.Count; i++)
            {
                if (applied[i] || graph.Predicates[i] is not ExpressionPredicate { Expression.Syntax: BinaryExpression { Operator: BinaryOperator.Equal } eq } p) continue;
                var left = Reads(eq.Left, p.Expression.Scope);
                var right = Reads(eq.Right, p.Expression.Scope);
                if (left is null || right is null) continue;
                if (Side(left, current, candidate) && Side(right, candidate, current))
                {
                    return (candidate, i, new BoundExpression(eq.Left, p.Expression.Scope), new BoundExpression(eq.Right, p.Expression.Scope));
                }
                if (Side(right, current, candidate) && Side(left, candidate, current))
                {
                    return (candidate, i, new BoundExpression(eq.Right, p.Expression.Scope), new BoundExpression(eq.Left, p.Expression.Scope));
                }
            }
        }
        return (pending[0], -1, null, null);
    }

    /// <summary>The expression reads something this side binds and nothing only the other side binds.</summary>
    private static bool Side(HashSet<Symbol> reads, ComponentPlan side, ComponentPlan other) =>
        reads.Any(s => side.Bound.Contains(s) && !other.Bound.Contains(s)) && reads.All(side.Bound.Contains);
}
