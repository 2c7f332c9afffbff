using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators.Parallel;

/// <summary>
/// An aggregate whose per-worker partial results merge exactly: count(*), count(x) and count(DISTINCT x). The
/// others (collect keeps an order, sum and avg their own arithmetic) keep the aggregation serial.
/// </summary>
internal sealed class MergeableAggregate
{
    private readonly SlotExpression? _argument;
    private readonly bool _distinct;

    private MergeableAggregate(int slot, SlotExpression? argument, bool distinct)
    {
        Slot = slot;
        _argument = argument;
        _distinct = distinct;
    }

    public int Slot { get; }

    /// <summary>The mergeable form of an aggregate call, or null when it has none.</summary>
    public static MergeableAggregate? Of(AggregateItem item) => item.Call switch
    {
        CountStar => new MergeableAggregate(item.Symbol.Slot, null, false),
        FunctionCall { Arguments.Count: 1 } f when f.Name.Equals("count", StringComparison.OrdinalIgnoreCase) =>
            new MergeableAggregate(item.Symbol.Slot, ExpressionCompiler.Compile(new BoundExpression(f.Arguments[0], item.Scope)), f.Distinct),
        _ => null,
    };

    public State Start() => new(this);

    /// <summary>One group's partial count on one worker.</summary>
    public sealed class State(MergeableAggregate call)
    {
        private readonly HashSet<object?>? _seen = call._distinct ? new HashSet<object?>(CypherEquality.Equivalence) : null;
        private HashSet<long>? _ids;
        private long _count;

        public void Add(object?[] row, OperatorContext ctx)
        {
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
                    Add(row, ctx);
                    break;
            }
        }

        /// <summary>Adds another worker's partial result for the same group.</summary>
        public void Merge(State other)
        {
            if (other._ids is not null) (_ids ??= []).UnionWith(other._ids);
            if (_seen is not null) _seen.UnionWith(other._seen!);
            _count += other._count;
        }

        public long Result => _ids?.Count ?? _seen?.Count ?? _count;
    }
}
