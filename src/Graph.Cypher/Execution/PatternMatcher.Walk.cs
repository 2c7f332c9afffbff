using Graph.Cypher.Planning;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>Walking a part hop by hop, including variable-length hops (relationship-unique, bounded by the timeout).</summary>
internal sealed partial class PatternMatcher
{
    /// <summary>
    /// Matches of the hops from <paramref name="hop"/> on. <paramref name="used"/> is null when the pattern has a
    /// single fixed-length relationship (nothing to keep unique); <paramref name="nodes"/> and
    /// <paramref name="rels"/> are null unless a path variable needs them.
    /// </summary>
    private IEnumerable<Row> Walk(PartSteps steps, int hop, long current, Row row, HashSet<long>? used, List<long>? nodes, List<long>? rels)
    {
        if (hop == steps.Relationships.Count)
        {
            yield return Finished(steps, row, nodes, rels);
            yield break;
        }
        var rel = steps.Relationships[hop];
        var next = steps.Nodes[hop + 1];
        var stage = Stages.Expand(steps.PartIndex, hop);
        _ctx.EnterStage(stage);
        if (rel.Group is not null)
        {
            // Quantified path patterns always keep the used set (a group counts as a variable-length hop).
            foreach (var m in Repeat(steps, hop, current, row, used!, nodes, rels, [])) yield return m;
            yield break;
        }
        if (rel.Length is null)
        {
            if (AtLengthCap(rels)) yield break;
            var last = hop + 1 == steps.Relationships.Count;
            var hops = _ctx.RentHops();
            var types = TypeList(rel.Types);
            Graph.Expand(current, ToDirection(rel.Direction), Graph.ResolveTypes(types), hops);
            // The store already kept only the listed types (PROFILE counts that test within the expansion's db hits).
            var typed = types is not null;
            var labels = LabelTest.For(next.Labels, Graph);
            for (var i = 0; i < hops.Count; i++)
            {
                var (r, other) = hops[i];
                _ctx.Tick();
                _ctx.EnterStage(stage);
                if ((used is not null && used.Contains(r)) || !RelationshipMatches(rel, r, row, typed)) continue;
                var relRow = row;
                if (rel.Variable is not null)
                {
                    if (row.TryGet(rel.Variable, out var existing))
                    {
                        if (existing is not RelRef e || e.Id != r) continue;
                    }
                    else
                    {
                        relRow = row.With(rel.Variable, new RelRef(r));
                    }
                }
                if (rel.Where is not null && !Eval.IsTrue(rel.Where, relRow)) continue;
                var bound = BindNode(next, other, relRow, labels);
                if (bound is null) continue;
                _ctx.StageRow(stage);
                used?.Add(r);
                nodes?.Add(other);
                rels?.Add(r);
                // The last hop yields its match here rather than through one more nested iterator per match.
                if (last)
                {
                    yield return Finished(steps, bound, nodes, rels);
                }
                else
                {
                    foreach (var m in Walk(steps, hop + 1, other, bound, used, nodes, rels)) yield return m;
                }
                used?.Remove(r);
                nodes?.RemoveAt(nodes.Count - 1);
                rels?.RemoveAt(rels.Count - 1);
            }
            // Not in a finally: a walk abandoned part-way (LIMIT, EXISTS) leaves its buffer to the collector.
            _ctx.ReturnHops(hops);
            yield break;
        }
        var min = rel.Length.Min ?? 1;
        var max = rel.Length.Max ?? long.MaxValue;
        // Variable-length parts always track what they used (see UniqueRelationships).
        foreach (var m in Expand(steps, hop, current, row, used!, nodes, rels, [], min, max)) yield return m;
    }

