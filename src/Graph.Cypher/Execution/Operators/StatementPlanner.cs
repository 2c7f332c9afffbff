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
    public static StatementPlan For(CompiledStatement compiled, IGraphView view, bool interpretedOnly)
    {
        // CYPHER runtime=interpreted asks for the clause interpreter, as the engine option does; slotted, pipelined
        // and parallel all mean the planned runtime here, parallel letting its aggregations use several cores
        // (Parallel.RuntimeChoice).
        if (interpretedOnly || compiled.Statement.QueryOptions.Runtime == "interpreted") return new StatementPlan(null, 0, FallbackReason.Forced, null);
        // Procedures declared for a request (the jsonl protocol) may differ for the same text next time: planned afresh, never cached.
        if (Procedures.ProcedureScope.Active) return Make(compiled, view);
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
            Query => FallbackReason.None,
            _ => FallbackReason.NotAQuery,
        };
        if (reason != FallbackReason.None) return new StatementPlan(null, 0, reason, null);
        try
        {
            var (logical, width) = QueryPlanner.Plan((Query)statement, new GraphStatistics(view));
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
