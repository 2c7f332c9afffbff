using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;
using AggregateCalls = Graph.Cypher.Semantics.AggregateCalls;

namespace Graph.Cypher.Planning;

/// <summary>
/// The Apply family: <c>CALL (x) { … RETURN … }</c> is an Apply whose right side starts from an Argument holding
/// the imported variables; a pattern comprehension or COLLECT { … } is a RollUpApply, COUNT { … } an Apply over a
/// count, EXISTS { … } and pattern predicates a SemiApply / AntiSemiApply as WHERE conjuncts and a LetSemiApply
/// as values. Each is planned below the operator that reads it, which then reads its slot.
/// </summary>
internal sealed partial class QueryPlanner
{
    private LogicalPlan PlanCall(LogicalPlan outer, Scope scope, SubqueryCallClause call, out Scope after)
    {
        if (CollectedCall(outer, scope, call) is { } collected)
        {
            after = scope.With(collected.Into.Name, collected.Into);
            return collected;
        }
        var first = call.Body as SingleQuery ?? ((UnionQuery)call.Body).Parts[0];
        var imported = Imports(call, first, scope);
        var argument = imported.Values.Distinct().ToList();
        var wroteBefore = _wrote;
        _wrote = false;
        IReadOnlyList<string> columns;
        IReadOnlyList<Symbol> symbols;
        var inner = call.Body is UnionQuery union
            ? PlanUnion(union, argument, new Scope(imported), out columns, out symbols)
            : PlanClauses(new ArgumentPlan(argument, 1), new Scope(imported), first.Clauses, out _, out columns, out symbols);
        var writes = _wrote;
        _wrote |= wroteBefore;
        after = scope;
        if (call.Transactions is { } tx) return PlanInTransactions(outer, inner, tx, symbols, writes, ref after, columns);
        if (columns.Count == 0)
        {
            // Its closing Eager finishes every write before anything after it reads.
            if (writes) ClearFootprints();
            return PlanUnitCall(outer, inner, writes);
        }
        if (call.Optional)
        {
            inner = new OptionalPlan(inner, Math.Max(1, inner.Estimate));
            _nullable.UnionWith(symbols);
        }
        for (var i = 0; i < columns.Count; i++) after = after.With(columns[i], symbols[i]);
        // Every leaf of the subquery's plan copies its argument row: as the first clause it is the whole plan.
        if (outer is ArgumentPlan) return writes ? Eagerly(inner) : inner;
        if (!writes) return new ApplyPlan(outer, inner, outer.Estimate * inner.Estimate);
        // A writing subquery reads its whole input first and finishes every row's writes before the clauses after
        // it read (Neo4j's Eager on both sides), so a later MATCH sees all of them.
        var apply = new ApplyPlan(new EagerPlan(outer, "subquery writes", outer.Estimate), inner, outer.Estimate * inner.Estimate);
        return Eagerly(apply);
    }

    /// <summary>
    /// CALL { … } IN TRANSACTIONS: a TransactionForeach / TransactionApply over the whole input; what it wrote is
    /// committed before any clause after it reads (an Eager above it when the body writes).
    /// </summary>
    private LogicalPlan PlanInTransactions(LogicalPlan outer, LogicalPlan inner, InTransactions tx, IReadOnlyList<Symbol> symbols, bool writes, ref Scope after, IReadOnlyList<string> columns)
    {
        for (var i = 0; i < columns.Count; i++) after = after.With(columns[i], symbols[i]);
        Symbol? status = null;
        if (tx.ReportStatus is { } name)
        {
            status = NewSymbol(name, SymbolKind.Value);
            after = after.With(name, status);
        }
        var batchSize = tx.BatchSize is null ? null : Bind(tx.BatchSize, Scope.Empty);
        var plan = new TransactionApplyPlan(outer, inner, tx, batchSize, columns.Count > 0, status, outer.Estimate * Math.Max(1, inner.Estimate));
        return writes ? Eagerly(plan) : plan;
    }

    private LogicalPlan Eagerly(LogicalPlan plan)
    {
        ClearFootprints();
        return new EagerPlan(plan, "subquery writes", plan.Estimate);
    }

