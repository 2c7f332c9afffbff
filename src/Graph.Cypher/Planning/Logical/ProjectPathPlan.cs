namespace Graph.Cypher.Planning.Logical;

/// <summary>One relationship of a named path: a single relationship, or a variable-length hop's list.</summary>
internal sealed record PathStep(Symbol Relationship, bool VariableLength, Syntax.Ast.RelationshipDirection Direction);

/// <summary>
/// p = (a)-[r]->(b)…: the path built from the slots the match bound, its nodes in pattern order (a variable-length
/// hop's inner nodes found by walking its relationships). Neo4j prints it as a Projection.
/// </summary>
internal sealed record ProjectPathPlan(LogicalPlan Source, Symbol Path, IReadOnlyList<Symbol> Nodes, IReadOnlyList<PathStep> Steps, double Estimate)
    : UnaryPlan(Source, Estimate)
{
    public override string Operator => "Projection";

    public override string Details
    {
        get
        {
            var text = new System.Text.StringBuilder("(").Append(Nodes[0]).Append(')');
            for (var i = 0; i < Steps.Count; i++)
            {
                var rel = Steps[i].Relationship.Hidden ? "" : Steps[i].Relationship.ToString();
                var (left, right) = Steps[i].Direction switch
                {
                    Syntax.Ast.RelationshipDirection.Outgoing => ("-[", "]->("),
                    Syntax.Ast.RelationshipDirection.Incoming => ("<-[", "]-("),
                    _ => ("-[", "]-("),
                };
                text.Append(left).Append(rel).Append(Steps[i].VariableLength ? "*" : "").Append(right).Append(Nodes[i + 1]).Append(')');
            }
            return text.Append(" AS ").Append(Path).ToString();
        }
    }
}
