using System.Runtime.CompilerServices;
using Graph.Cypher.Planning;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Analysis;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>
/// Quantified path patterns and the selectors that pick among whole paths (Cypher manual, "Quantified path patterns",
/// "Shortest paths"). A group is matched iteration by iteration from the node the previous one ended on, relationships
/// unique across the whole part; its variables become lists, one entry per iteration. SHORTEST k [GROUPS] and ANY k
/// enumerate the part's paths and keep, per pair of end nodes, the k shortest (or every path of the k smallest lengths).
/// </summary>
internal sealed partial class PatternMatcher
{
    private static readonly ConditionalWeakTable<PatternPart, PatternPart> Enumerated = [];

    /// <summary>
    /// A planned search of one part (Repeat(Trail), StatefulShortestPath) from a row holding its bound ends: the
    /// relationships in <paramref name="excluded"/> (bound by the rest of the MATCH) are never taken;
    /// <paramref name="where"/> is shortestPath()'s WHERE, applied during its search.
    /// </summary>
    public IEnumerable<Row> SearchPart(PatternPart part, Row row, Expression? where, HashSet<long>? excluded)
    {
        var used = excluded ?? (UniqueRelationships.Needed(part) || part.Relationships.Any(r => r.Group is not null) ? [] : null);
        return MatchOne(part, row, used, [], where, 0);
    }

    /// <summary>Matches of a quantified group at <paramref name="hop"/> after <paramref name="iterations"/> of it, then of the hops after it.</summary>
    private IEnumerable<Row> Repeat(PartSteps steps, int hop, long current, Row row, HashSet<long> used, List<long>? nodes, List<long>? rels, List<Row> iterations)
    {
        var quantified = steps.Relationships[hop];
        var group = quantified.Group!;
        var min = quantified.Length!.Min ?? 1;
        var max = quantified.Length.Max ?? long.MaxValue;
        if (iterations.Count >= min)
        {
            var ended = BindNode(steps.Nodes[hop + 1], current, WithGroupLists(row, group, iterations));
            if (ended is not null)
            {
                foreach (var m in Walk(steps, hop + 1, current, ended, used, nodes, rels)) yield return m;
            }
        }
        if (iterations.Count >= max) yield break;
        var seed = BindNode(group.Nodes[0], current, row);
        if (seed is null) yield break;
        var inner = PartSteps.For(group, reversed: false, steps.PartIndex);
        var last = group.Nodes[^1].Variable!;
        // Every iteration takes at least one relationship, never one taken before: the repetition ends.
        foreach (var m in Walk(inner, 0, current, seed, used, nodes, rels))
        {
            if (quantified.GroupWhere is not null && !Eval.IsTrue(quantified.GroupWhere, m)) continue;
            iterations.Add(m);
            foreach (var r in Repeat(steps, hop, ((NodeRef)m.Get(last)!).Id, row, used, nodes, rels, iterations)) yield return r;
            iterations.RemoveAt(iterations.Count - 1);
        }
    }

    private static Row WithGroupLists(Row row, PatternPart group, List<Row> iterations)
    {
        foreach (var name in PatternVariables.GroupVariables(group))
        {
            var values = new List<object?>(iterations.Count);
            foreach (var iteration in iterations) values.Add(iteration.Get(name));
            row = row.With(name, values);
        }
        return row;
    }

    /// <summary>Whether a selective part is answered by enumerating its paths rather than by the breadth-first shortestPath search.</summary>
    /// <remarks>shortestPath() keeps its own rules (one relationship, minimum 0 or 1) and errors.</remarks>
    private static bool SelectsByEnumeration(PatternPart part) =>
        part.GqlSelector
        && (part.SelectorCount > 1 || part.Relationships.Count != 1 || part.Relationships[0].Group is not null || part.Relationships[0].Length?.Min > 1);

