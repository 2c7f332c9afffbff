using Graph.Cypher.Storage;

namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// One hop from a bound node: Expand(All) binds the relationship and the far node; Expand(Into) only keeps
/// the relationships that reach the already bound far node. <see cref="Pattern"/> is the hop as Neo4j prints it.
/// </summary>
internal sealed record ExpandPlan(
    LogicalPlan Source,
    Symbol From,
    Symbol Relationship,
    Symbol To,
    Direction Direction,
    IReadOnlyList<string>? Types,
    bool Into,
    double Estimate,
    VarLength? Length = null) : UnaryPlan(Source, Estimate)
{
    public override string Operator => Length switch
    {
        null => Into ? "Expand(Into)" : "Expand(All)",
        { Pruning: true } => "VarLengthExpand(Pruning)",
        _ => Into ? "VarLengthExpand(Into)" : "VarLengthExpand(All)",
    };

    public override string Details
    {
        get
        {
            var types = Types is null ? "" : ":" + string.Join("|", Types);
            var inner = $"[{(Relationship.Hidden ? "" : Relationship.ToString())}{types}{Length?.Text}]";
            var hop = Direction switch
            {
                Direction.Outgoing => $"({From})-{inner}->({To})",
                Direction.Incoming => $"({From})<-{inner}-({To})",
                _ => $"({From})-{inner}-({To})",
            };
            return Length?.Each is { } each ? $"{hop} WHERE {each.Text}" : hop;
        }
    }
}

/// <summary>
/// A variable-length hop: paths of Min to Max relationships (Max null: no bound), no relationship twice in one
/// path. The relationship symbol holds the path's relationships in pattern order (Reversed: the expansion runs
/// from the pattern's right end, so the list is turned round). Pruning: only the distinct far nodes matter
/// (DISTINCT or count(DISTINCT …) above, the list unread), so each is found once, breadth first.
/// </summary>
internal sealed record VarLength(long Min, long? Max, bool Reversed, bool Pruning, EachRelationship? Each = null)
{
    public string Text => "*" + Min + ".." + (Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
}

/// <summary>
/// What every relationship of a variable-length path must satisfy (its pattern's inline properties): tested on
/// each relationship as the walk reaches it, so a path stops growing at the first that fails (Neo4j's
/// VarLengthExpand relationship predicate). <see cref="Relationship"/> is the slot the tested relationship is put in.
/// </summary>
internal sealed record EachRelationship(Symbol Relationship, BoundExpression Predicate)
{
    public string Text => Predicate.Text;
}
