using Graph.Cypher.Functions;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>One aggregate call's state in one group; DISTINCT aggregates drop equivalent repeats first.</summary>
internal sealed class AggregateState
{
    private readonly IAggregator? _aggregator;
    private readonly HashSet<object?>? _seen;
    private long _count;
    private object?[]? _args;

    public AggregateState(Expression call)
    {
        if (call is FunctionCall f)
        {
            if (!FunctionRegistry.TryGetAggregate(f.Name, out var def)) throw CypherErrors.Type($"Unknown aggregate {f.Name}");
            _aggregator = def.Create();
            if (f.Distinct) _seen = new HashSet<object?>(CypherEquality.Equivalence);
        }
    }

    public void Add(Expression call, Row row, Evaluator eval, QueryContext ctx)
    {
        if (_aggregator is null)
        {
            _count++;
            return;
        }
        var f = (FunctionCall)call;
        // One buffer per state, refilled per row: aggregators read their arguments during Add and keep none.
        var args = _args ??= new object?[f.Arguments.Count];
        for (var i = 0; i < args.Length; i++) args[i] = eval.Evaluate(f.Arguments[i], row);
        if (_seen is not null && (args.Length == 0 || args[0] is null || !_seen.Add(args[0]))) return;
        _aggregator.Add(args, ctx);
    }

    public object? Result(QueryContext ctx) => _aggregator is null ? _count : _aggregator.Result(ctx);
}
