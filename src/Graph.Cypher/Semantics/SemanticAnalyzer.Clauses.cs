using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Semantics;

/// <summary>Pattern declarations (MATCH, CREATE, MERGE), SET items and WITH/RETURN projections.</summary>
internal sealed partial class SemanticAnalyzer
{
    private void MatchPattern(Pattern pattern, Scope scope)
    {
        var rels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in pattern.Parts)
        {
            foreach (var r in part.Relationships)
            {
                if (r.Variable is not null && !rels.Add(r.Variable))
                {
                    throw SemanticErrors.At(r.Position, $"Cannot use the same relationship variable '{r.Variable}' for multiple relationships");
                }
            }
        }
        foreach (var part in pattern.Parts)
        {
            if (part.PathVariable is not null) scope.Declare(part.PathVariable, part.Position);
            PatternExpressions(part, scope);
        }
    }

    private void CreatePattern(PatternPart part, Scope scope)
    {
        var before = scope.Copy();
        foreach (var node in part.Nodes)
        {
            // A bound node may only be an end of a new relationship: re-describing it, or creating it alone, redeclares it.
            var alone = part.Nodes.Count == 1;
            if (node.Variable is not null && before.Contains(node.Variable) && (node.Labels is not null || node.Properties is not null || alone))
            {
                throw SemanticErrors.AlreadyDeclared(node.Position, node.Variable);
            }
        }
        foreach (var rel in part.Relationships)
        {
            if (rel.Variable is not null && before.Contains(rel.Variable)) throw SemanticErrors.AlreadyDeclared(rel.Position, rel.Variable);
        }
        if (part.PathVariable is not null) scope.Declare(part.PathVariable, part.Position);
        PatternExpressions(part, scope, creating: true);
    }

    private void SetItem(SetItem item, Scope scope)
    {
        switch (item)
        {
            case SetPropertyItem p:
                Expr(p.Target, scope, false);
                Expr(p.Key, scope, false);
                Expr(p.Value, scope, false);
                break;
            case SetAllPropertiesItem a:
                Expr(a.Target, scope, false);
                Expr(a.Value, scope, false);
                break;
            case SetLabelsItem l:
                scope.Require(l.Variable, l.Position);
                foreach (var label in l.Dynamic ?? []) Expr(label, scope, false);
                break;
        }
    }

    private Scope Projection(Projection p, Scope scope, bool isReturn)
    {
        if (p.IncludeExisting && !scope.Names.Any())
        {
            throw SemanticErrors.At(p.Position, isReturn
                ? "RETURN * is not allowed when there are no variables in scope"
                : "WITH * is not allowed when there are no variables in scope");
        }
        var aggregating = false;
        foreach (var item in p.Items)
        {
            Expr(item.Expression, scope, allowAggregates: true);
            aggregating |= AggregateCalls.Contains(item.Expression);
        }
        if (aggregating) CheckImplicitGrouping(p);
        var next = p.IncludeExisting ? scope.Copy() : new Scope();
        foreach (var item in p.Items)
        {
            if (!p.IncludeExisting && next.Contains(item.Name))
            {
                throw SemanticErrors.At(item.Position, "Multiple result columns with the same name are not supported");
            }
            next.Add(item.Name);
            if (item.Expression is Variable v) next.CarryType(v.Name, scope, item.Name);
            else if (LiteralTypes.Of(item.Expression) is { } literalType) next.SetType(item.Name, literalType);
        }
        if (p.OrderBy.Count > 0)
        {
            var orderScope = aggregating || p.Distinct ? next.Copy() : Scope.Of(scope.Names.Concat(next.Names));
            var projectedKeys = p.Items.Select(i => AstKey.Of(i.Expression)).ToHashSet();
            foreach (var sort in p.OrderBy)
            {
                if (projectedKeys.Contains(AstKey.Of(sort.Expression))) continue;
                if (aggregating && AggregateCalls.Contains(sort.Expression)) CheckSortGrouping(sort, p, next);
                if ((aggregating || p.Distinct) && FirstUnknown(sort.Expression, orderScope, projectedKeys) is { } missing)
                {
                    throw SemanticErrors.At(sort.Position, aggregating
                        ? $"In a WITH/RETURN with DISTINCT or an aggregation, it is not possible to access variables declared before the WITH/RETURN: {missing}"
                        : $"In a WITH/RETURN with DISTINCT or an aggregation, it is not possible to access variables declared before the WITH/RETURN: {missing}");
                }
                // Past that check, the parts matching projected items may read the earlier variables they are written with.
                Expr(sort.Expression, aggregating || p.Distinct ? Scope.Of(scope.Names.Concat(next.Names)) : orderScope, allowAggregates: aggregating);
            }
        }
        if (p.Skip is not null) Expr(p.Skip, new Scope(), false);
        if (p.Limit is not null) Expr(p.Limit, new Scope(), false);
        LiteralOperands.CheckPaging(p.Skip);
        LiteralOperands.CheckPaging(p.Limit);
        return next;
    }

    /// <summary>
    /// Neo4j 5 rejects an aggregating item that reads a variable outside its aggregates unless that
    /// expression is itself a grouping key (RETURN n.a, n.a + count(*) is fine; n.b + count(*) is not).
    /// </summary>
    private static void CheckImplicitGrouping(Projection p)
    {
        // Only a variable or a property (or map) access counts as a grouping key inside an aggregating
        // expression (Neo4j manual, aggregating functions): RETURN p.age + p.age, p.age + p.age - max(f.age) fails.
        var keys = p.Items
            .Where(i => !AggregateCalls.Contains(i.Expression) && i.Expression is Variable or PropertyAccess { Subject: Variable })
            .Select(i => AstKey.Of(i.Expression))
            .ToHashSet();
        foreach (var item in p.Items.Where(i => AggregateCalls.Contains(i.Expression)))
        {
            if (ImplicitKey(item.Expression, keys) is { } illegal)
            {
                throw ImplicitGroupingError(item.Position, illegal);
            }
        }
    }

    /// <summary>
    /// A sort key holding an aggregate follows the rule of an aggregating item; the projection's own columns may
    /// be named in it too (ORDER BY age + count(x) after RETURN n.age AS age, …).
    /// </summary>
    private static void CheckSortGrouping(SortItem sort, Projection p, Scope projected)
    {
        var keys = p.Items.Where(i => !AggregateCalls.Contains(i.Expression)).Select(i => AstKey.Of(i.Expression)).ToHashSet();
        if (ImplicitKey(sort.Expression, keys, projected) is { } illegal)
        {
            throw ImplicitGroupingError(sort.Position, illegal);
        }
    }

    private static Core.Errors.GraphException ImplicitGroupingError(SourcePosition position, string illegal) => SemanticErrors.At(position,
        "Aggregation column contains implicit grouping expressions. For example, in 'RETURN n.a, n.a + n.b + count(*)' the aggregation expression 'n.a + n.b + count(*)' includes the implicit grouping key 'n.b'. It may be possible to rewrite the query by extracting these grouping/aggregation expressions into a preceding WITH clause. Illegal expression(s): "
        + illegal);

    private static string? ImplicitKey(Expression e, HashSet<string> keys, Scope? columns = null)
    {
        if (e is Variable column && columns?.Contains(column.Name) == true) return null;
        // Only a variable or a property of one may be reused from the grouping keys: a larger key expression
        // (RETURN a.x + b.y, a.x + b.y + count(*)) is ambiguous inside an aggregation, as Neo4j 5 has it.
        if (AggregateCalls.IsAggregate(e) || (e is Variable or PropertyAccess { Subject: Variable } && keys.Contains(AstKey.Of(e)))) return null;
        switch (e)
        {
            case Variable v: return v.Name;
            // A property of a grouping key is fixed within the group (RETURN p, p.age - max(f.age)).
            case PropertyAccess { Subject: Variable v } pa: return keys.Contains(AstKey.Of(v)) ? null : $"{v.Name}.{pa.Key}";
            case ListComprehension or QuantifierExpression or ReduceExpression or PatternComprehension or SubqueryExpression or PatternPredicate:
                return null;
        }
        foreach (var c in ExpressionChildren.Of(e))
        {
            if (ImplicitKey(c, keys, columns) is { } found) return found;
        }
        return null;
    }

    /// <summary>
    /// The first variable a sort key reads that the projection no longer has; a part written like a projected
    /// item reads that item's column (ORDER BY a.name + 'x' after WITH a.name AS name, count(*) AS c).
    /// </summary>
    private static string? FirstUnknown(Expression e, Scope scope, HashSet<string> projectedKeys)
    {
        if (projectedKeys.Contains(AstKey.Of(e))) return null;
        if (e is Variable v) return scope.Contains(v.Name) ? null : v.Name;
        if (e is SubqueryExpression or ListComprehension or QuantifierExpression or ReduceExpression or PatternComprehension) return null;
        foreach (var c in ExpressionChildren.Of(e))
        {
            if (FirstUnknown(c, scope, projectedKeys) is { } found) return found;
        }
        return null;
    }
}
