using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning.Logical;

/// <summary>
/// A relationship bound by an earlier clause, matched again: its two end nodes bound to the pattern's ends (both
/// ways round for an undirected pattern, once for a self-loop), or checked against them where already bound —
/// Neo4j's ProjectEndpoints. <see cref="Types"/> is the pattern's list of type names, tested on the relationship.
/// </summary>
internal sealed record ProjectEndpointsPlan(
    LogicalPlan Source,
    Symbol Relationship,
    Symbol Left,
    Symbol Right,
    RelationshipDirection Direction,
    IReadOnlyList<string>? Types,
    bool LeftInScope,
    bool RightInScope,
    double Estimate) : UnaryPlan(Source, Estimate)
{
    public override string Operator => "ProjectEndpoints";

    public override string Details
    {
        get
        {
            var inner = $"[{Relationship}{(Types is null ? "" : ":" + string.Join("|", Types))}]";
            return Direction switch
            {
                RelationshipDirection.Outgoing => $"({Left})-{inner}->({Right})",
                RelationshipDirection.Incoming => $"({Left})<-{inner}-({Right})",
                _ => $"({Left})-{inner}-({Right})",
            };
        }
    }
}
