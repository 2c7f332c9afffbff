using Graph.Core.Errors;
using Graph.Core.Store;
using Graph.Cypher.Planning;
using Graph.Cypher.Semantics;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Execution;

/// <summary>
/// Compiles (through the plan cache) and runs one statement against a view or writer, producing a materialised
/// result; under a record limit a statement that does not write is pulled for one row more than the limit only.
/// </summary>
internal sealed class StatementExecutor
{
    private readonly PlanCache _cache;
    private readonly TimeSpan _timeout;
    private readonly bool _interpretedOnly;
    private readonly string? _importDirectory;

    /// <param name="interpretedOnly">Run every statement on the clause interpreter (differential tests compare the two runtimes).</param>
    /// <param name="importDirectory">Where LOAD CSV reads from; null refuses it.</param>
    public StatementExecutor(PlanCache cache, TimeSpan timeout, bool interpretedOnly = false, string? importDirectory = null)
    {
        _cache = cache;
        _timeout = timeout;
        _interpretedOnly = interpretedOnly;
        _importDirectory = importDirectory;
    }

    /// <summary>
    /// Parses and checks a statement, cached by its text; not cached while procedures are declared for a scope,
    /// since the same text may then call a procedure of another signature.
    /// </summary>
    public CompiledStatement Compile(string text) => Procedures.ProcedureScope.Active ? CompileUncached(text) : _cache.GetOrAdd(text, CompileUncached);

    private static CompiledStatement CompileUncached(string t)
    {
        var statement = CypherParser.Parse(t);
        try
        {
            var (writes, parameters) = SemanticAnalyzer.Analyze(statement);
            return new CompiledStatement(statement, writes, parameters);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new GraphException(ErrorCodes.SyntaxError, "The statement is nested too deeply to be checked", ErrorPhase.Compile);
        }
    }

    public QueryResult Execute(
        CompiledStatement compiled,
        IGraphView view,
        IGraphWriter? writer,
        IReadOnlyDictionary<string, object?>? parameters,
        CancellationToken cancellation,
        int? maxRecords = null,
        InnerTransactions? innerTransactions = null)
    {
        if (compiled.Writes && writer is null)
        {
            throw new GraphException(ErrorCodes.AccessMode, "Writing in read access mode not allowed. Attempted write to internal graph 0 (neo4j)", ErrorPhase.Compile);
        }
        var normalized = ParameterNormalizer.Normalize(parameters);
        var missing = Missing(compiled.Parameters, normalized);
        if (missing.Count > 0 && compiled.Statement is not ExplainStatement { Profile: false })
        {
            throw new GraphException(ErrorCodes.ParameterMissing, $"Expected parameter(s): {string.Join(", ", missing)}", ErrorPhase.Compile);
        }
        // PROFILE reads through a counting view so every store read is a db hit of the running operator.
        var stats = compiled.Statement is ExplainStatement { Profile: true } ? new Profiling.ProfileStats() : null;
        var ctx = new QueryContext(stats is null ? view : new Profiling.CountingGraphView(view, stats), writer, normalized, _timeout, cancellation) { Stats = stats, ImportDirectory = _importDirectory, InnerTransactions = innerTransactions };
        var runner = new QueryRunner(ctx);
        try
        {
            // A write must run to its end; a read can stop once it is known to have more rows than the limit.
            var pullLimit = maxRecords is { } max && !compiled.Writes ? max + 1 : int.MaxValue;
            // Queries are planned (or given their reason to stay on the interpreter) before the first row.
            var plan = compiled.Statement is Query or ExplainStatement { Inner: Query } ? Operators.StatementPlanner.For(compiled, view, _interpretedOnly) : null;
            var result = Run(compiled.Statement, ctx, runner, plan, pullLimit);
            return maxRecords is { } limit ? result.Limit(limit) : result;
        }
        catch (InsufficientExecutionStackException)
        {
            throw new GraphException(ErrorCodes.ArgumentError, "The statement is nested too deeply to be executed");
        }
        catch (Exception ex) when (ex is not GraphException and not OperationCanceledException and not OutOfMemoryException)
        {
            // An engine fault must still reach the caller as a structured error, never as a crash.
            throw new GraphException(ErrorCodes.DatabaseError, $"The statement failed unexpectedly: {ex.Message}", ErrorPhase.Runtime, inner: ex);
        }
    }

    private static IReadOnlyList<string> Missing(IReadOnlyList<string> expected, IReadOnlyDictionary<string, object?> given)
    {
        List<string>? missing = null;
        foreach (var p in expected)
        {
            if (!given.ContainsKey(p)) (missing ??= []).Add(p);
        }
        return missing ?? (IReadOnlyList<string>)[];
    }

