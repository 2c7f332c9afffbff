using System.Runtime.CompilerServices;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// RollUpExpand(All) (see <see cref="RollUpExpandPlan"/>): per left row, the start node's relationships in one
/// batch, the far ends kept by label bitmap, and one value per far end rolled up into a list. A map of the far
/// end's properties (the GraphQL translator's <c>y { .a, k: 'c', field: v }</c>) or one property is built in
/// columns: each property read for every far end in a storage pass by its token, the list sized once, nested
/// levels asked for their column by the far end's id; no row per far end. Anything else (a WHERE, head(…),
/// another expression) gets a row per far end and the compiled expression.
/// </summary>
internal sealed class RollUpExpandOperator : PlanOperator
{
    private readonly RollUpExpandPlan _plan;
    private readonly int _from;
    private readonly int _rel;
    private readonly int _to;
    private readonly int _into;
    private readonly TokenCache[] _labels;
    private readonly TokenCache[]? _anyLabels;
    private int[]? _anyLabelTokens;
    private readonly Func<object?[], OperatorContext, bool>? _where;
    private readonly SlotExpression _value;
    private readonly FarEndColumns? _columns;

    // The nested levels in the order the body runs them, each adding one column per far end, and the Argument
    // they start from (counted under PROFILE).
    private readonly RollUpExpandOperator[] _levels;
    private readonly PlanOperator? _levelArgument;
    private int[]? _labelTokens;

    // Boxed: the plan is shared by runs on other threads, and a reference is written whole (a struct is not).
    private StrongBox<TypeFilter>? _types;

