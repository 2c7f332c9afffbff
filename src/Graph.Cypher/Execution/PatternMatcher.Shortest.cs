using Graph.Core.Errors;
using Graph.Cypher.Planning;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// shortestPath / allShortestPaths: breadth-first over paths from each start. Without a WHERE, a node
/// reached at a smaller depth is not re-entered (so every shortest path is kept and nothing longer);
/// with a WHERE, Neo4j applies the predicate to candidate paths during the search, so pruning is off and
/// the first depth with an accepted path wins.
/// </summary>
internal sealed partial class PatternMatcher
{
    private IEnumerable<Row> ShortestPaths(PatternPart part, Row row, IReadOnlyList<SeekHint> hints, Expression? where)
    {
        if (part.Nodes.Count != 2 || part.Relationships.Count != 1)
        {
            throw new GraphException(ErrorCodes.SyntaxError, "shortestPath(...) requires a pattern containing a single relationship", ErrorPhase.Compile);
        }
        var rel = part.Relationships[0];
        var min = rel.Length is null ? 1 : rel.Length.Min ?? 1;
        var max = rel.Length is null ? 1 : rel.Length.Max ?? long.MaxValue;
        if (min > 1)
        {
            throw new GraphException(ErrorCodes.SyntaxError, "shortestPath(...) does not support a minimal length different from 0 or 1", ErrorPhase.Compile);
        }
        var all = part.Selector == PathSelector.AllShortestPaths;
        var pathName = part.PathVariable ?? HiddenPathName;
        foreach (var startId in Candidates(part.Nodes[0], row, hints))
        {
            var startRow = BindNode(part.Nodes[0], startId, row);
            if (startRow is null) continue;
            foreach (var endId in Candidates(part.Nodes[1], startRow, hints))
            {
                var endRow = BindNode(part.Nodes[1], endId, startRow);
                if (endRow is null) continue;
                // With a WHERE the search cannot prune, so a pair no relationship chain joins is ruled out first.
                if (where is not null && LeastDistance([rel], new NodeRef(startId), new NodeRef(endId)) < 0) continue;
                foreach (var found in Search(rel, startId, endId, min, max, all, endRow, pathName, where)) yield return found;
            }
        }
    }

    private IEnumerable<Row> Search(RelationshipPattern rel, long start, long end, long min, long max, bool all, Row row, string pathName, Expression? where)
    {
        var frontier = new List<(List<long> Nodes, List<long> Rels)> { ([start], []) };
        var depthOf = new Dictionary<long, int> { [start] = 0 };
        for (var depth = 0; frontier.Count > 0; depth++)
        {
            var accepted = new List<Row>();
            if (depth >= min)
            {
                foreach (var (nodes, rels) in frontier)
                {
                    if (nodes[^1] != end) continue;
                    var candidate = Bind(rel, nodes, rels, row, pathName);
                    if (where is not null && !Eval.IsTrue(where, candidate)) continue;
                    accepted.Add(candidate);
                    if (!all) break;
                }
            }
            if (accepted.Count > 0)
            {
                foreach (var a in accepted) yield return a;
                yield break;
            }
            if (depth >= max) yield break;
            var next = new List<(List<long>, List<long>)>();
            foreach (var (nodes, rels) in frontier)
            {
                var at = nodes[^1];
                if (at == end && where is null && depth >= min) continue;
                foreach (var r in Graph.RelationshipsOf(at, ToDirection(rel.Direction), TypeList(rel.Types)))
                {
                    _ctx.Tick();
                    if (rels.Contains(r) || !RelationshipMatches(rel, r, row)) continue;
                    var other = OtherEnd(r, at);
                    if (where is null)
                    {
                        if (depthOf.TryGetValue(other, out var seen) && seen < depth + 1) continue;
                        depthOf[other] = depth + 1;
                    }
                    next.Add(([.. nodes, other], [.. rels, r]));
                }
            }
            frontier = next;
        }
    }

    private static Row Bind(RelationshipPattern rel, List<long> nodes, List<long> rels, Row row, string pathName)
    {
        var path = new PathValue(nodes.Select(n => new NodeRef(n)).ToList(), rels.Select(r => new RelRef(r)).ToList());
        var bound = row.With(pathName, path);
        if (rel.Variable is null) return bound;
        return rel.Length is null
            ? bound.With(rel.Variable, path.Relationships[0])
            : bound.With(rel.Variable, path.Relationships.Cast<object?>().ToList());
    }
}