    /// <summary>
    /// A unit subquery (no RETURN) runs for each row and keeps it; one that writes reads all its input first and
    /// finishes every row's writes before the clauses after it read, as the interpreter (and Neo4j's Eager) does.
    /// </summary>
    private static LogicalPlan PlanUnitCall(LogicalPlan outer, LogicalPlan inner, bool writes)
    {
        if (writes && outer is not ArgumentPlan) outer = new EagerPlan(outer, "unit subquery writes", outer.Estimate);
        LogicalPlan plan = new SubqueryForeachPlan(outer, inner, outer.Estimate);
        return writes ? new EagerPlan(plan, "unit subquery writes", plan.Estimate) : plan;
    }

    /// <summary>What the subquery sees: CALL (a, b), CALL (*), or the old form's leading importing WITH.</summary>
    private static Dictionary<string, Symbol> Imports(SubqueryCallClause call, SingleQuery body, Scope scope)
    {
        var all = scope.Visible.Select(s => s.Name);
        var names = call switch
        {
            { ScopeAll: true } => all,
            { ScopeVariables: { } listed } => listed,
            _ when body.Clauses.FirstOrDefault() is WithClause w && w.Projection.Items.All(i => i.Expression is Variable v && v.Name == i.Name) =>
                w.Projection.IncludeExisting ? all : w.Projection.Items.Select(i => i.Name),
            _ => [],
        };
        var imported = new Dictionary<string, Symbol>(StringComparer.Ordinal);
        foreach (var name in names) imported[name] = scope.Find(name) ?? throw new PlanningFallbackException(FallbackReason.UnresolvedVariable);
        return imported;
    }

    /// <summary>
    /// WHERE conjuncts that read pattern expressions, over a plan binding everything they read: EXISTS and
    /// pattern predicates (and their negations) filter by SemiApply / AntiSemiApply; other conjuncts get their
    /// pattern expressions computed below a Filter.
    /// </summary>
    private LogicalPlan PlanConjuncts(LogicalPlan plan, Scope scope, IReadOnlyList<Expression> conjuncts)
    {
        foreach (var c in conjuncts)
        {
            if (Existence(c) is { } positive)
            {
                plan = new SemiApplyPlan(plan, ExistsPlan(positive, scope), false, plan.Estimate * 0.5);
            }
            else if (c is UnaryExpression { Operator: UnaryOperator.Not, Operand: var operand } && Existence(operand) is { } negative)
            {
                plan = new SemiApplyPlan(plan, ExistsPlan(negative, scope), true, plan.Estimate * 0.5);
            }
            else
            {
                var local = scope;
                plan = Hoist(plan, c, ref local);
                plan = Filtered(plan, [new ExpressionPredicate(Bind(c, local), Reads(c, local))]);
            }
        }
        return plan;
    }

    private static Expression? Existence(Expression e) => e is PatternPredicate or SubqueryExpression { Kind: SubqueryKind.Exists } ? e : null;

    private LogicalPlan ExistsPlan(Expression e, Scope scope) => e switch
    {
        PatternPredicate pp => PlanPattern(pp.Pattern, null, scope, out _),
        _ => PlanBody((SubqueryExpression)e, scope, out _),
    };

    /// <summary>
    /// The pattern expressions of a WITH or RETURN, computed before it: for an aggregation, those in grouping
    /// keys and in aggregate arguments (one elsewhere in an aggregating item reads the groups: interpreted).
    /// </summary>
    private LogicalPlan HoistProjection(LogicalPlan plan, Projection p, bool aggregating, ref Scope scope)
    {
        foreach (var item in p.Items)
        {
            if (!aggregating || !AggregateCalls.Contains(item.Expression)) plan = Hoist(plan, item.Expression, ref scope);
            else foreach (var call in AggregateCalls.In(item.Expression)) plan = Hoist(plan, call, ref scope);
        }
        return plan;
    }

