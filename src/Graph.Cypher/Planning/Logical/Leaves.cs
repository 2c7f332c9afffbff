namespace Graph.Cypher.Planning.Logical;

/// <summary>The row an Apply hands its right side (or the statement's empty first row), with the symbols already bound.</summary>
internal sealed record ArgumentPlan(IReadOnlyList<Symbol> Bound, double Estimate) : LogicalPlan(Estimate)
{
    public override string Operator => "Argument";

    public override string Details => string.Join(", ", Bound.Where(s => !s.Hidden));
}

internal sealed record AllNodesScanPlan(Symbol Node, double Estimate) : LogicalPlan(Estimate)
{
    public override string Operator => "AllNodesScan";

    public override string Details => Node.ToString();
}

internal sealed record NodeByLabelScanPlan(Symbol Node, string Label, double Estimate) : LogicalPlan(Estimate)
{
    public override string Operator => "NodeByLabelScan";

    public override string Details => $"{Node}:{Label}";
}

/// <summary>One predicate an index answers, its value an expression constant for the statement (or for the argument row).</summary>
/// <param name="Source">The predicate the value was read from, which the seek tests on every node it finds.</param>
internal sealed record SeekValue(SeekPredicate Predicate, BoundExpression Value, Predicate Source)
{
    public bool IsLowerBound => Predicate is SeekPredicate.Greater or SeekPredicate.GreaterOrEqual;

    public string Symbol => NodeSeek.Symbol(Predicate);
}

/// <summary>
/// Index seeks: equality (unique or not), IN, prefix and range, on one label and property. The seek is exact:
/// it tests the predicates it serves on each node found (a range index returns inclusive bounds, and a
/// writer's index may lag its own changes), so no Filter above repeats them.
/// </summary>
internal sealed record NodeIndexSeekPlan(Symbol Node, string Label, string Key, SeekKind Kind, bool Unique, IReadOnlyList<SeekValue> Values, double Estimate)
    : LogicalPlan(Estimate)
{
    public override string Operator => Kind switch
    {
        SeekKind.Equal when Unique => "NodeUniqueIndexSeek",
        SeekKind.Equal or SeekKind.In => "NodeIndexSeek",
        _ => "NodeIndexSeekByRange",
    };

    public override string Details =>
        $"{(Unique ? "UNIQUE" : "RANGE INDEX")} {Node}:{Label}({Key}) WHERE {string.Join(" AND ", Values.Select(v => $"{Key} {v.Symbol} {v.Value.Text}"))}";
}
