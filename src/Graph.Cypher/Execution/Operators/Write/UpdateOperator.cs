using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators.Write;

/// <summary>
/// An update per row: the row's bindings go to the statement's updater (the one the interpreter uses, so
/// counters, errors and Neo4j's write rules are the same), and the variables it binds come back into their slots.
/// </summary>
internal abstract class UpdateOperator(UpdatePlan plan, PlanOperator source) : PlanOperator(plan, source)
{
    private readonly IReadOnlyList<Symbol> _visible = plan.Visible;
    private readonly Symbol[] _introduced = [.. plan.Introduced];

    protected override IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument)
    {
        var updater = ctx.Runner.Updater;
        foreach (var row in Children[0].Rows(ctx, argument))
        {
            foreach (var updated in Update(updater, OperatorContext.RowOf(row, _visible)))
            {
                if (_introduced.Length == 0)
                {
                    yield return row;
                    continue;
                }
                var next = (object?[])row.Clone();
                foreach (var s in _introduced) next[s.Slot] = updated.Get(s.Name);
                yield return next;
            }
        }
    }

    /// <summary>The rows the update yields for one input row (MERGE may match several).</summary>
    protected abstract IEnumerable<Row> Update(Updater updater, Row row);
}
