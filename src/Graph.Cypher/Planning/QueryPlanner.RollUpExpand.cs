using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Ast;
using AggregateCalls = Graph.Cypher.Semantics.AggregateCalls;

namespace Graph.Cypher.Planning;

/// <summary>
/// The collected one-hop subquery (<c>CALL (x) { MATCH (x)-[:T]-&gt;(y:L) [WHERE …] [CALL (y) { … }]… RETURN
/// collect(e) AS v }</c>, the GraphQL translator's nested list field) and the one-hop pattern comprehension,
/// planned as one <see cref="RollUpExpandPlan"/> instead of an Apply over Argument → Expand → Filter →
/// EagerAggregation per outer row. The shape is checked on the syntax first, so a statement that does not fit
/// is planned in general without any symbol made for it.
/// </summary>
internal sealed partial class QueryPlanner
{
    /// <summary>The subquery as a RollUpExpand over <paramref name="left"/>, or null when it has another shape.</summary>
    private RollUpExpandPlan? CollectedCall(LogicalPlan left, Scope scope, SubqueryCallClause call)
    {
        if (CollectedShape(call) is not { } shape || scope.Find(shape.Imported) is not { Kind: not SymbolKind.Relationship } from) return null;
        var body = new Scope(new Dictionary<string, Symbol>(StringComparer.Ordinal) { [shape.Imported] = from });
        var into = NewSymbol(shape.Column, SymbolKind.Value);
        return PlanRollUpExpand(left, body, from, shape.Hop, shape.Match.Where, shape.Nested, shape.Value, shape.Kind, into);
    }

    /// <summary>A one-hop pattern comprehension from a bound node as a RollUpExpand, or null when it has another shape.</summary>
    private RollUpExpandPlan? ComprehendedHop(LogicalPlan left, Scope scope, PatternComprehension pc, Symbol into)
    {
        if (Subqueries.Contain(pc.Projection) || (pc.Where is not null && Subqueries.Contain(pc.Where))) return null;
        if (OneHop(pc.Pattern, name => scope.Find(name) is not null) is not { } hop) return null;
        if (scope.Find(hop.Start.Variable!) is not { Kind: not SymbolKind.Relationship } from) return null;
        return PlanRollUpExpand(left, scope, from, hop, pc.Where, [], pc.Projection, RollUpExpandKind.Comprehension, into);
    }

    private RollUpExpandPlan PlanRollUpExpand(
        LogicalPlan left, Scope scope, Symbol from, HopShape hop, Expression? where, IReadOnlyList<SubqueryCallClause> nested, Expression value, RollUpExpandKind kind, Symbol into)
    {
        var to = hop.End.Variable is null ? NewHidden("anon_", SymbolKind.Node) : NewSymbol(hop.End.Variable, SymbolKind.Node);
        var rel = hop.Relationship.Variable is null ? NewHidden("anon_", SymbolKind.Relationship) : NewSymbol(hop.Relationship.Variable, SymbolKind.Relationship);
        var inner = scope.With(to.Name, to).With(rel.Name, rel);
        var boundWhere = where is null ? null : Bind(where, inner);
        LogicalPlan? levels = null;
        if (nested.Count > 0)
        {
            levels = new ArgumentPlan([to], 1);
            foreach (var call in nested)
            {
                // The shape check made sure each nested subquery imports exactly the far end, so it always fuses.
                var level = CollectedCall(levels, inner, call)!;
                inner = inner.With(level.Into.Name, level.Into);
                levels = level;
            }
        }
        var direction = hop.Relationship.Direction switch
        {
            RelationshipDirection.Outgoing => hop.Reversed ? Direction.Incoming : Direction.Outgoing,
            RelationshipDirection.Incoming => hop.Reversed ? Direction.Outgoing : Direction.Incoming,
            _ => Direction.Both,
        };
        var types = hop.Relationship.Types is null ? null : StatementShape.TypeNames(hop.Relationship.Types);
        var anyLabels = hop.End.Labels is null ? null : AnyLabelNames(hop.End.Labels);
        var labels = hop.End.Labels is null || anyLabels is not null ? [] : Conjunctive(hop.End.Labels);
        var shared = labels.Any(l => _stats.LabelCount(l) <= RollUpExpandPlan.SharedLimit)
            || (anyLabels is not null && anyLabels.Sum(l => (double)_stats.LabelCount(l)) <= RollUpExpandPlan.SharedLimit);
        return new RollUpExpandPlan(left, levels, from, rel, to, direction, types, labels, boundWhere, Bind(value, inner), into, kind, shared, left.Estimate, anyLabels);
    }

