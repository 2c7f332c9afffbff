using System.Runtime.CompilerServices;
using Graph.Cypher.Planning;
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

    private IEnumerable<Row> SelectedPaths(PatternPart part, Row row, IReadOnlyList<SeekHint> hints)
    {
        var pathName = part.PathVariable ?? HiddenPathName;
        var all = Enumerated.GetValue(part, static p => p with { Selector = PathSelector.All, PathVariable = p.PathVariable ?? HiddenPathName });
        var byEnds = new Dictionary<(long, long), List<(int Length, Row Row)>>();
        var order = new List<(long, long)>();
        foreach (var m in MatchOne(all, row, [], hints, null, 0))
        {
            var path = (PathValue)m.Get(pathName)!;
            var ends = (path.Nodes[0].Id, path.Nodes[^1].Id);
            if (!byEnds.TryGetValue(ends, out var paths))
            {
                byEnds[ends] = paths = [];
                order.Add(ends);
            }
            paths.Add((path.Length, m));
        }
        var k = part.SelectorCount;
        // ALL SHORTEST is SHORTEST 1 GROUPS.
        var groups = part.SelectorGroups || part.Selector == PathSelector.AllShortestPaths;
        foreach (var ends in order)
        {
            var sorted = byEnds[ends].OrderBy(p => p.Length).ToList();
            var kept = groups ? sorted.Select(p => p.Length).Distinct().Take((int)Math.Min(k, int.MaxValue)).ToHashSet() : null;
            var taken = 0L;
            foreach (var (length, m) in sorted)
            {
                if (kept is not null ? !kept.Contains(length) : taken++ >= k) continue;
                yield return m;
            }
        }
    }
}
