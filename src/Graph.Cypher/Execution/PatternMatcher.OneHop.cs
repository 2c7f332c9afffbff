using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>Pattern comprehensions over one hop from a bound node, read as one expansion (see <see cref="OneHop"/>).</summary>
internal sealed partial class PatternMatcher
{
    /// <summary>Whether a relationship type expression can be handed to the store as a list of types.</summary>
    public static bool IsTypeList(LabelExpression types) => TypeList(types) is not null;

    /// <summary>
    /// <c>[(m)-[:T]-&gt;(a:L) WHERE … | projection]</c> from a bound <c>m</c>, without a row per candidate and,
    /// when the projection reads one property of the far end, in storage passes over all of them. Null when
    /// the pattern or the row does not have that shape (the caller walks it in general). PROFILE keeps the
    /// general walk, which attributes its reads operator by operator.
    /// </summary>
    /// <param name="extend">Adds to each match, after its WHERE, what the projection also reads (nested subquery columns).</param>
    public List<object?>? ComprehendOneHop(PatternComprehension pc, Row row, Func<Row, Row>? extend = null)
    {
        if (_ctx.Stats is not null) return null;
        foreach (var hop in OneHop.For(pc.Pattern))
        {
            if (row.Get(hop.Start) is not NodeRef start) continue;
            if ((hop.End is not null && row.Has(hop.End)) || (hop.Relationship is not null && row.Has(hop.Relationship))) continue;
            return Comprehend(hop, start.Id, pc, row, extend);
        }
        return null;
    }

    private List<object?> Comprehend(OneHop hop, long start, PatternComprehension pc, Row row, Func<Row, Row>? extend)
    {
        if (IsGone(start)) return [];
        var resolved = Resolve(hop, pc);
        var hops = _ctx.RentHops();
        Graph.Expand(start, ToDirection(hop.Direction), resolved.Types, hops);
        KeepMatchingEnds(hops, hop.EndLabels, resolved.Labels);
        _ctx.Tick(hops.Count);
        List<object?> list;
        if (extend is null && pc.Where is null && pc.Projection is PropertyAccess { Subject: Variable v } && v.Name == hop.End)
        {
            list = new ExportedList(hops.Count);
            ReadColumn(hops, resolved.ProjectedKey, list, resolved.SharedEnds);
            // Stored values are scalars or lists of them; a list is copied, so the whole list is in export form.
            for (var i = 0; i < list.Count; i++)
            {
                if (ExportForm.TryConvert(list[i], out var exported)) list[i] = exported;
            }
        }
        else if (extend is null && pc.Where is null && pc.Projection is MapProjection map && map.Subject == hop.End && IsColumnar(map))
        {
            list = ProjectMaps(hops, map, resolved.SharedEnds);
        }
        else
        {
            var items = new ExportingList(hops.Count);
            for (var i = 0; i < hops.Count; i++)
            {
                var (relationship, other) = hops[i];
                var bound = hop.End is null ? row : row.With(hop.End, new NodeRef(other));
                if (hop.Relationship is not null) bound = bound.With(hop.Relationship, new RelRef(relationship));
                if (pc.Where is not null && !Eval.IsTrue(pc.Where, bound)) continue;
                if (extend is not null) bound = extend(bound);
                items.Add(Eval.Evaluate(pc.Projection, bound));
            }
            list = items.Items;
        }
        _ctx.ReturnHops(hops);
        return list;
    }

    /// <summary><c>a {.x, .y, k: 'literal'}</c>: properties and constants only, so it can be read a column at a time.</summary>
    private static bool IsColumnar(MapProjection map)
    {
        foreach (var item in map.Items)
        {
            if (item is not (PropertySelector or LiteralEntry { Value: Literal })) return false;
        }
        return true;
    }

