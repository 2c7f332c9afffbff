using Graph.Core.Errors;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// What one run of a planned statement shares between its operators: the query context (view, parameters,
/// deadline), the interpreter's evaluator for the expressions not compiled yet, the row width, and PROFILE's
/// counters when profiling. The operator tree itself is immutable and shared by every run.
/// </summary>
internal sealed class OperatorContext
{
    public OperatorContext(QueryContext query, QueryRunner runner, int width, Profiling.ProfileStats? profile)
    {
        Query = query;
        Runner = runner;
        Width = width;
        Profile = profile;
    }

    public QueryContext Query { get; }

    public QueryRunner Runner { get; }

    public Evaluator Evaluator => Runner.Evaluator;

    public IGraphView Graph => Query.Graph;

    /// <summary>Slots per row: every symbol of the statement has its own.</summary>
    public int Width { get; }

    public Profiling.ProfileStats? Profile { get; }

    /// <summary>Set for a worker of a parallel aggregation: the scan at the bottom of its pipeline reads these morsels instead of the whole label.</summary>
    public Parallel.WorkerMorsels? Morsels { get; init; }

    /// <summary>The statement's <c>CYPHER runtime=</c> option (null: the engine chooses).</summary>
    public string? Runtime { get; init; }

    public object? Parameter(string name) =>
        Query.Parameters.TryGetValue(name, out var value)
            ? value
            : throw new GraphException(ErrorCodes.ParameterMissing, $"Expected parameter(s): {name}");

    /// <summary>A slot row as the interpreter's row, for an expression evaluated by the evaluator.</summary>
    public static Row RowOf(object?[] row, IReadOnlyList<Symbol> symbols)
    {
        var r = Row.Empty;
        for (var i = 0; i < symbols.Count; i++) r = r.With(symbols[i].Name, row[symbols[i].Slot]);
        return r;
    }
}
