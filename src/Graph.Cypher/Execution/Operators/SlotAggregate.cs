using Graph.Cypher.Functions;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>An aggregate call compiled against slots: makes one state per group.</summary>
internal sealed class SlotAggregate
{
    private readonly AggregateDefinition? _definition;
    private readonly SlotExpression[] _arguments;
    private readonly bool _distinct;

    public SlotAggregate(AggregateItem item)
    {
        Slot = item.Symbol.Slot;
        if (item.Call is FunctionCall f)
        {
            if (!FunctionRegistry.TryGetAggregate(f.Name, out var definition)) throw CypherErrors.Type($"Unknown aggregate {f.Name}");
            _definition = definition;
            _arguments = f.Arguments.Select(a => ExpressionCompiler.Compile(new BoundExpression(a, item.Scope))).ToArray();
            _distinct = f.Distinct;
        }
        else
        {
            _arguments = [];
        }
    }

    public int Slot { get; }

    public State Start() => new(this);

    /// <summary>One group's running value; count(*) only counts.</summary>
    public sealed class State(SlotAggregate call)
    {
        private readonly IAggregator? _aggregator = call._definition?.Create();
        private readonly HashSet<object?>? _seen = call._distinct ? new HashSet<object?>(CypherEquality.Equivalence) : null;
        private readonly object?[] _args = new object?[call._arguments.Length];
        private long _count;

        public void Add(object?[] row, OperatorContext ctx)
        {
            if (_aggregator is null)
            {
                _count++;
                return;
            }
            for (var i = 0; i < _args.Length; i++) _args[i] = call._arguments[i](row, ctx);
            // DISTINCT drops nulls and equivalent repeats of the aggregated value.
            if (_seen is not null && (_args.Length == 0 || _args[0] is null || !_seen.Add(_args[0]))) return;
            _aggregator.Add(_args, ctx.Query);
        }

        public object? Result(OperatorContext ctx) => _aggregator is null ? _count : _aggregator.Result(ctx.Query);
    }
}