    /// <summary>Each pattern expression of <paramref name="e"/> computed into a hidden slot the scope then answers it by.</summary>
    private LogicalPlan Hoist(LogicalPlan plan, Expression e, ref Scope scope)
    {
        foreach (var sub in Subqueries.In(e).ToList())
        {
            if (scope.Hoisted is { } done && done.ContainsKey(sub)) continue;
            var into = NewHidden("subquery", SymbolKind.Value);
            plan = PlanValue(plan, sub, scope, into);
            scope = scope.WithHoisted(sub, into);
        }
        return plan;
    }

    private LogicalPlan PlanValue(LogicalPlan plan, Expression sub, Scope scope, Symbol into)
    {
        switch (sub)
        {
            case PatternComprehension pc when ComprehendedHop(plan, scope, pc, into) is { } hop:
                return hop;
            case PatternComprehension pc:
            {
                var inner = PlanPattern(pc.Pattern, pc.Where, scope, out var innerScope);
                inner = Hoist(inner, pc.Projection, ref innerScope);
                var value = NewHidden("value", SymbolKind.Value);
                inner = new ProjectionPlan(inner, [new ProjectedItem(value, Bind(pc.Projection, innerScope))], inner.Estimate);
                return new RollUpApplyPlan(plan, inner, into, value, RollUp.Collect, plan.Estimate);
            }
            case PatternPredicate pp:
                return new RollUpApplyPlan(plan, PlanPattern(pp.Pattern, null, scope, out _), into, null, RollUp.Exists, plan.Estimate);
            default:
            {
                var sq = (SubqueryExpression)sub;
                var inner = PlanBody(sq, scope, out var symbols);
                switch (sq.Kind)
                {
                    case SubqueryKind.Exists:
                        return new RollUpApplyPlan(plan, inner, into, null, RollUp.Exists, plan.Estimate);
                    case SubqueryKind.Count:
                    {
                        var counted = new AggregationPlan(inner, [], [new AggregateItem(into, new CountStar(sq.Position), scope)], 1);
                        return new ApplyPlan(plan, counted, plan.Estimate);
                    }
                    default:
                        if (symbols.Count != 1) throw new PlanningFallbackException(FallbackReason.PatternExpression);
                        return new RollUpApplyPlan(plan, inner, into, symbols[0], RollUp.Collect, plan.Estimate);
                }
            }
        }
    }

    /// <summary>One pattern part (and its WHERE) matched from an argument row holding everything in scope.</summary>
    private LogicalPlan PlanPattern(PatternPart part, Expression? where, Scope scope, out Scope after)
    {
        var m = new MatchClause(part.Position, false, new Pattern(part.Position, [part]), where);
        var outer = new Scope(scope.Variables);
        // A comprehension counts every path: the enclosing clause's indifference to repeats is not its own.
        var repeatsIgnored = _repeatsIgnored;
        _repeatsIgnored = false;
        var plan = PlanMatch(new ArgumentPlan(Argument(outer), 1), outer, m, out after);
        _repeatsIgnored = repeatsIgnored;
        return plan;
    }

    /// <summary>
    /// An EXISTS / COUNT / COLLECT body from an argument row holding everything in scope. The outer variables stay
    /// visible through the body's WITHs (Cypher manual, "Subqueries"): each WITH carries them on as extra items,
    /// which changes no group or DISTINCT row, as they are the same for the whole body.
    /// </summary>
    private LogicalPlan PlanBody(SubqueryExpression sq, Scope scope, out IReadOnlyList<Symbol> symbols)
    {
        var body = (SingleQuery)sq.Body;
        var outer = new Scope(scope.Variables);
        var clauses = body.Clauses.Select(c => c is WithClause w ? CarryingOuter(w, outer) : c).ToList();
        return PlanClauses(new ArgumentPlan(Argument(outer), 1), outer, clauses, out _, out _, out symbols);
    }

    private static WithClause CarryingOuter(WithClause w, Scope outer)
    {
        var p = w.Projection;
        if (p.IncludeExisting) return w;
        var named = p.Items.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var carried = outer.Visible.Where(s => !named.Contains(s.Name))
            .Select(s => new ProjectionItem(p.Position, new Variable(p.Position, s.Name), null, s.Name));
        return w with { Projection = p with { Items = [.. p.Items, .. carried] } };
    }

    private static List<Symbol> Argument(Scope scope) => scope.Variables.Values.Distinct().ToList();
}