    /// <summary>A collected one-hop subquery, as written.</summary>
    private sealed record CallShape(string Imported, MatchClause Match, HopShape Hop, IReadOnlyList<SubqueryCallClause> Nested, Expression Value, RollUpExpandKind Kind, string Column);

    /// <summary>
    /// <c>CALL (x) { MATCH &lt;one hop from x&gt; [WHERE w] (CALL (y) { &lt;the same shape&gt; })* RETURN [head(]collect(e)[)] AS v }</c>
    /// with <c>y</c> the far end, and no subquery inside <c>w</c> or <c>e</c>; null for any other subquery.
    /// </summary>
    private static CallShape? CollectedShape(SubqueryCallClause call)
    {
        if (call.Optional || call.InTransactions || call.ScopeAll || call.ScopeVariables is not [var imported]) return null;
        if (call.Body is not SingleQuery { Clauses: [MatchClause { Optional: false } match, .., ReturnClause ret] } body) return null;
        if (match.Pattern.Parts is not [var part] || OneHop(part, name => name == imported) is not { } hop) return null;
        if (match.Where is not null && Subqueries.Contain(match.Where)) return null;
        var nested = new List<SubqueryCallClause>();
        for (var i = 1; i < body.Clauses.Count - 1; i++)
        {
            if (body.Clauses[i] is not SubqueryCallClause field || hop.End.Variable is null || field.ScopeVariables is not [var only] || only != hop.End.Variable) return null;
            if (CollectedShape(field) is null) return null;
            nested.Add(field);
        }
        var p = ret.Projection;
        if (p.Distinct || p.IncludeExisting || p.Items is not [var item] || p.OrderBy.Count > 0 || p.Skip is not null || p.Limit is not null) return null;
        var kind = RollUpExpandKind.Collect;
        var expression = item.Expression;
        if (expression is FunctionCall { Distinct: false, Arguments: [var inner] } head && IsNamed(head, "head"))
        {
            kind = RollUpExpandKind.Head;
            expression = inner;
        }
        if (expression is not FunctionCall { Distinct: false, Arguments: [var collected] } collect || !IsNamed(collect, "collect")) return null;
        if (Subqueries.Contain(collected) || AggregateCalls.Contains(collected)) return null;
        return new CallShape(imported, match, hop, nested, collected, kind, item.Name);
    }

    private static bool IsNamed(FunctionCall call, string name) => string.Equals(call.Name, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>One fixed hop as written, read from <see cref="Start"/> (the right end when <see cref="Reversed"/>).</summary>
    private sealed record HopShape(NodePattern Start, RelationshipPattern Relationship, NodePattern End, bool Reversed);

    /// <summary>
    /// One fixed-length hop from a bound plain node to a new node with at most plain labels: no path variable,
    /// no properties or WHERE on the relationship or the far end, the types a list of names, every name new.
    /// </summary>
    private static HopShape? OneHop(PatternPart part, Func<string, bool> bound)
    {
        if (part.Selector != PathSelector.All || part.PathVariable is not null || part.Relationships is not [var rel] || part.Nodes is not [var left, var right]) return null;
        if (rel.Length is not null || rel.Properties is not null || rel.Where is not null) return null;
        if (rel.Types is not null && StatementShape.TypeNames(rel.Types) is null) return null;
        if (IsPlainBound(left, bound) && CanEnd(right, left, rel, bound)) return new HopShape(left, rel, right, false);
        if (IsPlainBound(right, bound) && CanEnd(left, right, rel, bound)) return new HopShape(right, rel, left, true);
        return null;
    }

    private static bool IsPlainBound(NodePattern node, Func<string, bool> bound) =>
        node.Variable is not null && bound(node.Variable) && node.Labels is null && node.Properties is null && node.Where is null;

    private static bool CanEnd(NodePattern end, NodePattern start, RelationshipPattern rel, Func<string, bool> bound) =>
        end.Properties is null && end.Where is null && (end.Labels is null || LabelNames(end.Labels) || AnyLabelNames(end.Labels) is not null)
        && (end.Variable is null || (!bound(end.Variable) && end.Variable != start.Variable))
        && (rel.Variable is null || (!bound(rel.Variable) && rel.Variable != start.Variable && rel.Variable != end.Variable));

    /// <summary>The names of a disjunction of two or more plain labels (<c>A|B|C</c>), or null for any other expression.</summary>
    private static List<string>? AnyLabelNames(LabelExpression e)
    {
        if (e is not LabelOr) return null;
        var names = new List<string>();
        return Collect(e) ? names : null;

        bool Collect(LabelExpression x) => x switch
        {
            LabelName n => Add(n.Name),
            LabelOr o => Collect(o.Left) && Collect(o.Right),
            _ => false,
        };

        bool Add(string name)
        {
            if (!names.Contains(name)) names.Add(name);
            return true;
        }
    }
}
