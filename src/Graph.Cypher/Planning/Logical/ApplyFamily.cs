namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// EXISTS { … } or a pattern predicate as a WHERE conjunct: keeps the left rows for which the right side, run
/// with the row as its argument, finds a row (SemiApply) or finds none (AntiSemiApply, for NOT EXISTS).
/// </summary>
internal sealed record SemiApplyPlan(LogicalPlan Left, LogicalPlan Right, bool Anti, double Estimate) : BinaryPlan(Left, Right, Estimate)
{
    public override string Operator => Anti ? "AntiSemiApply" : "SemiApply";

    public override string Details => "";
}

/// <summary>What a <see cref="RollUpApplyPlan"/> makes of the right side's rows for one left row.</summary>
internal enum RollUp
{
    /// <summary>The list of one slot's values (a pattern comprehension, COLLECT { … }).</summary>
    Collect,

    /// <summary>Whether there is any row (EXISTS { … } or a pattern predicate used as a value).</summary>
    Exists,
}

/// <summary>
/// Runs the right side once per left row and binds what it found to <see cref="Into"/>: the list of
/// <see cref="Value"/>'s values (Neo4j's RollUpApply) or whether it found any row (LetSemiApply). The left
/// row passes on whatever the right side found, so a pattern expression never filters.
/// </summary>
internal sealed record RollUpApplyPlan(LogicalPlan Left, LogicalPlan Right, Symbol Into, Symbol? Value, RollUp Kind, double Estimate)
    : BinaryPlan(Left, Right, Estimate)
{
    public override string Operator => Kind == RollUp.Exists ? "LetSemiApply" : "RollUpApply";

    public override string Details => Kind == RollUp.Exists ? Into.ToString() : $"{Into}, {Value}";
}

/// <summary>A unit subquery (CALL { … } without RETURN): runs the right side to its end for each left row, then passes that row on.</summary>
internal sealed record SubqueryForeachPlan(LogicalPlan Left, LogicalPlan Right, double Estimate) : BinaryPlan(Left, Right, Estimate)
{
    public override string Operator => "SubqueryForeach";

    public override string Details => "";
}