    /// <summary>
    /// Per pair of end nodes, the selected paths found by iterative deepening: the paths of length 0, then 1, …, each
    /// round a walk capped at that length, until k paths (or k lengths, for GROUPS) are kept or no walk reached the
    /// cap (nothing longer exists). The shortest are found without listing every longer trail.
    /// </summary>
    private IEnumerable<Row> SelectedPaths(PatternPart part, Row row, IReadOnlyList<SeekHint> hints)
    {
        var all = Enumerated.GetValue(part, static p => p with
        {
            Selector = PathSelector.All,
            PathVariable = p.PathVariable ?? HiddenPathName,
            Nodes = [.. p.Nodes.Select((n, i) => n.Variable is null && (i == 0 || i == p.Nodes.Count - 1) ? n with { Variable = i == 0 ? "  start" : "  end" } : n)],
        });
        var (first, last) = (all.Nodes[0], all.Nodes[^1]);
        foreach (var startId in Candidates(first, row, hints))
        {
            if (BindNode(first, startId, row) is not { } started) continue;
            foreach (var endId in Candidates(last, started, hints))
            {
                if (BindNode(last, endId, started) is not { } ends) continue;
                foreach (var m in SelectedBetween(all, part, ends)) yield return m;
            }
        }
    }

    private IEnumerable<Row> SelectedBetween(PatternPart all, PatternPart part, Row ends)
    {
        // ALL SHORTEST is SHORTEST 1 GROUPS.
        var groups = part.SelectorGroups || part.Selector == PathSelector.AllShortestPaths;
        var (kept, lengths) = (0L, 0L);
        var least = LeastDistance(all, ends);
        if (least < 0) yield break;
        for (var length = least; ; length++)
        {
            var (found, capped) = PathsOfLength(all, ends, length);
            foreach (var m in found)
            {
                yield return m;
                if (!groups && ++kept >= part.SelectorCount) yield break;
            }
            if (groups && found.Count > 0 && ++lengths >= part.SelectorCount) yield break;
            if (!capped) yield break;
        }
    }

    // The walk's length cap while a selector deepens; set only around a listed (not lazily pulled) walk.
    private long _lengthCap = long.MaxValue;
    private bool _capped;

    private (List<Row> Found, bool Capped) PathsOfLength(PatternPart all, Row ends, long length)
    {
        var saved = (_lengthCap, _capped);
        (_lengthCap, _capped) = (length, false);
        try
        {
            var found = new List<Row>();
            foreach (var m in MatchOne(all, ends, [], [], null, 0))
            {
                if (((PathValue)m.Get(all.PathVariable!)!).Length == length) found.Add(m);
            }
            return (found, _capped);
        }
        finally
        {
            (_lengthCap, _capped) = saved;
        }
    }

    /// <summary>
    /// A lower bound on the length of any path of the part between its bound ends, or -1 when none can exist: a
    /// breadth-first search over every relationship any hop of the part could take (types and directions merged,
    /// predicates and uniqueness ignored). Unreachable pairs cost one search instead of every trail from the start.
    /// </summary>
    private long LeastDistance(PatternPart all, Row ends)
    {
        if (ends.Get(all.Nodes[0].Variable!) is not NodeRef start || ends.Get(all.Nodes[^1].Variable!) is not NodeRef end) return 0;
        return LeastDistance(Hops(all).ToList(), start, end);
    }

    private long LeastDistance(IReadOnlyList<RelationshipPattern> hops, NodeRef start, NodeRef end)
    {
        var types = hops.Any(h => TypeList(h.Types) is null) ? null : hops.SelectMany(h => TypeList(h.Types)!).Distinct().ToList();
        var direction = hops.Select(h => h.Direction).Distinct().Count() == 1 ? ToDirection(hops[0].Direction) : Direction.Both;
        var seen = new HashSet<long> { start.Id };
        var frontier = new List<long> { start.Id };
        for (var depth = 0L; frontier.Count > 0; depth++)
        {
            if (seen.Contains(end.Id)) return depth == 0 ? 0 : depth;
            var next = new List<long>();
            foreach (var at in frontier)
            {
                foreach (var r in Graph.RelationshipsOf(at, direction, types))
                {
                    _ctx.Tick();
                    var other = OtherEnd(r, at);
                    if (seen.Add(other)) next.Add(other);
                }
            }
            if (next.Contains(end.Id)) return depth + 1;
            frontier = next;
        }
        return -1;
    }

    private static IEnumerable<RelationshipPattern> Hops(PatternPart part) =>
        part.Relationships.SelectMany(r => r.Group is { } group ? Hops(group) : [r]);

    /// <summary>Whether a walk tracking its path has reached the selector's length cap (and so stops, noting it did).</summary>
    private bool AtLengthCap(List<long>? rels)
    {
        if (rels is null || rels.Count < _lengthCap) return false;
        _capped = true;
        return true;
    }
}
