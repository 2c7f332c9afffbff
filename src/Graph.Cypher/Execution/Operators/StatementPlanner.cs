using Graph.Cypher.Planning;
using Graph.Cypher.Planning.Statistics;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// The physical plan of a statement, made before its first row: the operator tree to run (and print), or the
/// reason it runs on the interpreter.
/// </summary>
internal sealed record StatementPlan(ProduceResultsOperator? Root, int Width, FallbackReason Fallback, PlanFingerprint? Fingerprint)
    : CachedPlan(Fallback, Fingerprint)
{
    public bool Planned => Root is not null;

    /// <summary>The statement's <c>CYPHER runtime=</c> option: whether its aggregations may use several cores.</summary>
    public string? Runtime { get; init; }
}

/// <summary>
/// Decides, once per statement text (and again when its indexes or the graph's size change), whether a
/// statement runs as a planned operator tree or on the interpreter, and builds the tree.
/// </summary>
internal static class StatementPlanner
{
    // Any CALL subquery, at any depth, that the interpreter's collected-hop path recognises.
    private static bool HasCollectedHop(SingleQuery query) =>
        query.Clauses.Any(c => c is SubqueryCallClause call && (CollectedHop.Of(call) is not null || call.Body is SingleQuery body && HasCollectedHop(body)));

    public static StatementPlan For(CompiledStatement compiled, IGraphView view, bool interpretedOnly)
    {
        // CYPHER runtime=interpreted asks for the clause interpreter, as the engine option does; slotted, pipelined
        // and parallel all mean the planned runtime here, parallel letting its aggregations use several cores
        // (Parallel.RuntimeChoice).
        if (interpretedOnly || compiled.Statement.QueryOptions.Runtime == "interpreted") return new StatementPlan(null, 0, FallbackReason.Forced, null);
        if (compiled.Plans.Current is StatementPlan cached && (cached.Fingerprint is null || cached.Fingerprint.Matches(view))) return cached;
        var plan = Make(compiled, view);
        compiled.Plans.Current = plan;
        return plan;
    }

    private static StatementPlan Make(CompiledStatement compiled, IGraphView view)
    {
        var statement = compiled.Statement is ExplainStatement e ? e.Inner : compiled.Statement;
        var reason = statement switch
        {
            UnionQuery => FallbackReason.Union,
            SingleQuery => FallbackReason.None,
            _ => FallbackReason.NotAQuery,
        };
        if (reason != FallbackReason.None) return new StatementPlan(null, 0, reason, null);
        // The interpreter's collected-hop path (the GraphQL translator's nested collect) is still faster than
        // Apply over Argument (bench/README "The query plan": 0.6–0.8×), so it keeps those statements unless the
        // statement asks for the planned runtime by name.
        if (compiled.Statement.QueryOptions.Runtime is null && HasCollectedHop((SingleQuery)statement))
        {
            return new StatementPlan(null, 0, FallbackReason.InterpreterFastPath, null);
        }
        try
        {
            var (logical, width) = QueryPlanner.Plan((SingleQuery)statement, new GraphStatistics(view));
            return new StatementPlan((ProduceResultsOperator)OperatorFactory.Build(logical), width, FallbackReason.None, new PlanFingerprint(view))
            {
                Runtime = compiled.Statement.QueryOptions.Runtime ?? statement.QueryOptions.Runtime,
            };
        }
        catch (PlanningFallbackException fallback)
        {
            return new StatementPlan(null, 0, fallback.Reason, null);
        }
        catch (Exception fault) when (fault is not OutOfMemoryException and not InsufficientExecutionStackException)
        {
            // A planner bug must not cost the statement its answer: the interpreter still runs it, and EXPLAIN says why.
            return new StatementPlan(null, 0, FallbackReason.PlannerFault, null);
        }
    }
}
