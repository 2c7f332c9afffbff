using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators.Parallel;

/// <summary>What a count reads from an expansion's hops.</summary>
internal enum HopRole
{
    /// <summary>count(*), count(far node), count(relationship): one per hop.</summary>
    Hops,

    /// <summary>count(DISTINCT far node): the hops' other ends, as ids.</summary>
    DistinctFar,

    /// <summary>count(DISTINCT relationship): the hops' relationships, as ids.</summary>
    DistinctRelationship,

    /// <summary>A count of something bound before the expansion: evaluated once per input row, weighted by its hops.</summary>
    PerRow,
}

/// <summary>
/// The last Expand(All) of an aggregation's pipeline fused into the counting: each input row's hops are read as one
/// batch from the adjacency list and the far labels tested on the batch by bitmap. When the grouping keys are bound
/// before that expansion (m.id in <c>(m)-[:PARTY_TO]->(a) RETURN m.id, count(a)</c>) the batch is counted whole,
/// the keys evaluated once per input row; when they read the far node (p.id in <c>…-[:HELD_IN]->(p) RETURN p.id,
/// count(*)</c>) each hop finds its group, but still no slot row is made per hop.
/// </summary>
internal sealed class ExpandCounting
{
    private readonly ExpandPlan _expand;
    private readonly TokenCache[] _farLabels;
    private readonly HopRole[] _roles;
    private readonly bool _keysReadFarNode;

    private ExpandCounting(ExpandPlan expand, IEnumerable<string> farLabels, HopRole[] roles, bool keysReadFarNode, PlanOperator source)
    {
        _expand = expand;
        _keysReadFarNode = keysReadFarNode;
        _farLabels = farLabels.Select(l => new TokenCache(l, label: true)).ToArray();
        _roles = roles;
        Source = source;
    }

    /// <summary>The expansion's own input: the rows whose hops are counted.</summary>
    public PlanOperator Source { get; }

    /// <summary>The fused form of an aggregation over <paramref name="source"/>, or null when its shape has none.</summary>
    public static ExpandCounting? Of(AggregationPlan plan, PlanOperator source)
    {
        var (expand, labels, expandOp) = plan.Source switch
        {
            ExpandPlan { Into: false, Length: null } e when source is ExpandOperator => (e, [], source),
            FilterPlan { Source: ExpandPlan { Into: false, Length: null } e } f when source is FilterOperator { Children: [ExpandOperator op] }
                && f.Predicates.All(p => p is LabelPredicate { General: null } l && l.Node == e.To) =>
                (e, f.Predicates.Cast<LabelPredicate>().SelectMany(l => l.Labels).ToList(), op),
            _ => ((ExpandPlan?)null, (List<string>)[], (PlanOperator?)null),
        };
        if (expand is null) return null;
        var hopNames = new[] { expand.To.Name, expand.Relationship.Name };
        // Keys may read the far node (set in its slot per hop), not the relationship.
        if (!plan.Groupings.All(g => BeforeExpand(g.Expression.Syntax, [expand.Relationship.Name]))) return null;
        var keysReadFarNode = !plan.Groupings.All(g => BeforeExpand(g.Expression.Syntax, hopNames));
        var roles = new HopRole[plan.Aggregates.Count];
        for (var i = 0; i < roles.Length; i++)
        {
            if (Role(plan.Aggregates[i].Call, expand, hopNames) is not { } role) return null;
            roles[i] = role;
        }
        return new ExpandCounting(expand, labels, roles, keysReadFarNode, expandOp!.Children[0]);
    }

    private static HopRole? Role(Expression call, ExpandPlan expand, string[] hopNames) => call switch
    {
        CountStar => HopRole.Hops,
        // Only counts are read off a batch of hops; the other aggregates need each hop's row.
        FunctionCall f when !f.Name.Equals("count", StringComparison.OrdinalIgnoreCase) => null,
        FunctionCall { Arguments: [Variable v], Distinct: false } when v.Name == expand.To.Name || v.Name == expand.Relationship.Name => HopRole.Hops,
        FunctionCall { Arguments: [Variable v], Distinct: true } when v.Name == expand.To.Name => HopRole.DistinctFar,
        FunctionCall { Arguments: [Variable v], Distinct: true } when v.Name == expand.Relationship.Name => HopRole.DistinctRelationship,
        FunctionCall { Arguments: [var argument] } when BeforeExpand(argument, hopNames) => HopRole.PerRow,
        _ => null,
    };

    private static bool BeforeExpand(Expression e, string[] hopNames) => FreeVariables.Of(e) is { } names && !names.Overlaps(hopNames);

    /// <summary>Counts the hops of every row the source gives this worker into its groups.</summary>
    public void Run(OperatorContext ctx, object?[] argument, PartialGroups groups)
    {
        var graph = ctx.Graph;
        var types = graph.ResolveTypes(_expand.Types);
        var labels = _farLabels.Length == 0 ? null : _farLabels.Select(l => l.Of(graph)).ToArray();
        var from = _expand.From.Slot;
        var to = _expand.To.Slot;
        var hops = ctx.Query.RentHops();
        object?[]? scratch = null;
        try
        {
            foreach (var row in Source.Rows(ctx, argument))
            {
                if (row[from] is not NodeRef node) continue;
                graph.Expand(node.Id, _expand.Direction, types, hops);
                if (labels is not null) graph.KeepOthersLabelled(hops, labels);
                if (graph is not SnapshotView) hops.KeepOthers(graph, static (g, id) => !g.IsNodeDeleted(id));
                ctx.Query.Tick(hops.Count + 1);
                // No hop, no row: the row's group is not made.
                if (hops.Count == 0) continue;
                var morsel = ctx.Morsels?.Index ?? 0;
                if (_keysReadFarNode)
                {
                    // One scratch row for the run: each hop binds its far node there (a row from below is never changed).
                    scratch ??= new object?[row.Length];
                    Array.Copy(row, scratch, row.Length);
                    for (var h = 0; h < hops.Count; h++)
                    {
                        scratch[to] = new NodeRef(hops[h].Other);
                        var own = groups.GroupOf(scratch, ctx, morsel);
                        for (var i = 0; i < _roles.Length; i++) own.States[i].AddHop(_roles[i], hops[h], scratch, ctx);
                    }
                    continue;
                }
                var group = groups.GroupOf(row, ctx, morsel);
                for (var i = 0; i < _roles.Length; i++) group.States[i].AddHops(_roles[i], hops, row, ctx);
            }
        }
        finally
        {
            ctx.Query.ReturnHops(hops);
        }
    }
}
