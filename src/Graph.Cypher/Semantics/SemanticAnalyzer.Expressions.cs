using Graph.Cypher.Functions;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Semantics;

/// <summary>Expression checks: variables in scope, known functions with valid arity, aggregates only where allowed.</summary>
internal sealed partial class SemanticAnalyzer
{
    private void Expr(Expression e, Scope scope, bool allowAggregates, bool insideAggregate = false)
    {
        StackGuard.Check();
        LiteralOperands.Check(e);
        if (e is PropertyAccess access) KnownTypeArguments.CheckPropertyAccess(access, scope);
        if (e is BinaryExpression arithmetic) KnownTypeArguments.CheckArithmetic(arithmetic, scope);
        switch (e)
        {
            case Variable v:
                scope.Require(v.Name, v.Position);
                return;
            case Parameter p:
                _parameters.Add(p.Name);
                return;
            case MapProjection mp:
                scope.Require(mp.Subject, mp.Position);
                foreach (var item in mp.Items)
                {
                    if (item is VariableSelector vs) scope.Require(vs.Name, vs.Position);
                    if (item is LiteralEntry le) Expr(le.Value, scope, allowAggregates, insideAggregate);
                }
                return;
            case CountStar cs:
                CheckAggregate(cs, allowAggregates, insideAggregate);
                return;
            case FunctionCall f:
            {
                var isAggregate = FunctionRegistry.TryGetAggregate(f.Name, out var agg);
                if (isAggregate)
                {
                    CheckAggregate(f, allowAggregates, insideAggregate);
                    CheckArity(f, agg.MinArguments, agg.MaxArguments);
                }
                else if (FunctionRegistry.TryGetScalar(f.Name, out var def))
                {
                    CheckArity(f, def.MinArguments, def.MaxArguments);
                    if (f.Name.Equals("size", StringComparison.OrdinalIgnoreCase) && f.Arguments is [PatternPredicate pattern])
                    {
                        throw SemanticErrors.At(pattern.Position, "A pattern expression should only be used in order to test the existence of a pattern. It can no longer be used inside the function size(), an alternative is to replace size() with COUNT {}.");
                    }
                    LiteralArguments.Check(f);
                    KnownTypeArguments.Check(f, scope);
                }
                else
                {
                    throw SemanticErrors.At(f.Position, $"Unknown function '{f.Name}'");
                }
                foreach (var a in f.Arguments) Expr(a, scope, allowAggregates, insideAggregate || isAggregate);
                return;
            }
            case ListComprehension lc:
            {
                Expr(lc.List, scope, allowAggregates, insideAggregate);
                LiteralArguments.CheckList(lc.List);
                var inner = scope.Copy();
                inner.Shadow(lc.Variable);
                if (lc.Where is not null) Expr(lc.Where, inner, false);
                if (lc.Projection is not null) Expr(lc.Projection, inner, false);
                return;
            }
            case QuantifierExpression q:
            {
                Expr(q.List, scope, allowAggregates, insideAggregate);
                LiteralArguments.CheckList(q.List);
                var inner = scope.Copy();
                inner.Shadow(q.Variable);
                if (LiteralTypes.ElementOf(q.List) is { } element) inner.SetType(q.Variable, element);
                if (q.Where is not null) Expr(q.Where, inner, false);
                return;
            }
            case ReduceExpression r:
            {
                Expr(r.Initial, scope, allowAggregates, insideAggregate);
                Expr(r.List, scope, allowAggregates, insideAggregate);
                LiteralArguments.CheckList(r.List);
                var inner = scope.Copy();
                inner.Shadow(r.Accumulator);
                inner.Shadow(r.Variable);
                Expr(r.Expression, inner, false);
                return;
            }
            case PatternComprehension pc:
            {
                var inner = scope.Copy();
                PatternExpressions(pc.Pattern, inner);
                if (pc.Where is not null) Expr(pc.Where, inner, false);
                Expr(pc.Projection, inner, false);
                return;
            }
            case PatternPredicate pp:
                foreach (var name in PatternVariables.Of(pp.Pattern))
                {
                    if (!scope.Contains(name))
                    {
                        throw SemanticErrors.At(pp.Position, $"PatternExpressions are not allowed to introduce new variables: '{name}'.");
                    }
                }
                PatternExpressions(pp.Pattern, scope.Copy());
                return;
            case LabelCheck check:
                NoDynamicLabelPredicate(check);
                break;
            case ShortestPathExpression sp:
                PatternExpressions(sp.Pattern, scope.Copy());
                return;
            case SubqueryExpression sq:
            {
                // EXISTS, COUNT and COLLECT only read: an update clause in the body is refused before anything runs.
                var writesBefore = _writes;
                _writes = false;
                CheckShadowing(sq.Body, scope.Names);
                Query(OuterScopeCarry.Through(sq.Body, scope.Names.ToList()), scope.Copy());
                if (_writes) throw SemanticErrors.At(sq.Position, $"A{(sq.Kind == SubqueryKind.Exists ? "n" : "")} {sq.Kind} Expression cannot contain any updates");
                _writes = writesBefore;
                return;
            }
        }
        foreach (var child in ExpressionChildren.Of(e)) Expr(child, scope, allowAggregates, insideAggregate);
    }

    private static void CheckAggregate(Expression e, bool allowed, bool inside)
    {
        if (inside) throw SemanticErrors.At(e.Position, "Can't use aggregate functions inside of aggregate functions.");
        if (!allowed) throw SemanticErrors.At(e.Position, "Invalid use of aggregating function count(...) in this context".Replace("count", e is FunctionCall f ? f.Name : "count"));
    }

    private static void CheckArity(FunctionCall f, int min, int max)
    {
        var n = f.Arguments.Count;
        if (n < min) throw SemanticErrors.At(f.Position, $"Insufficient parameters for function '{f.Name}'");
        if (n > max) throw SemanticErrors.At(f.Position, $"Too many parameters for function '{f.Name}'");
    }

    /// <summary>Variables of a pattern inside an expression are local; property maps see them.</summary>
    private void PatternExpressions(PatternPart part, Scope scope, bool creating = false)
    {
        DynamicLabels(part, scope.Copy(), creating);
        foreach (var v in PatternVariables.Of(part)) scope.Add(v);
        if (part.PathVariable is not null) scope.Bind(part.PathVariable, "Path", part.Position);
        foreach (var n in part.Nodes)
        {
            if (n.Variable is not null) scope.Bind(n.Variable, "Node", n.Position);
        }
        foreach (var r in part.Relationships)
        {
            if (r.Variable is not null) scope.Bind(r.Variable, r.Length is null ? "Relationship" : "List<Relationship>", r.Position);
        }
        foreach (var n in part.Nodes)
        {
            if (n.Properties is not null) Expr(n.Properties, scope, false);
            if (n.Where is not null) Expr(n.Where, scope, false);
        }
        foreach (var r in part.Relationships)
        {
            if (r.Properties is not null) Expr(r.Properties, scope, false);
            if (r.Where is not null) Expr(r.Where, scope, false);
            if (r.Group is { } group)
            {
                // Inside the group its variables are singletons of one iteration.
                var inner = scope.Copy();
                PatternExpressions(group, inner);
                if (r.GroupWhere is not null) Expr(r.GroupWhere, inner, false);
            }
        }
        if (part.InnerWhere is not null) Expr(part.InnerWhere, scope, false);
    }
}
