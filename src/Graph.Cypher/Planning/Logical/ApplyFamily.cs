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

/// <summary>
/// CALL { … } IN TRANSACTIONS: the left side read whole, then cut into batches of the given size, each running
/// the right side per row in an inner transaction committed before the next batch — Neo4j's TransactionForeach
/// (a unit subquery: the left rows pass on) and TransactionApply (the body's columns joined to each left row).
/// <see cref="Status"/> is REPORT STATUS's column.
/// </summary>
internal sealed record TransactionApplyPlan(
    LogicalPlan Left,
    LogicalPlan Right,
    Syntax.Ast.InTransactions Transactions,
    BoundExpression? BatchSize,
    bool Returns,
    Symbol? Status,
    double Estimate) : BinaryPlan(Left, Right, Estimate)
{
    public override string Operator => Returns ? "TransactionApply" : "TransactionForeach";

    public override string Details
    {
        get
        {
            var rows = BatchSize is null ? Syntax.Ast.InTransactions.DefaultBatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) : BatchSize.Text;
            var text = $"IN {(Transactions.Concurrent ? "CONCURRENT " : "")}TRANSACTIONS OF {rows} ROWS ON ERROR {Transactions.OnError.ToString().ToUpperInvariant()}";
            return Status is null ? text : $"{text} REPORT STATUS AS {Status}";
        }
    }
}
