using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;

namespace Graph.Cypher.Planning;

/// <summary>
/// Parts searched as a whole (Cypher manual, "Quantified path patterns", "Shortest paths"): a part with a quantified
/// path pattern becomes Repeat(Trail) from its start; a selective part (SHORTEST k [GROUPS], ALL SHORTEST, ANY k, a
/// parenthesized WHERE, or shortestPath() with a WHERE on its path) becomes StatefulShortestPath(Into) between its two
/// ends. The ends are planned like any other nodes (seeks, scans, joins, their predicates pushed down: a predicate on
/// an end holds for every path of its partition, so filtering first selects the same paths); the search runs once the
/// rest of the MATCH is bound, and the MATCH's other predicates filter after it.
/// </summary>
internal sealed partial class QueryPlanner
{
    /// <summary>Whether a MATCH part is planned as a whole-part search rather than hop by hop.</summary>
    private static bool IsSearched(PatternPart part, Expression? where)
    {
        if (part.Relationships.Any(r => r.Group is not null)) return true;
        if (part.Selector == PathSelector.All) return false;
        if (!StatementShape.PlannableShortest(part)) return true;
        if (part.GqlSelector) return part.SelectorCount > 1 || part.SelectorGroups || part.InnerWhere is not null;
        // shortestPath() applies the MATCH's WHERE during its search when the WHERE reads the path or its relationships.
        if (where is null) return false;
        var reads = FreeVariables.Of(where);
        return reads is null || Subqueries.Contain(where)
            || (part.PathVariable is { } p && reads.Contains(p))
            || (part.Relationships[0].Variable is { } r && reads.Contains(r));
    }

    private void SearchedPart(MatchGraph graph, MatchClause m, PatternPart part, Dictionary<string, MatchNode> byName, List<(Expression, bool)> deferred, ref int order)
    {
        var selective = part.Selector != PathSelector.All;
        var nodes = part.Nodes.ToList();
        foreach (var i in (int[])[0, nodes.Count - 1])
        {
            // A walk's far end is bound below it only when something else binds it too; otherwise the walk finds it.
            if (i > 0 && !selective && (nodes[i].Variable is not { } name || (!byName.ContainsKey(name) && graph.Scope.Find(name) is null))) continue;
            var node = Node(nodes[i], graph, byName, deferred, ref order);
            nodes[i] = nodes[i] with { Variable = node.Symbol.Name };
        }
        var rewritten = part with { Nodes = nodes };
        var reads = graph.Scope.Variables.ToList();
        var binds = new List<KeyValuePair<string, Symbol>>();
        foreach (var (name, kind) in Declared(rewritten))
        {
            if (graph.Scope.Find(name) is not null) continue;
            var symbol = NewSymbol(name, kind);
            graph.Scope = graph.Scope.With(name, symbol);
            binds.Add(new(name, symbol));
        }
        // Relationship uniqueness against the rest of the MATCH holds for walks; selectors choose among their own paths (as the interpreter does).
        var excluded = selective ? [] : graph.Relationships.Select(r => r.Symbol).ToList();
        var search = new PartSearch(rewritten, reads, binds, excluded, selective && !part.GqlSelector ? m.Where : null);
        graph.Shortest.Add(source => selective
            ? new StatefulShortestPathPlan(source, search, source.Estimate)
            : new RepeatTrailPlan(source, search, source.Estimate * 4));
    }

    /// <summary>The variables a part declares with what they hold: group variables, var-length relationships and paths are lists or values.</summary>
    private static IEnumerable<(string Name, SymbolKind Kind)> Declared(PatternPart part)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (part.PathVariable is { } path && seen.Add(path)) yield return (path, SymbolKind.Value);
        for (var i = 0; i < part.Nodes.Count; i++)
        {
            if (part.Nodes[i].Variable is { } n && seen.Add(n)) yield return (n, SymbolKind.Node);
            if (i == part.Relationships.Count) break;
            var rel = part.Relationships[i];
            if (rel.Variable is { } r && seen.Add(r)) yield return (r, rel.Length is null ? SymbolKind.Relationship : SymbolKind.Value);
            if (rel.Group is null) continue;
            foreach (var v in PatternVariables.GroupVariables(rel.Group))
            {
                if (seen.Add(v)) yield return (v, SymbolKind.Value);
            }
        }
    }
}
