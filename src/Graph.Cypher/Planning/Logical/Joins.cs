namespace Graph.Cypher.Planning.Logical;

/// <summary>Every left row with every right row (independent pattern components); the right side is read once.</summary>
internal sealed record CartesianProductPlan(LogicalPlan Left, LogicalPlan Right, IReadOnlyList<Symbol> RightSymbols, double Estimate)
    : BinaryPlan(Left, Right, Estimate)
{
    public override string Operator => "CartesianProduct";

    public override string Details => "";
}

/// <summary>
/// a.x = b.y between independent components: the left side is hashed on its key, the right side probes it,
/// so the join costs |left| + |right| instead of their product. Null keys never join (null = null is null).
/// </summary>
internal sealed record ValueHashJoinPlan(LogicalPlan Left, LogicalPlan Right, BoundExpression LeftKey, BoundExpression RightKey, IReadOnlyList<Symbol> LeftSymbols, double Estimate)
    : BinaryPlan(Left, Right, Estimate)
{
    public override string Operator => "ValueHashJoin";

    public override string Details => $"{LeftKey.Text} = {RightKey.Text}";
}

/// <summary>Runs the right side once per left row, that row as its argument.</summary>
internal sealed record ApplyPlan(LogicalPlan Left, LogicalPlan Right, double Estimate) : BinaryPlan(Left, Right, Estimate)
{
    public override string Operator => "Apply";

    public override string Details => "";
}

/// <summary>OPTIONAL MATCH: the rows of its input for the argument row, or, when there are none, the argument row itself (the pattern's variables null).</summary>
internal sealed record OptionalPlan(LogicalPlan Source, double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Optional";

    public override string Details => "";
}
