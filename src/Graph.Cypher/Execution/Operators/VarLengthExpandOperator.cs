using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// VarLengthExpand(All) / (Into): every path of Min..Max relationships from the bound start, depth first, no
/// relationship twice in a path; a row per path with its relationship list (in pattern order) and far node.
/// </summary>
internal sealed class VarLengthExpandOperator(ExpandPlan plan, PlanOperator source) : VarLengthOperator(plan, source)
{
    private readonly int _rel = plan.Relationship.Slot;

    protected override IEnumerable<object?[]> From(OperatorContext ctx, object?[] row, long start, TypeFilter types, Func<long, bool>? accept)
    {
        long? target = null;
        if (Plan.Into)
        {
            if (row[To] is not NodeRef to) yield break;
            target = to.Id;
        }
        foreach (var (end, rels) in VarLengthPaths.From(ctx, start, Plan.Direction, types, Length.Min, Length.Max, accept))
        {
            if (target is { } t && end != t) continue;
            var next = (object?[])row.Clone();
            var list = new List<object?>(rels.Length);
            foreach (var rel in rels) list.Add(new RelRef(rel));
            if (Length.Reversed) list.Reverse();
            next[_rel] = list;
            if (target is null) next[To] = new NodeRef(end);
            yield return next;
        }
    }
}

/// <summary>The variable-length expands: for each input row whose start slot holds a node, the rows its walk makes.</summary>
internal abstract class VarLengthOperator(ExpandPlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    protected ExpandPlan Plan { get; } = plan;

    protected VarLength Length { get; } = plan.Length!;

    protected int To { get; } = plan.To.Slot;

    private readonly Func<object?[], OperatorContext, bool>? _each = plan.Length!.Each is { } each ? ExpressionCompiler.Predicate(each.Predicate) : null;

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var types = ctx.Graph.ResolveTypes(Plan.Types);
        var from = Plan.From.Slot;
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            if (row[from] is not NodeRef start) continue;
            foreach (var next in From(ctx, row, start.Id, types, Accept(ctx, row))) yield return next;
        }
    }

    /// <summary>The test each walked relationship must pass for this row (the hop's inline properties), or null.</summary>
    private Func<long, bool>? Accept(OperatorContext ctx, object?[] row)
    {
        if (_each is not { } test) return null;
        var scratch = (object?[])row.Clone();
        var slot = Length.Each!.Relationship.Slot;
        return rel =>
        {
            scratch[slot] = new RelRef(rel);
            return test(scratch, ctx);
        };
    }

    protected abstract IEnumerable<object?[]> From(OperatorContext ctx, object?[] row, long start, TypeFilter types, Func<long, bool>? accept);
}
