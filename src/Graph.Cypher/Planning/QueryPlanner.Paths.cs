using Graph.Cypher.Planning.Logical;

namespace Graph.Cypher.Planning;

/// <summary>
/// Named paths: p = (a)-[r]->(b) binds p once the pattern is matched, from the slots of its nodes and
/// relationships (a variable-length hop keeps its relationship list for it, so it is never expanded by pruning).
/// </summary>
internal sealed partial class QueryPlanner
{
    // Relationship symbols a named path reads: their lists must be kept.
    private readonly HashSet<Symbol> _inPaths = [];

    private void Path(MatchGraph graph, string name, List<MatchNode> nodes, List<PathStep> steps)
    {
        if (graph.Scope.Find(name) is not null) throw new PlanningFallbackException(FallbackReason.UnresolvedVariable);
        var symbol = NewSymbol(name, SymbolKind.Value);
        graph.Scope = graph.Scope.With(name, symbol);
        graph.Paths.Add((symbol, nodes.Select(n => n.Symbol).ToList(), steps));
        _inPaths.UnionWith(steps.Select(s => s.Relationship));
    }
}