    private static QueryResult Run(Statement statement, QueryContext ctx, QueryRunner runner, Operators.StatementPlan? plan, int pullLimit)
    {
        switch (statement)
        {
            case Query when plan is { Planned: true }:
                return Operators.PlannedRun.Run(plan, ctx, runner, pullLimit);
            case Query q:
            {
                var rows = runner.RunTop(q, out var columns, pullLimit);
                return Result(columns, rows, ctx);
            }
            case ExplainStatement e when plan is { Planned: true }:
                return Operators.PlannedRun.Describe(plan, ctx, runner, e.Profile, pullLimit);
            case ExplainStatement e:
                return Explain(e, ctx, runner, plan?.Fallback, pullLimit);
            case ShowStatement show:
            {
                var rows = ShowCommands.Run(show, runner, ctx.Graph, out var columns);
                return Result(columns, rows, ctx);
            }
            default:
                SchemaCommands.Run(statement, ctx);
                return new QueryResult([], [], ctx.Counters.ToCounters());
        }
    }

    /// <summary>
    /// EXPLAIN describes without running; PROFILE runs and adds each operator's rows and db hits. Rows come
    /// root first (ProduceResults), each with its "Id" and its "Parent"'s id, as Neo4j prints the tree.
    /// </summary>
    /// <remarks>Under a record limit PROFILE profiles the run that stopped at the limit, so it too never builds a huge result.</remarks>
    private static QueryResult Explain(ExplainStatement e, QueryContext ctx, QueryRunner runner, FallbackReason? fallback, int pullLimit)
    {
        var ops = PlanDescription.Describe(e.Inner, ctx.Graph).Reverse().ToList();
        // The root says why the statement runs on the interpreter.
        if (fallback is { } reason) ops[0] = ops[0] with { Details = $"runtime=interpreted ({reason})" };
        if (!e.Profile)
        {
            IReadOnlyList<string> cols = ["Operator", "Id", "Parent", "Details", "Estimated Rows"];
            return new QueryResult(cols, ops.Select((o, i) => new Record(cols, [o.Operator, (long)i, Parent(i), o.Details, o.EstimatedRows])).ToList(), QueryCounters.None);
        }
        ctx.Profile = new Dictionary<Clause, long>(ReferenceEqualityComparer.Instance);
        var stats = ctx.Stats!;
        stats.ForgetPlanningHits();
        var inner = Run(e.Inner, ctx, runner, null, pullLimit);
        IReadOnlyList<string> pcols = ["Operator", "Id", "Parent", "Details", "Estimated Rows", "Rows", "DB Hits"];
        var records = ops.Select((o, i) => new Record(pcols, [
            o.Operator,
            (long)i,
            Parent(i),
            o.Details,
            o.EstimatedRows,
            Rows(o, ctx.Profile, stats, inner.Records.Count),
            Hits(o, stats),
        ])).ToList();
        return new QueryResult(pcols, records, inner.Counters);
    }

    // The described plan is a chain: each operator's parent is the one printed above it.
    private static long? Parent(int index) => index == 0 ? null : index - 1;

    private static long? Rows(PlanStep o, Dictionary<Clause, long> clauseRows, Profiling.ProfileStats stats, int resultRows)
    {
        if (o.Clause is null) return o.Operator == "ProduceResults" ? resultRows : null;
        if (o.StageRows && o.Stage is { } stage) return stats.Rows(o.Clause, stage) ?? 0;
        return clauseRows.TryGetValue(o.Clause, out var n) ? n : 0;
    }

    private static long Hits(PlanStep o, Profiling.ProfileStats stats)
    {
        if (o.Clause is null) return o.Operator == "ProduceResults" ? stats.UnattributedHits : 0;
        if (o.Stage is not { } stage) return 0;
        var hits = stats.Hits(o.Clause, stage);
        // Reads a MATCH makes before its first part starts (choosing where to start) belong to that start.
        if (stage == Stages.Start(0)) hits += stats.Hits(o.Clause, Stages.Main);
        return hits;
    }

    private static QueryResult Result(IReadOnlyList<string> columns, IReadOnlyList<Row> rows, QueryContext ctx)
    {
        var records = new List<Record>(rows.Count);
        // A statement without RETURN (CREATE …, a unit CALL) yields no records at all, as in Neo4j.
        if (columns.Count == 0) return new QueryResult(columns, records, ctx.Counters.ToCounters());
        foreach (var row in rows)
        {
            var values = new object?[columns.Count];
            for (var i = 0; i < columns.Count; i++) values[i] = ValueExporter.Export(row.Get(columns[i]), ctx.Graph);
            records.Add(new Record(columns, values));
        }
        return new QueryResult(columns, records, ctx.Counters.ToCounters());
    }
}
