using Graph.Cypher.Functions;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators.Parallel;

/// <summary>
/// An aggregate whose per-worker partial results merge exactly: count(*), count(x) and count(DISTINCT x) add up;
/// sum, avg, min, max and collect (DISTINCT or not) keep each morsel's non-null values in a run of their own and
/// fold them in morsel order at the end, through the serial aggregator, so the answer is the serial run's to the
/// bit: collect's order, integer overflow (an error at the same prefix), float rounding and the running mean of
/// avg, which of two equal extremes min and max keep. The workers still share the scan, the expansions, the
/// filters and the evaluation of the argument; only the fold is serial. The others (stDev, percentiles) stay serial.
/// </summary>
internal sealed class MergeableAggregate
{
    private static readonly HashSet<string> Ordered = new(StringComparer.OrdinalIgnoreCase) { "sum", "avg", "min", "max", "collect" };

    private readonly SlotExpression? _argument;
    private readonly bool _distinct;
    private readonly AggregateDefinition? _fold;

    private MergeableAggregate(int slot, SlotExpression? argument, bool distinct, AggregateDefinition? fold = null)
    {
        Slot = slot;
        _argument = argument;
        _distinct = distinct;
        _fold = fold;
    }

    public int Slot { get; }

    /// <summary>The mergeable form of an aggregate call, or null when it has none.</summary>
    public static MergeableAggregate? Of(AggregateItem item) => item.Call switch
    {
        CountStar => new MergeableAggregate(item.Symbol.Slot, null, false),
        FunctionCall { Arguments.Count: 1 } f when f.Name.Equals("count", StringComparison.OrdinalIgnoreCase) =>
            new MergeableAggregate(item.Symbol.Slot, Argument(f, item), f.Distinct),
        FunctionCall { Arguments.Count: 1 } f when Ordered.Contains(f.Name) && FunctionRegistry.TryGetAggregate(f.Name, out var definition) =>
            new MergeableAggregate(item.Symbol.Slot, Argument(f, item), f.Distinct, definition),
        _ => null,
    };

    private static SlotExpression Argument(FunctionCall f, AggregateItem item) => ExpressionCompiler.Compile(new BoundExpression(f.Arguments[0], item.Scope));

    public State Start() => new(this);

    /// <summary>One group's partial count on one worker, or its runs of values per morsel.</summary>
    public sealed class State(MergeableAggregate call)
    {
        private readonly HashSet<object?>? _seen = call._distinct && call._fold is null ? new HashSet<object?>(CypherEquality.Equivalence) : null;
        private readonly MorselRuns? _runs = call._fold is null ? null : new MorselRuns();
        private HashSet<long>? _ids;
        private long _count;

        public void Add(object?[] row, OperatorContext ctx, int morsel)
        {
            if (_runs is not null)
            {
                // Every aggregator folded here skips nulls, and DISTINCT drops them.
                if (call._argument!(row, ctx) is { } argument) _runs.Add(morsel, argument);
                return;
            }
            if (call._argument is null)
            {
                _count++;
                return;
            }
            var value = call._argument(row, ctx);
            // count skips nulls; DISTINCT also equivalent repeats.
            if (value is null) return;
            if (_seen is null) _count++;
            else _seen.Add(value);
        }

        /// <summary>Adds an input row's hops at once (<see cref="ExpandCounting"/>): what this count reads of them is its role.</summary>
        public void AddHops(HopRole role, Storage.HopBuffer hops, object?[] row, OperatorContext ctx)
        {
            switch (role)
            {
                case HopRole.Hops:
                    _count += hops.Count;
                    break;
                case HopRole.DistinctFar:
                    _ids ??= [];
                    for (var i = 0; i < hops.Count; i++) _ids.Add(hops[i].Other);
                    break;
                case HopRole.DistinctRelationship:
                    _ids ??= [];
                    for (var i = 0; i < hops.Count; i++) _ids.Add(hops[i].Relationship);
                    break;
                default:
                    // The same value on every hop's row: counted once per hop, or once as a distinct value.
                    var value = call._argument is null ? true : call._argument(row, ctx);
                    if (value is null) return;
                    if (_seen is null) _count += hops.Count;
                    else _seen.Add(value);
                    break;
            }
        }

        /// <summary>Adds one hop (its row's far node set), when the hops of a row fall into different groups.</summary>
        public void AddHop(HopRole role, Storage.Hop hop, object?[] row, OperatorContext ctx)
        {
            switch (role)
            {
                case HopRole.Hops:
                    _count++;
                    break;
                case HopRole.DistinctFar:
                    (_ids ??= []).Add(hop.Other);
                    break;
                case HopRole.DistinctRelationship:
                    (_ids ??= []).Add(hop.Relationship);
                    break;
                default:
                    Add(row, ctx, 0);
                    break;
            }
        }

        /// <summary>Adds another worker's partial result for the same group.</summary>
        public void Merge(State other)
        {
            if (other._ids is not null) (_ids ??= []).UnionWith(other._ids);
            if (_seen is not null) _seen.UnionWith(other._seen!);
            _runs?.Merge(other._runs!);
            _count += other._count;
        }

        public object? Result(OperatorContext ctx) => _runs is not null ? _runs.Fold(call._fold!, call._distinct, ctx) : (long)(_ids?.Count ?? _seen?.Count ?? _count);
    }
}
