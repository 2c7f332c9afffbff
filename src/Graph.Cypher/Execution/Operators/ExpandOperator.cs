using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// Expand(All) and Expand(Into): the relationships of the bound start node in the planned direction and types,
/// read in one batch from the adjacency list; Into keeps those reaching the bound far node. Labels the Filter
/// above requires of the far node are tested here on the whole batch (label bitmaps, no node record read), so
/// rows are made only for the hops that pass.
/// </summary>
internal sealed class ExpandOperator(ExpandPlan plan, PlanOperator source, IReadOnlyList<string>? farLabels = null) : PlanOperator(plan, source)
{
    private readonly TokenCache[] _farLabels = (farLabels ?? []).Select(l => new TokenCache(l, label: true)).ToArray();
    private int[]? _farTokens;
    private readonly int _from = plan.From.Slot;
    private readonly int _rel = plan.Relationship.Slot;
    private readonly int _to = plan.To.Slot;

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var graph = ctx.Graph;
        // Resolved per run: a type created after the plan was made is still found.
        var types = graph.ResolveTypes(plan.Types);
        var labels = FarTokens(graph);
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            if (row[_from] is not NodeRef from) continue;
            long? into = null;
            if (plan.Into)
            {
                if (row[_to] is not NodeRef to) continue;
                into = to.Id;
            }
            var hops = ctx.Query.RentHops();
            graph.Expand(from.Id, plan.Direction, types, hops);
            if (labels is not null) graph.KeepOthersLabelled(hops, labels);
            for (var i = 0; i < hops.Count; i++)
            {
                ctx.Query.Tick();
                var (rel, other) = hops[i];
                if (into is { } target ? other != target : graph.IsNodeDeleted(other)) continue;
                var next = (object?[])row.Clone();
                next[_rel] = new RelRef(rel);
                if (into is null) next[_to] = new NodeRef(other);
                yield return next;
            }
            ctx.Query.ReturnHops(hops);
        }
    }

    /// <summary>The far labels' tokens, kept once all exist (a token never changes); -1 for one not created yet matches nothing.</summary>
    private int[]? FarTokens(Storage.IGraphView graph)
    {
        if (_farLabels.Length == 0) return null;
        if (_farTokens is { } known) return known;
        var tokens = _farLabels.Select(l => l.Of(graph)).ToArray();
        if (tokens.All(t => t >= 0)) _farTokens = tokens;
        return tokens;
    }
}