    public RollUpExpandOperator(RollUpExpandPlan plan, PlanOperator left, PlanOperator? levels)
        : base(plan, levels is null ? [left] : [left, levels])
    {
        _plan = plan;
        _from = plan.From.Slot;
        _rel = plan.Relationship.Slot;
        _to = plan.To.Slot;
        _into = plan.Into.Slot;
        _labels = plan.ToLabels.Select(l => new TokenCache(l, label: true)).ToArray();
        _anyLabels = plan.AnyToLabels?.Select(l => new TokenCache(l, label: true)).ToArray();
        _where = plan.Where is null ? null : ExpressionCompiler.Predicate(plan.Where);
        _value = ExpressionCompiler.Compile(plan.Value);
        var chain = new List<RollUpExpandOperator>();
        var op = levels;
        while (op is RollUpExpandOperator level)
        {
            chain.Add(level);
            op = level.Children[0];
        }
        chain.Reverse();
        _levels = [.. chain];
        _levelArgument = op;
        if (plan.Where is null && plan.Kind != RollUpExpandKind.Head) _columns = FarEndColumns.For(plan.Value, plan.To, _levels.Select(l => l._plan.Into).ToArray(), plan.SharedEnds);
    }

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            var next = (object?[])row.Clone();
            next[_into] = row[_from] is NodeRef start ? Roll(ctx, start.Id, row) : Nothing();
            yield return next;
        }
    }

    private object? Nothing() => _plan.Kind == RollUpExpandKind.Head ? null : new ExportedList(0);

    /// <summary>This level's value for one far end of the level above (PROFILE counts it as one row of this operator).</summary>
    public object? ValueFor(OperatorContext ctx, long start, object?[]? row)
    {
        if (ctx.Profile is not { } profile) return Roll(ctx, start, row);
        var outer = profile.Operator;
        profile.Operator = this;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return Roll(ctx, start, row);
        }
        finally
        {
            profile.OperatorTime(this, System.Diagnostics.Stopwatch.GetTimestamp() - started);
            profile.Operator = outer;
            profile.OperatorRow(this);
        }
    }

    /// <summary>The rolled-up value for one start node; <paramref name="row"/> is the row holding it, null for a nested level read by id.</summary>
    private object? Roll(OperatorContext ctx, long start, object?[]? row)
    {
        var graph = ctx.Graph;
        var hops = ctx.Query.RentHops();
        try
        {
            graph.Expand(start, _plan.Direction, Types(graph), hops);
            if (_labels.Length > 0 && !KeepLabelled(graph, hops)) return Nothing();
            if (_anyLabels is not null) KeepAnyLabelled(graph, hops);
            if (ctx.Query.Writer is not null) hops.KeepOthers(graph, static (g, id) => !g.IsNodeDeleted(id));
            ctx.Query.Tick(hops.Count);
            if (_columns is not null)
            {
                ArgumentRows(ctx, hops.Count);
                return _columns.Build(ctx, hops, _levels, _plan.Kind == RollUpExpandKind.Comprehension);
            }
            return ByRow(ctx, hops, row ?? ArgumentFor(ctx, start));
        }
        finally
        {
            ctx.Query.ReturnHops(hops);
        }
    }

    /// <summary>A row per far end: the where, the nested levels' columns, then the value.</summary>
    private object? ByRow(OperatorContext ctx, HopBuffer hops, object?[] row)
    {
        var list = _plan.Kind == RollUpExpandKind.Head ? default : new ExportingList(hops.Count);
        for (var i = 0; i < hops.Count; i++)
        {
            var (rel, other) = hops[i];
            var bound = (object?[])row.Clone();
            bound[_rel] = new RelRef(rel);
            bound[_to] = new NodeRef(other);
            if (_where is not null && !_where(bound, ctx)) continue;
            ArgumentRows(ctx, 1);
            for (var j = 0; j < _levels.Length; j++) bound[_levels[j]._into] = _levels[j].ValueFor(ctx, other, bound);
            var value = _value(bound, ctx);
            switch (_plan.Kind)
            {
                case RollUpExpandKind.Head when value is not null:
                    return value;
                case RollUpExpandKind.Collect when value is null:
                case RollUpExpandKind.Head:
                    continue;
                default:
                    list.Add(value);
                    break;
            }
        }
        return _plan.Kind == RollUpExpandKind.Head ? null : list.Items;
    }

    /// <summary>Under PROFILE, the rows the nested levels' Argument hands them: one per far end they run for.</summary>
    private void ArgumentRows(OperatorContext ctx, int count)
    {
        if (ctx.Profile is not { } profile || _levelArgument is null) return;
        for (var i = 0; i < count; i++) profile.OperatorRow(_levelArgument);
    }

    /// <summary>A nested level read by id has no row of its own: its body sees only the start node it imports.</summary>
    private object?[] ArgumentFor(OperatorContext ctx, long start)
    {
        var row = new object?[ctx.Width];
        row[_from] = new NodeRef(start);
        return row;
    }

    /// <summary>Keeps the far ends carrying every label; false when a label does not exist (nothing can match).</summary>
    private bool KeepLabelled(IGraphView graph, HopBuffer hops)
    {
        var tokens = _labelTokens;
        if (tokens is null)
        {
            tokens = _labels.Select(l => l.Of(graph)).ToArray();
            if (tokens.Any(t => t < 0)) return false;
            _labelTokens = tokens;
        }
        graph.KeepOthersLabelled(hops, tokens);
        return true;
    }

    /// <summary>Keeps the far ends carrying at least one of the labels (a label that does not exist yet matches nothing).</summary>
    private void KeepAnyLabelled(IGraphView graph, HopBuffer hops)
    {
        var tokens = _anyLabelTokens;
        if (tokens is null)
        {
            var all = _anyLabels!.Select(l => l.Of(graph)).ToArray();
            tokens = all.Where(t => t >= 0).ToArray();
            // Kept once every label exists (a token never changes); until then resolved per call.
            if (tokens.Length == all.Length) _anyLabelTokens = tokens;
        }
        hops.KeepOthers((graph, tokens), static (s, id) =>
        {
            foreach (var token in s.tokens)
            {
                if (s.graph.NodeHasLabel(id, token)) return true;
            }
            return false;
        });
    }

    /// <summary>The types' tokens, kept once every type named exists (a token never changes).</summary>
    private TypeFilter Types(IGraphView graph)
    {
        if (_types is { } known) return known.Value;
        var types = graph.ResolveTypes(_plan.Types);
        if (_plan.Types is null || (_plan.Types.Count == 1 && !types.MatchesNothing)) _types = new StrongBox<TypeFilter>(types);
        return types;
    }
}
