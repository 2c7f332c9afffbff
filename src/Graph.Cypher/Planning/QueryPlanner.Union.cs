using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// UNION and UNION ALL, at the top of a statement or as the body of CALL { … }: each part is planned from the
/// same argument row, its columns projected into the union's shared column slots, the parts joined left-deep
/// by Union (Neo4j's tree shape) and, for UNION, a Distinct on the columns above.
/// </summary>
internal sealed partial class QueryPlanner
{
    private LogicalPlan PlanUnion(UnionQuery union, IReadOnlyList<Symbol> argument, Scope scope, out IReadOnlyList<string> columns, out IReadOnlyList<Symbol> symbols)
    {
        var parts = new List<(LogicalPlan Plan, Dictionary<string, Symbol> Columns)>();
        columns = [];
        foreach (var part in union.Parts)
        {
            // Each part runs to its end before the next starts (the footprints carry over, so Eager stays conservative).
            var plan = PlanClauses(new ArgumentPlan(argument, 1), scope, part.Clauses, out _, out var partColumns, out var partSymbols);
            if (parts.Count == 0) columns = partColumns;
            // Parts without RETURN (writes only) have nothing to unite.
            if (columns.Count == 0) throw new PlanningFallbackException(FallbackReason.UpdatingClause);
            // Semantic analysis makes every part return the same names; by name, as the interpreter reads them.
            var byName = new Dictionary<string, Symbol>(StringComparer.Ordinal);
            for (var i = 0; i < partColumns.Count; i++) byName[partColumns[i]] = partSymbols[i];
            if (byName.Count != columns.Count || !columns.All(byName.ContainsKey)) throw new PlanningFallbackException(FallbackReason.UnresolvedVariable);
            parts.Add((plan, byName));
        }
        var shared = new List<Symbol>();
        foreach (var name in columns)
        {
            var kinds = parts.Select(p => p.Columns[name].Kind).Distinct().ToList();
            var symbol = NewSymbol(name, kinds.Count == 1 ? kinds[0] : SymbolKind.Value);
            if (parts.Any(p => _nullable.Contains(p.Columns[name]))) _nullable.Add(symbol);
            shared.Add(symbol);
        }
        LogicalPlan? result = null;
        foreach (var (part, byName) in parts)
        {
            var plan = part;
            var own = new Scope(byName);
            var items = shared.Select(s => new ProjectedItem(s, new BoundExpression(new Variable(union.Position, s.Name), own))).ToList();
            if (items.Count > 0) plan = new ProjectionPlan(plan, items, plan.Estimate);
            result = result is null ? plan : new UnionPlan(result, plan, result.Estimate + plan.Estimate);
        }
        if (!union.All) result = new DistinctPlan(result!, shared, result!.Estimate);
        symbols = shared;
        return result!;
    }
}
