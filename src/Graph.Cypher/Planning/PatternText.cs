using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>Short pattern text for plan details, in Neo4j's form: <c>(a)-[r:KNOWS]->(b)</c>.</summary>
internal static class PatternText
{
    public static string Hop(NodePattern from, RelationshipPattern rel, NodePattern to)
    {
        var types = RequiredLabels.Of(rel.Types) is { Count: > 0 } t ? ":" + string.Join("|", t) : "";
        var length = rel.Length is null ? "" : "*";
        var inner = $"[{rel.Variable}{types}{length}]";
        return rel.Direction switch
        {
            RelationshipDirection.Outgoing => $"({from.Variable})-{inner}->({to.Variable})",
            RelationshipDirection.Incoming => $"({from.Variable})<-{inner}-({to.Variable})",
            _ => $"({from.Variable})-{inner}-({to.Variable})",
        };
    }
}
