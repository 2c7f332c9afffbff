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
    double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => Into ? "Expand(Into)" : "Expand(All)";

    public override string Details
    {
        get
        {
            var types = Types is null ? "" : ":" + string.Join("|", Types);
            var inner = $"[{(Relationship.Hidden ? "" : Relationship.ToString())}{types}]";
            return Direction switch
            {
                Direction.Outgoing => $"({From})-{inner}->({To})",
                Direction.Incoming => $"({From})<-{inner}-({To})",
                _ => $"({From})-{inner}-({To})",
            };
        }
    }
}
