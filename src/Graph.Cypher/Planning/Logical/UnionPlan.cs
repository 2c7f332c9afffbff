namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// UNION ALL: the left side's rows, then the right side's, for the same argument row. Each side ends in a
/// Projection into the union's own column slots, so the rows above read one set of slots whichever side made
/// them; UNION puts a Distinct on those slots above.
/// </summary>
internal sealed record UnionPlan(LogicalPlan Left, LogicalPlan Right, double Estimate) : BinaryPlan(Left, Right, Estimate)
{
    public override string Operator => "Union";

    public override string Details => "";
}
