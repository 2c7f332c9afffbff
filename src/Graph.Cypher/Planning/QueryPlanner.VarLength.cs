using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Ast;
using AggregateCalls = Graph.Cypher.Semantics.AggregateCalls;

namespace Graph.Cypher.Planning;

/// <summary>
/// Variable-length relationships: VarLengthExpand(All) / (Into), and VarLengthExpand(Pruning) when the clause
/// after the MATCH only cares about distinct rows (RETURN DISTINCT, or aggregates that ignore repeats) and the
/// relationship list is not named.
/// </summary>
internal sealed partial class QueryPlanner
{
    // Set while a MATCH whose next clause ignores repeated rows is planned.
    private bool _repeatsIgnored;

    private ExpandPlan VarLengthExpand(LogicalPlan input, MatchRelationship r, MatchNode from, MatchNode to, Direction direction, bool into, bool reversed)
    {
        var min = r.Length!.Min ?? 1;
        var max = r.Length.Max;
        // Pruning finds each far node once by its shortest distance: exact for paths of at least 0 or 1 hops.
        var pruning = _repeatsIgnored && !into && r.Symbol.Hidden && !_inPaths.Contains(r.Symbol) && !_pathsRead.Contains(r.Symbol) && min <= 1;
        var fanOut = Math.Max(1, _stats.FanOut(from.Bound ? [] : from.Labels, r.Types, direction, []));
        var rows = input.Estimate;
        var reach = 0.0;
        for (var hops = 1L; hops <= Math.Min(max ?? 5, 5); hops++)
        {
            rows *= fanOut;
            if (hops >= min) reach += rows;
        }
        if (min == 0) reach += input.Estimate;
        if (into) reach /= Math.Max(1, _stats.NodesWith(to.Labels));
        if (pruning) reach = Math.Min(reach, input.Estimate * _stats.NodeCount);
        return new ExpandPlan(input, from.Symbol, r.Symbol, to.Symbol, direction, r.Types, into, reach, new VarLength(min, max, reversed, pruning, r.Each));
    }

    // Variable-length hops whose relationship list a predicate reads (uniqueness against another hop): never pruned.
    private readonly HashSet<Symbol> _pathsRead = [];

    /// <summary>
    /// A variable-length hop's inline properties as a test of each relationship it walks, in a scope where the
    /// relationship's name (or a hidden one) is that single relationship; null when it has none. The values may
    /// read variables of earlier clauses only (they are fixed before the walk starts).
    /// </summary>
    private EachRelationship? EachRelationship(RelationshipPattern rel, Scope outer)
    {
        if (rel.Properties is not MapLiteral map || map.Entries.Count == 0) return null;
        var each = NewHidden("anon_", SymbolKind.Relationship);
        var subject = new Variable(rel.Position, each.Name);
        Expression? test = null;
        foreach (var (key, value) in LastPerKey(map))
        {
            Expression equal = new BinaryExpression(value.Position, BinaryOperator.Equal, new PropertyAccess(value.Position, subject, key), value);
            test = test is null ? equal : new BinaryExpression(value.Position, BinaryOperator.And, test, equal);
        }
        var scope = outer.With(each.Name, each);
        try
        {
            _ = Reads(test!, scope);
        }
        catch (PlanningFallbackException)
        {
            // A value reading a variable of this same pattern would change along the walk: the interpreter answers.
            throw new PlanningFallbackException(FallbackReason.VariableLengthRelationship);
        }
        return new EachRelationship(each, new BoundExpression(test!, scope));
    }

    /// <summary>Relationship uniqueness between two hops of one MATCH, whichever of them is variable-length.</summary>
    private Predicate Distinct(MatchRelationship a, MatchRelationship b)
    {
        if (a.Length is null && b.Length is null) return new DistinctRelationships(a.Symbol, b.Symbol);
        if (a.Length is not null) _pathsRead.Add(a.Symbol);
        if (b.Length is not null) _pathsRead.Add(b.Symbol);
        if (a.Length is not null && b.Length is not null) return new DisjointPaths(a.Symbol, b.Symbol);
        return a.Length is null ? new NotOnPath(a.Symbol, b.Symbol) : new NotOnPath(b.Symbol, a.Symbol);
    }

    /// <summary>Whether rows repeated by the MATCH before this clause change nothing it computes.</summary>
    private static bool IgnoresRepeats(Clause? next)
    {
        var p = next switch
        {
            ReturnClause r => r.Projection,
            WithClause w => w.Projection,
            _ => null,
        };
        if (p is null || p.Skip is not null || p.Limit is not null) return false;
        var calls = p.Items.SelectMany(i => AggregateCalls.In(i.Expression)).ToList();
        if (calls.Count == 0) return p.Distinct;
        // collect(DISTINCT …) keeps the order values were first met, which the breadth-first walk changes.
        return calls.All(c => c is FunctionCall f && !f.Name.Equals("collect", StringComparison.OrdinalIgnoreCase)
            && (f.Distinct || f.Name.Equals("min", StringComparison.OrdinalIgnoreCase) || f.Name.Equals("max", StringComparison.OrdinalIgnoreCase)));
    }
}
