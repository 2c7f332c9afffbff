using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Syntax.Parsing;

/// <summary>
/// Rules Neo4j applies to the patterns of CREATE and MERGE, with its messages: one plain relationship type, no
/// variable length, no inline predicates, no label expressions beyond conjunctions (of names and $(…) terms), no shortestPath; CREATE also
/// needs a direction.
/// </summary>
internal sealed partial class Parser
{
    private void CheckUpdatePattern(PatternPart part, string clause)
    {
        if (part.Selector != PathSelector.All)
        {
            throw ErrorAt(part.Position, $"{(part.Selector == PathSelector.ShortestPath ? "shortestPath" : "allShortestPaths")}(...) cannot be used in a {clause} clause, but only in a MATCH clause.");
        }

        foreach (var node in part.Nodes)
        {
            if (node.Labels is not null && FirstNonConjunction(node.Labels) is { } offending)
            {
                throw ErrorAt(offending.Position,
                    $"Label expressions in patterns are not allowed in a {clause} clause, but only in a MATCH clause and in expressions");
            }

            if (node.Where is not null)
            {
                throw ErrorAt(node.Where.Position,
                    $"Node pattern predicates are not allowed in a {clause} clause, but only in a MATCH clause or inside a pattern comprehension");
            }
        }

        foreach (var relationship in part.Relationships)
        {
            CheckUpdateRelationship(relationship, clause);
        }
    }

    private void CheckUpdateRelationship(RelationshipPattern relationship, string clause)
    {
        var message = relationship.Types switch
        {
            null => $"Exactly one relationship type must be specified for {clause}. Did you forget to prefix your relationship type with a ':'?",
            LabelOr => $"A single relationship type must be specified for {clause}",
            LabelName => null,
            // $(e) names the one type when the row is known; $any(e) cannot say which to create.
            DynamicLabelExpression { Any: false } => null,
            _ => $"A single plain relationship type like `:R` must be specified for {clause}",
        };
        message ??= relationship switch
        {
            { Direction: RelationshipDirection.Both } when clause == "CREATE" => "Only directed relationships are supported in CREATE",
            { Length: not null } => $"Variable length relationships cannot be used in {clause}",
            { Where: not null } =>
                $"Relationship pattern predicates are not allowed in a {clause} clause, but only in a MATCH clause or inside a pattern comprehension",
            _ => null,
        };
        if (message is not null)
        {
            throw ErrorAt(relationship.Position, message);
        }
    }

    /// <summary>The first part of a label expression that is not a plain name or a conjunction of names.</summary>
    private static LabelExpression? FirstNonConjunction(LabelExpression labels) => labels switch
    {
        LabelName or DynamicLabelExpression { Any: false } => null,
        LabelAnd and => FirstNonConjunction(and.Left) ?? FirstNonConjunction(and.Right),
        _ => labels,
    };
}
