using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Ast;

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

    // Symbols a shortestPath binds: a predicate reading one would have to be applied during the search.
    private readonly HashSet<Symbol> _shortestBound = [];

    /// <summary>
    /// A shortestPath part: its two nodes are matched like any others (joined when independent), then the search
    /// binds its relationship and path. Only as the MATCH's one relationship pattern (uniqueness against others
    /// stays with the interpreter).
    /// </summary>
    private void Shortest(MatchGraph graph, PatternPart part, List<MatchNode> nodes, int parts)
    {
        if (parts > 1 && graph.Relationships.Count > 0) throw new PlanningFallbackException(FallbackReason.ShortestPath);
        var rel = part.Relationships[0];
        if (rel.Variable is not null && graph.Scope.Find(rel.Variable) is not null) throw new PlanningFallbackException(FallbackReason.RepeatedRelationshipVariable);
        var list = rel.Length is not null;
        var relSymbol = rel.Variable is null ? NewHidden("anon_", list ? SymbolKind.Value : SymbolKind.Relationship) : NewSymbol(rel.Variable, list ? SymbolKind.Value : SymbolKind.Relationship);
        graph.Scope = graph.Scope.With(relSymbol.Name, relSymbol);
        if (part.PathVariable is { } name && graph.Scope.Find(name) is not null) throw new PlanningFallbackException(FallbackReason.UnresolvedVariable);
        var path = part.PathVariable is null ? NewHidden("path", SymbolKind.Value) : NewSymbol(part.PathVariable, SymbolKind.Value);
        graph.Scope = graph.Scope.With(path.Name, path);
        // A GQL selector's MATCH WHERE filters after the selection, so only shortestPath()'s symbols are guarded.
        if (!part.GqlSelector)
        {
            _shortestBound.Add(relSymbol);
            _shortestBound.Add(path);
        }
        var direction = rel.Direction switch
        {
            RelationshipDirection.Outgoing => Direction.Outgoing,
            RelationshipDirection.Incoming => Direction.Incoming,
            _ => Direction.Both,
        };
        var types = rel.Types is null ? null : StatementShape.TypeNames(rel.Types);
        var min = list ? rel.Length!.Min ?? 1 : 1;
        long? max = list ? rel.Length!.Max : 1;
        var all = part.Selector == PathSelector.AllShortestPaths;
        var (from, to) = (nodes[0].Symbol, nodes[1].Symbol);
        graph.Shortest.Add(source => new ShortestPathPlan(source, from, to, path, relSymbol, list, direction, types, min, max, all, source.Estimate));
    }

    /// <summary>A WHERE on the path or its relationships filters candidate paths during the search (Neo4j): left to the interpreter.</summary>
    private void CheckShortestPredicates(MatchGraph graph)
    {
        if (graph.Subqueries.Count > 0 || graph.Predicates.Any(p => p.Reads is null || p.Reads.Overlaps(_shortestBound)))
        {
            throw new PlanningFallbackException(FallbackReason.ShortestPath);
        }
    }
}
