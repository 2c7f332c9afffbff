using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning.Logical;

/// <summary>Plan details for written patterns: <c>(n:Label), (a)-[r:TYPE]->(b)</c>.</summary>
internal static class WriteText
{
    public static string Part(PatternPart part)
    {
        var text = Node(part.Nodes[0]);
        for (var i = 0; i < part.Relationships.Count; i++)
        {
            var rel = part.Relationships[i];
            var types = RequiredLabels.Of(rel.Types) is { Count: > 0 } t ? ":" + string.Join("|", t) : "";
            var inner = $"[{rel.Variable}{types}]";
            text += rel.Direction switch
            {
                RelationshipDirection.Outgoing => $"-{inner}->",
                RelationshipDirection.Incoming => $"<-{inner}-",
                _ => $"-{inner}-",
            } + Node(part.Nodes[i + 1]);
        }
        return text;
    }

    private static string Node(NodePattern n) => $"({n.Variable}{string.Concat(RequiredLabels.Of(n.Labels).Select(l => ":" + l))})";
}