    /// <summary>A complete match: the row, plus the path walked when the part names one (in the pattern's own order).</summary>
    private static Row Finished(PartSteps steps, Row row, List<long>? nodes, List<long>? rels)
    {
        if (steps.PathVariable is null) return row;
        var pathNodes = new List<NodeRef>(nodes!.Count);
        foreach (var n in nodes) pathNodes.Add(new NodeRef(n));
        var pathRels = new List<RelRef>(rels!.Count);
        foreach (var r in rels) pathRels.Add(new RelRef(r));
        if (steps.Reversed)
        {
            pathNodes.Reverse();
            pathRels.Reverse();
        }
        return row.With(steps.PathVariable, new PathValue(pathNodes, pathRels));
    }

    /// <summary>
    /// The relationships to try from a node. A snapshot never changes, so its list is walked as returned; a
    /// writer's (which the statement may change while walking) and a profiled view's are copied first.
    /// </summary>
    private IReadOnlyList<long> Adjacent(long node, RelationshipPattern rel)
    {
        var found = Graph.RelationshipsOf(node, ToDirection(rel.Direction), TypeList(rel.Types));
        return _ctx.Writer is null && _ctx.Stats is null && found is IReadOnlyList<long> list ? list : found.ToList();
    }

    /// <summary>Depth-first variable-length expansion; each depth within [min, max] is a candidate end.</summary>
    private IEnumerable<Row> Expand(PartSteps steps, int hop, long current, Row row, HashSet<long> used, List<long>? nodes, List<long>? rels, List<long> segment, long min, long max)
    {
        var rel = steps.Relationships[hop];
        var next = steps.Nodes[hop + 1];
        // A relationship list bound earlier (MATCH ()-[r*]-() MATCH ()-[r*]-()) is the one walk allowed.
        var bound = rel.Variable is not null && row.TryGet(rel.Variable, out var earlier) ? BoundWalk(earlier, steps.Reversed) : null;
        if (segment.Count >= min && (bound is null || segment.Count == bound.Count))
        {
            var withRels = rel.Variable is null || bound is not null ? row : row.With(rel.Variable, RelationshipList(segment, steps.Reversed));
            var ended = BindNode(next, current, withRels);
            if (ended is not null)
            {
                _ctx.StageRow(Stages.Expand(steps.PartIndex, hop));
                foreach (var m in Walk(steps, hop + 1, current, ended, used, nodes, rels)) yield return m;
            }
        }
        if (segment.Count >= max || (bound is not null && segment.Count == bound.Count) || AtLengthCap(rels)) yield break;
        _ctx.EnterStage(Stages.Expand(steps.PartIndex, hop));
        foreach (var r in Adjacent(current, rel))
        {
            _ctx.Tick();
            _ctx.EnterStage(Stages.Expand(steps.PartIndex, hop));
            if (used.Contains(r) || (bound is not null && bound[segment.Count] != r) || !RelationshipMatches(rel, r, row)) continue;
            var other = OtherEnd(r, current, rel.Direction);
            used.Add(r);
            segment.Add(r);
            nodes?.Add(other);
            rels?.Add(r);
            foreach (var m in Expand(steps, hop, other, row, used, nodes, rels, segment, min, max)) yield return m;
            used.Remove(r);
            segment.RemoveAt(segment.Count - 1);
            nodes?.RemoveAt(nodes.Count - 1);
            rels?.RemoveAt(rels.Count - 1);
        }
    }

    /// <summary>A variable-length relationship list in the pattern's own order (left to right), however it was walked.</summary>
    private static List<object?> RelationshipList(List<long> segment, bool reversed)
    {
        var list = new List<object?>(segment.Count);
        foreach (var r in segment) list.Add(new RelRef(r));
        if (reversed) list.Reverse();
        return list;
    }

    /// <summary>The relationship ids of a bound list in walking order; a walk no relationship fits for anything else.</summary>
    private static List<long> BoundWalk(object? value, bool reversed)
    {
        var ids = new List<long>();
        if (value is not IReadOnlyList<object?> list || list.Any(v => v is not RelRef)) return [-1];
        foreach (var item in list) ids.Add(((RelRef)item!).Id);
        if (reversed) ids.Reverse();
        return ids;
    }
}