    /// <summary>One map per hop, each selected property read for all far ends in storage passes first.</summary>
    /// <remarks>Literal constants are strings, numbers, booleans or null: already in exported form.</remarks>
    private List<object?> ProjectMaps(HopBuffer hops, MapProjection map, bool shared)
    {
        // The columns are scratch lists kept with the statement: only the maps built from them are new.
        var count = map.Items.Count;
        var columns = _ctx.Columns(count);
        for (var k = 0; k < count; k++)
        {
            columns[k].Clear();
            if (map.Items[k] is not PropertySelector selector) continue;
            ReadColumn(hops, Graph.PropertyKeyToken(selector.Key), columns[k], shared);
        }
        var list = new ExportedList(hops.Count);
        for (var i = 0; i < hops.Count; i++)
        {
            // Entries are set in the written order, so a repeated key keeps its first place and last value, as in
            // ProjectMap. Built in exported form: a stored list is copied here, so the map can be handed out as is.
            var result = new ExportedMap(count);
            for (var k = 0; k < count; k++)
            {
                switch (map.Items[k])
                {
                    case PropertySelector selector:
                        var value = columns[k][i];
                        result[selector.Key] = ExportForm.TryConvert(value, out var exported) ? exported : ValueExporter.Export(value, Graph);
                        break;
                    case LiteralEntry { Value: Literal constant } entry:
                        result[entry.Key] = constant.Value;
                        break;
                }
            }
            list.Add(result);
        }
        for (var k = 0; k < count; k++) columns[k].Clear();
        return list;
    }

    /// <summary>
    /// One property of every far end, in hop order: in storage passes, or for far ends from a small label through
    /// the statement's <see cref="QueryContext.SharedValues"/> (the same string object for every mention of a state).
    /// </summary>
    private void ReadColumn(HopBuffer hops, int key, List<object?> into, bool shared)
    {
        if (!shared || _ctx.SharedValues is not { } cache)
        {
            Graph.OtherEndProperties(hops, key, into);
            return;
        }
        for (var i = 0; i < hops.Count; i++)
        {
            var id = hops[i].Other;
            if (!cache.TryGetValue((id, key), out var value))
            {
                value = Graph.NodeProperty(id, key);
                // A stored list is a shared object that the caller gets a copy of: only scalars are kept.
                if (value is not IReadOnlyList<object?> && cache.Count < QueryContext.SharedValueLimit) cache[(id, key)] = value;
            }
            into.Add(value);
        }
    }

    /// <summary>
    /// The hop's tokens, kept for the statement when it only reads (a token then cannot appear while it runs);
    /// a writer resolves them at every expansion, since its own statement may create them.
    /// </summary>
    private ResolvedHop Resolve(OneHop hop, PatternComprehension pc)
    {
        if (_ctx.Writer is not null) return Fresh(hop, pc);
        var memo = _ctx.ResolvedHops;
        if (memo.TryGetValue(hop, out var resolved) && ReferenceEquals(resolved.Comprehension, pc)) return resolved;
        resolved = Fresh(hop, pc);
        memo[hop] = resolved;
        return resolved;
    }

    private ResolvedHop Fresh(OneHop hop, PatternComprehension pc) => new(
        pc,
        Graph.ResolveTypes(TypeList(hop.Types)),
        LabelTest.For(hop.EndLabels, Graph),
        hop.EndLabels is LabelName label && _ctx.IsSmallLabel(label.Name),
        pc.Projection is PropertyAccess read ? Graph.PropertyKeyToken(read.Key) : -1);

    /// <summary>Keeps the hops whose far node is still there for this statement and carries the labels.</summary>
    private void KeepMatchingEnds(HopBuffer hops, LabelExpression? labels, LabelTest test)
    {
        if (_ctx.Writer is not null || _ctx.PendingNodeDeletes.Count > 0) hops.KeepOthers(this, static (m, id) => !m.IsGone(id));
        if (labels is null) return;
        if (test.IsGeneral) hops.KeepOthers((Matcher: this, Labels: labels), static (s, id) => s.Matcher.NodeLabelExpressionMatches(s.Labels, id));
        else Graph.KeepOthersLabelled(hops, test.Resolved(Graph));
    }
}
