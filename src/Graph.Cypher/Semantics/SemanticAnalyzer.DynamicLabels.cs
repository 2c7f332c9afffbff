using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>
/// Dynamic labels and types in patterns (MATCH, CREATE, MERGE): their expressions see the variables bound before the
/// pattern; a literal that can never name a label is refused before running; $any(…) cannot say what to create; and
/// label predicates in expressions (WHERE n:$(x)) take no dynamic terms in Neo4j 5.26.
/// </summary>
internal sealed partial class SemanticAnalyzer
{
    private void DynamicLabels(PatternPart part, Scope outer, bool creating)
    {
        if (!DynamicLabelTerms.In(part)) return;
        foreach (var node in part.Nodes) DynamicTerms(node.Labels, outer, creating, relationship: false);
        foreach (var rel in part.Relationships)
        {
            DynamicTerms(rel.Types, outer, creating, relationship: true);
            if (creating && rel.Types is DynamicLabelExpression { Expression: ListLiteral { Items.Count: not 1 } } d)
            {
                throw SemanticErrors.At(d.Position, "Exactly one relationship type must be specified for CREATE.");
            }
        }
    }

    private void DynamicTerms(LabelExpression? labels, Scope outer, bool creating, bool relationship)
    {
        foreach (var term in DynamicLabelTerms.Of(labels))
        {
            Expr(term.Expression, outer, allowAggregates: false);
            if (creating && term.Any)
            {
                throw SemanticErrors.At(term.Position, $"$any(…) cannot be used to create a {(relationship ? "relationship type" : "label")}: use $(…) or $all(…) in CREATE and MERGE");
            }
            if (term.Expression is ListLiteral list)
            {
                foreach (var item in list.Items) LiteralName(item, relationship);
            }
            else
            {
                LiteralName(term.Expression, relationship);
            }
        }
    }

    /// <summary>A literal that is not a non-empty string can never name a label or type.</summary>
    private static void LiteralName(Expression e, bool relationship)
    {
        switch (e)
        {
            case Literal { Value: string { Length: 0 } }:
                throw SemanticErrors.At(e.Position, $"'' is not a valid token name for a {(relationship ? "dynamic type" : "dynamic label")}. Token names cannot be empty or contain any null-bytes.");
            case Literal { Value: not string } literal:
                throw SemanticErrors.At(e.Position, $"Type mismatch: expected String or List<String> but was {Values.CypherTypeNames.Of(literal.Value)}");
            case MapLiteral:
                throw SemanticErrors.At(e.Position, "Type mismatch: expected String or List<String> but was Map");
        }
    }

    private static void NoDynamicLabelPredicate(LabelCheck check)
    {
        if (DynamicLabelTerms.Of(check.Labels).FirstOrDefault() is { } term)
        {
            throw SemanticErrors.At(term.Position, "Dynamic labels and types ($(…), $all(…), $any(…)) are only allowed in MATCH, CREATE and MERGE patterns, not in label expressions of predicates");
        }
    }
}
