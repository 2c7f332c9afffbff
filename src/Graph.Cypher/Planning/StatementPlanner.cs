using Graph.Cypher.Execution.Operators;
using Graph.Cypher.Planning.Statistics;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// Decides, once per statement text (and again when its indexes or the graph's size change), whether a
/// statement runs as a planned operator tree or on the interpreter, and builds the tree.
/// </summary>
internal static class StatementPlanner
{
    public static StatementPlan For(CompiledStatement compiled, IGraphView view, bool interpretedOnly)
    {
        if (interpretedOnly) return new StatementPlan(null, 0, FallbackReason.Forced, "");
        var fingerprint = GraphStatistics.Fingerprint(view);
        if (compiled.Plans.Current is { } cached && cached.Fingerprint == fingerprint) return cached;
        var plan = Make(compiled, view, fingerprint);
        compiled.Plans.Current = plan;
        return plan;
    }

    private static StatementPlan Make(CompiledStatement compiled, IGraphView view, string fingerprint)
    {
        var statement = compiled.Statement is ExplainStatement e ? e.Inner : compiled.Statement;
        var reason = statement switch
        {
            UnionQuery => FallbackReason.Union,
            SingleQuery when compiled.Writes => FallbackReason.UpdatingClause,
            SingleQuery => FallbackReason.None,
            _ => FallbackReason.NotAQuery,
        };
        if (reason != FallbackReason.None) return new StatementPlan(null, 0, reason, fingerprint);
        try
        {
            var (logical, width) = QueryPlanner.Plan((SingleQuery)statement, new GraphStatistics(view));
            return new StatementPlan((ProduceResultsOperator)OperatorFactory.Build(logical), width, FallbackReason.None, fingerprint);
        }
        catch (PlanningFallbackException fallback)
        {
            return new StatementPlan(null, 0, fallback.Reason, fingerprint);
        }
    }
}
