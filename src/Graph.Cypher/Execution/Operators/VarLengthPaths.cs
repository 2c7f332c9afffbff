using Graph.Cypher.Storage;

namespace Graph.Cypher.Execution.Operators;

/// <summary>The walks behind the variable-length expands: relationship-unique paths depth first, and distinct far nodes breadth first.</summary>
internal static class VarLengthPaths
{
    /// <summary>
    /// Each path of <paramref name="min"/>..<paramref name="max"/> relationships from the start (max null: unbounded),
    /// as its far node and relationships; <paramref name="accept"/>, when given, is what every relationship of a path passes.
    /// </summary>
    public static IEnumerable<(long End, long[] Relationships)> From(OperatorContext ctx, long start, Direction direction, TypeFilter types, long min, long? max, Func<long, bool>? accept = null)
    {
        var graph = ctx.Graph;
        var path = new List<long>();
        var used = new HashSet<long>();
        // One buffer and position per depth: the stack of the depth-first walk.
        var levels = new List<(HopBuffer Hops, int Next)>();
        if (min == 0) yield return (start, []);
        if (max is 0) yield break;
        levels.Add((Expand(ctx, start, direction, types), 0));
        try
        {
            while (levels.Count > 0)
            {
                var depth = levels.Count - 1;
                var (hops, next) = levels[depth];
                if (next >= hops.Count)
                {
                    ctx.Query.ReturnHops(hops);
                    levels.RemoveAt(depth);
                    if (path.Count > 0)
                    {
                        used.Remove(path[^1]);
                        path.RemoveAt(path.Count - 1);
                    }
                    continue;
                }
                levels[depth] = (hops, next + 1);
                ctx.Query.Tick();
                var (rel, other) = hops[next];
                if (used.Contains(rel) || graph.IsNodeDeleted(other) || (accept is not null && !accept(rel))) continue;
                path.Add(rel);
                used.Add(rel);
                if (path.Count >= min) yield return (other, path.ToArray());
                if (max is null || path.Count < max)
                {
                    levels.Add((Expand(ctx, other, direction, types), 0));
                }
                else
                {
                    used.Remove(rel);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }
        finally
        {
            foreach (var (hops, _) in levels) ctx.Query.ReturnHops(hops);
        }
    }

    /// <summary>
    /// The distinct far nodes of those paths, for min 0 or 1: any other node is at the end of such a path
    /// exactly when its shortest distance is within max (a shortest walk repeats no relationship); the start
    /// itself when min is 0, or when a path leads back to it. Relationships failing <paramref name="accept"/> are
    /// simply not there for the walk.
    /// </summary>
    public static IEnumerable<long> Reachable(OperatorContext ctx, long start, Direction direction, TypeFilter types, long min, long? max, Func<long, bool>? accept = null)
    {
        if (min == 0 || ReturnsToStart(ctx, start, direction, types, max, accept)) yield return start;
        foreach (var node in BreadthFirst(ctx, start, direction, types, max, excluded: -1, accept)) yield return node;
    }

    /// <summary>
    /// A path of 1..max relationships from the start back to it: a first relationship to some node, and from there
    /// a way back within max - 1 hops that does not use it (the shortest such way repeats no relationship).
    /// </summary>
    private static bool ReturnsToStart(OperatorContext ctx, long start, Direction direction, TypeFilter types, long? max, Func<long, bool>? accept)
    {
        var first = Expand(ctx, start, direction, types);
        try
        {
            for (var i = 0; i < first.Count; i++)
            {
                var (rel, other) = first[i];
                if (accept is not null && !accept(rel)) continue;
                if (other == start || BreadthFirst(ctx, other, direction, types, max - 1, rel, accept).Contains(start)) return true;
            }
            return false;
        }
        finally
        {
            ctx.Query.ReturnHops(first);
        }
    }

    /// <summary>The nodes first reached at 1..limit hops from a node (limit null: any), nearest first, one relationship left out.</summary>
    private static IEnumerable<long> BreadthFirst(OperatorContext ctx, long from, Direction direction, TypeFilter types, long? limit, long excluded, Func<long, bool>? accept)
    {
        var seen = new HashSet<long> { from };
        var frontier = new List<long> { from };
        var hops = ctx.Query.RentHops();
        try
        {
            for (var depth = 1L; frontier.Count > 0 && (limit is null || depth <= limit); depth++)
            {
                var reached = new List<long>();
                foreach (var node in frontier)
                {
                    ctx.Graph.Expand(node, direction, types, hops);
                    for (var i = 0; i < hops.Count; i++)
                    {
                        ctx.Query.Tick();
                        var (rel, other) = hops[i];
                        if (rel == excluded || ctx.Graph.IsNodeDeleted(other) || (accept is not null && !accept(rel)) || !seen.Add(other)) continue;
                        reached.Add(other);
                    }
                }
                foreach (var node in reached) yield return node;
                frontier = reached;
            }
        }
        finally
        {
            ctx.Query.ReturnHops(hops);
        }
    }

    private static HopBuffer Expand(OperatorContext ctx, long node, Direction direction, TypeFilter types)
    {
        var hops = ctx.Query.RentHops();
        ctx.Graph.Expand(node, direction, types, hops);
        return hops;
    }
}
