using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// A physical operator: pulls slot rows from its children for one argument row (the statement's empty row, or
/// the left row an Apply hands its right side). Immutable and shared by every run of the plan; what a run
/// needs lives in the <see cref="OperatorContext"/> and the iterators. Under PROFILE the same operator is
/// wrapped as it runs, counting its rows and the store reads made while it is pulled.
/// </summary>
internal abstract class PlanOperator
{
    protected PlanOperator(LogicalPlan logical, params PlanOperator[] children)
    {
        Logical = logical;
        Children = children;
    }

    public LogicalPlan Logical { get; }

    public IReadOnlyList<PlanOperator> Children { get; }

    public string Name => Logical.Operator;

    public string Details => Logical.Details;

    public IEnumerable<object?[]> Rows(OperatorContext ctx, object?[] argument)
    {
        var rows = Produce(ctx, argument);
        return ctx.Profile is { } profile ? Profiling.OperatorProfile.Wrap(this, rows, profile) : rows;
    }

    protected abstract IEnumerable<object?[]> Produce(OperatorContext ctx, object?[] argument);
}
