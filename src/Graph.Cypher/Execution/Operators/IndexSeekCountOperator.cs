using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// EagerAggregation of counts alone (<c>count(*)</c>, <c>count(n)</c> of the sought node) with no grouping keys right
/// above a NodeIndexSeek (<c>MATCH (a:Agreement) WHERE a.kind = $k RETURN count(*)</c>, a GraphQL connection's
/// totalCount): when the seek is exact the index's ids are counted and no row is made. Otherwise, and under PROFILE
/// (which counts the seek's rows), the plain aggregation runs over the seek's rows.
/// </summary>
internal sealed class IndexSeekCountOperator(AggregationPlan plan, NodeIndexSeekOperator seek) : CountShortcutOperator(plan, seek)
{
    /// <summary>Whether an aggregation has this form: no grouping keys, only counts of rows or of the sought node, over an index seek.</summary>
    public static bool Fits(AggregationPlan plan) =>
        plan is { Groupings.Count: 0, Aggregates.Count: > 0, Source: NodeIndexSeekPlan seek }
        && plan.Aggregates.All(a => a.Call is CountStar
            || a.Call is FunctionCall { Arguments: [Variable v] } call && string.Equals(call.Name, "count", StringComparison.OrdinalIgnoreCase) && v.Name == seek.Node.Name);

    protected override long? Count(OperatorContext ctx, object?[] argument)
    {
        var (ids, exact) = seek.Find(ctx, argument);
        if (!exact) return null;
        // The seek's ids are distinct nodes, so count(DISTINCT n) is the same number.
        return ids.TryGetNonEnumeratedCount(out var n) ? n : ids.LongCount();
    }
}
