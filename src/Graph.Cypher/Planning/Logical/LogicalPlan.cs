namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// An immutable logical operator: what to compute, with every decision taken (start point, direction, join
/// kind, where each filter sits) and its estimated rows. The operator factory turns it into the physical tree
/// that runs; EXPLAIN prints that same tree.
/// </summary>
internal abstract record LogicalPlan(double Estimate)
{
    /// <summary>Neo4j's name for the operator.</summary>
    public abstract string Operator { get; }

    public abstract string Details { get; }

    public virtual IReadOnlyList<LogicalPlan> Children => [];
}

/// <summary>A plan with one input.</summary>
internal abstract record UnaryPlan(LogicalPlan Source, double Estimate) : LogicalPlan(Estimate)
{
    public override IReadOnlyList<LogicalPlan> Children => [Source];
}

/// <summary>A plan with two inputs; the left one drives.</summary>
internal abstract record BinaryPlan(LogicalPlan Left, LogicalPlan Right, double Estimate) : LogicalPlan(Estimate)
{
    public override IReadOnlyList<LogicalPlan> Children => [Left, Right];
}
