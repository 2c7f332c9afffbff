using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>Keeps the rows for which every predicate holds, tested in the order the planner placed them.</summary>
internal sealed class FilterOperator : PlanOperator
{
    private readonly Func<object?[], OperatorContext, bool>[] _tests;

    /// <param name="tested">Predicates the source already applies (an Expand testing the far node's labels).</param>
    public FilterOperator(FilterPlan plan, PlanOperator source, IReadOnlyCollection<Predicate>? tested = null) : base(plan, source) =>
        _tests = plan.Predicates.Where(p => tested is null || !tested.Contains(p)).Select(Compile).ToArray();

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument) =>
        // Right above a label scan, nodes are tested before a row is made for them (not under PROFILE, which counts the scan's rows).
        ctx.Profile is not null ? Filtered(ctx, argument) : Children[0] switch
        {
            NodeByLabelScanOperator scan => scan.Filtered(ctx, argument, Holds),
            AllNodesScanOperator scan => scan.Filtered(ctx, argument, Holds),
            _ => Filtered(ctx, argument),
        };

    private IEnumerable<object?[]> Filtered(OperatorContext ctx, object?[] argument)
    {
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            ctx.Query.Tick();
            if (Holds(row, ctx)) yield return row;
        }
    }

    private bool Holds(object?[] row, OperatorContext ctx)
    {
        for (var i = 0; i < _tests.Length; i++)
        {
            if (!_tests[i](row, ctx)) return false;
        }
        return true;
    }

    private static Func<object?[], OperatorContext, bool> Compile(Predicate predicate) => predicate switch
    {
        ExpressionPredicate e => ExpressionCompiler.Predicate(e.Expression),
        LabelPredicate { General: { } general } l => (row, ctx) =>
            row[l.Node.Slot] is NodeRef n
            && Evaluator.LabelsMatch(general, name => ctx.Graph.NodeHasLabel(n.Id, name), () => ctx.Graph.NodeLabels(n.Id).Count > 0),
        LabelPredicate l => HasAll(l.Node.Slot, l.Labels.Select(name => new TokenCache(name, label: true)).ToArray()),
        RelationshipTypePredicate t => (row, ctx) =>
            row[t.Relationship.Slot] is RelRef r && Evaluator.LabelsMatch(t.Types, name => ctx.Graph.RelationshipType(r.Id) == name, () => true),
        BoundNodePredicate b => (row, _) => row[b.Node.Slot] is NodeRef,
        DynamicLabelPredicate d => Dynamic(d),
        DistinctRelationships d => (row, _) => !(row[d.Left.Slot] is RelRef a && row[d.Right.Slot] is RelRef b && a.Id == b.Id),
        NotOnPath n => (row, _) => !(row[n.Relationship.Slot] is RelRef r && row[n.Path.Slot] is List<object?> path && path.Contains(r)),
        DisjointPaths d => (row, _) => !(row[d.Left.Slot] is List<object?> a && row[d.Right.Slot] is List<object?> b && a.Exists(b.Contains)),
        _ => throw new InvalidOperationException($"No test for {predicate.GetType().Name}"),
    };

    private static Func<object?[], OperatorContext, bool> Dynamic(DynamicLabelPredicate d)
    {
        var terms = Syntax.Analysis.DynamicLabelTerms.Of(d.Labels)
            .ToDictionary(t => t, t => ExpressionCompiler.Compile(new BoundExpression(t.Expression, d.Scope)));
        var slot = d.Element.Slot;
        return (row, ctx) =>
        {
            var labels = DynamicPatterns.Resolve(d.Labels, t => terms[t](row, ctx));
            return row[slot] switch
            {
                NodeRef n => Evaluator.LabelsMatch(labels, name => ctx.Graph.NodeHasLabel(n.Id, name), () => ctx.Graph.NodeLabels(n.Id).Count > 0),
                RelRef r => Evaluator.LabelsMatch(labels, name => ctx.Graph.RelationshipType(r.Id) == name, () => true),
                _ => false,
            };
        };
    }

    private static Func<object?[], OperatorContext, bool> HasAll(int slot, TokenCache[] labels) => (row, ctx) =>
    {
        if (row[slot] is not NodeRef n) return false;
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i].Of(ctx.Graph) is not (var token and >= 0) || !ctx.Graph.NodeHasLabel(n.Id, token)) return false;
        }
        return true;
    };
}
