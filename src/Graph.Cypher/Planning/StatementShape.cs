using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Planning;

/// <summary>The statement shapes the planner covers; anything else names its reason for the interpreter.</summary>
internal static class StatementShape
{
    public static void Check(Query query)
    {
        if (query is UnionQuery union) foreach (var part in union.Parts) Check(part);
        else Check((SingleQuery)query);
    }

    public static void Check(SingleQuery query)
    {
        foreach (var clause in query.Clauses)
        {
            switch (clause)
            {
                case MatchClause m:
                    Pattern(m.Pattern);
                    Expression(m.Where);
                    break;
                case UnwindClause u:
                    Expression(u.List);
                    break;
                case WithClause w:
                    Projection(w.Projection);
                    Expression(w.Where);
                    break;
                case ReturnClause r:
                    Projection(r.Projection);
                    break;
                case SubqueryCallClause c:
                    // CALL { … } is an Apply (a SubqueryForeach without RETURN), in transactions a TransactionApply.
                    Check(c.Body);
                    break;
                case ProcedureCallClause p:
                    foreach (var a in p.Arguments ?? []) Expression(a);
                    Expression(p.Where);
                    break;
                case CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause:
                    WriteShape.Check(clause);
                    break;
                case LoadCsvClause l:
                    Expression(l.Url);
                    break;
                case FinishClause:
                    break;
                default:
                    Fail(FallbackReason.UpdatingClause);
                    break;
            }
        }
    }

    private static void Pattern(Pattern pattern)
    {
        var relationships = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in pattern.Parts) Part(part, relationships, inMatch: true);
    }

    /// <remarks>A MATCH plans quantified and selective parts (Repeat(Trail), StatefulShortestPath); a pattern expression does not yet.</remarks>
    private static void Part(PatternPart part, HashSet<string> relationships, bool inMatch)
    {
        // Dynamic labels are tested by a Filter; a shortest-path search would have to test them while searching.
        if (DynamicLabelTerms.In(part) && part.Selector != PathSelector.All) Fail(FallbackReason.DynamicLabel);
        foreach (var term in part.Nodes.SelectMany(n => DynamicLabelTerms.Of(n.Labels)).Concat(part.Relationships.SelectMany(r => DynamicLabelTerms.Of(r.Types)))) Expression(term.Expression);
        if (!inMatch && (part.InnerWhere is not null || part.Relationships.Any(r => r.Group is not null))) Fail(FallbackReason.QuantifiedPath);
        if (!inMatch && part.Selector != PathSelector.All) Fail(FallbackReason.ShortestPath);
        foreach (var node in part.Nodes)
        {
            Properties(node.Properties);
            Expression(node.Where);
        }
        foreach (var rel in part.Relationships)
        {
            // A general type expression is a Filter on a single hop's type; a variable-length hop would test each relationship.
            if (rel.Types is not null && TypeNames(rel.Types) is null && rel.Length is not null) Fail(FallbackReason.RelationshipTypeExpression);
            if (rel.Variable is not null && !relationships.Add(rel.Variable)) Fail(FallbackReason.RepeatedRelationshipVariable);
            Properties(rel.Properties);
            Expression(rel.Where);
        }
    }

    /// <summary>
    /// shortestPath over one relationship pattern of plain types with no properties or WHERE of its own and a
    /// minimum of 0 or 1 (anything else is an error the interpreter reports, or a predicate it applies during the search).
    /// </summary>
    public static bool PlannableShortest(PatternPart part) =>
        part is { Nodes.Count: 2, Relationships: [{ Properties: null, Where: null } rel] }
        && (rel.Types is null || TypeNames(rel.Types) is not null)
        && (rel.Length is null || (rel.Length.Min ?? 1) <= 1);

    /// <summary>A plain type name or a disjunction of names: what adjacency lookup serves.</summary>
    public static IReadOnlyList<string>? TypeNames(LabelExpression types) => types switch
    {
        LabelName n => [n.Name],
        LabelOr o when TypeNames(o.Left) is { } l && TypeNames(o.Right) is { } r => [.. l, .. r],
        _ => null,
    };

    private static void Properties(Expression? properties)
    {
        if (properties is null) return;
        if (properties is not MapLiteral map) Fail(FallbackReason.PropertyMapExpression);
        else foreach (var entry in map.Entries) Expression(entry.Value);
    }

    private static void Projection(Projection p)
    {
        foreach (var item in p.Items) Expression(item.Expression);
        foreach (var o in p.OrderBy) Expression(o.Expression);
        Expression(p.Skip);
        Expression(p.Limit);
    }

    /// <summary>Gives up on an expression the planner does not cover (pattern expressions, subqueries).</summary>
    public static void CheckExpression(Expression? e) => Expression(e);

    private static void Expression(Expression? e)
    {
        if (e is null) return;
        StackGuard.Check();
        switch (e)
        {
            case ShortestPathExpression:
                Fail(FallbackReason.ShortestPath);
                break;
            case PatternComprehension pc:
                Part(pc.Pattern, new HashSet<string>(StringComparer.Ordinal), inMatch: false);
                break;
            case PatternPredicate pp:
                Part(pp.Pattern, new HashSet<string>(StringComparer.Ordinal), inMatch: false);
                break;
            case SubqueryExpression { Body: SingleQuery body }:
                Check(body);
                break;
            case SubqueryExpression:
                Fail(FallbackReason.PatternExpression);
                break;
        }
        foreach (var child in ExpressionChildren.Of(e)) Expression(child);
    }

    private static void Fail(FallbackReason reason) => throw new PlanningFallbackException(reason);
}
