namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// Two parts of one pattern planned from their own start points and joined on the node they share: the left
/// (smaller) side is hashed on that node's id, the right side streams past it. Chosen over one expand chain
/// when both ends are cheap to find but meet only after many hops from either.
/// </summary>
internal sealed record NodeHashJoinPlan(LogicalPlan Left, LogicalPlan Right, Symbol Node, IReadOnlyList<Symbol> LeftSymbols, double Estimate)
    : BinaryPlan(Left, Right, Estimate)
{
    public override string Operator => "NodeHashJoin";

    public override string Details => Node.ToString();
}
