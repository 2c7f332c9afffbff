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
    /// <param name="nested">Columns of nested subqueries added to each match, after its WHERE, for the projection to read.</param>
    public List<object?>? ComprehendOneHop(PatternComprehension pc, Row row, NestedColumns? nested = null)
    {
        if (_ctx.Stats is not null) return null;
        var orientations = OneHop.For(pc.Pattern);
        for (var i = 0; i < orientations.Count; i++)
        {
            var hop = orientations[i];
            if (row.Get(hop.Start) is not NodeRef start) continue;
            if ((hop.End is not null && row.Has(hop.End)) || (hop.Relationship is not null && row.Has(hop.Relationship))) continue;
            return Comprehend(hop, start.Id, pc, row, nested);
        }
        return null;
    }

    private List<object?> Comprehend(OneHop hop, long start, PatternComprehension pc, Row row, NestedColumns? nested)
    {
        if (IsGone(start)) return [];
        var resolved = Resolve(hop, pc);
        var hops = _ctx.RentHops();
        Graph.Expand(start, ToDirection(hop.Direction), resolved.Types, hops);
        KeepMatchingEnds(hops, hop.EndLabels, resolved.Labels);
        _ctx.Tick(hops.Count);
        List<object?> list;
        if (nested is null && pc.Where is null && pc.Projection is PropertyAccess { Subject: Variable v } && v.Name == hop.End)
        {
            list = new ExportedList(hops.Count);
            ReadColumn(hops, resolved.ProjectedKey, list, resolved.SharedEnds);
            // Stored values are scalars or lists of them; a list is copied, so the whole list is in export form.
            for (var i = 0; i < list.Count; i++)
            {
                if (ExportForm.TryConvert(list[i], out var exported)) list[i] = exported;
            }
        }
        else if (pc.Where is null && pc.Projection is MapProjection map && map.Subject == hop.End && IsColumnar(map))
        {
            list = ProjectMaps(hops, map, resolved.SharedEnds, hop, row, nested);
        }
        else
        {
            var items = new ExportingList(hops.Count);
            for (var i = 0; i < hops.Count; i++)
            {
                var bound = Bound(hop, row, hops[i]);
                if (pc.Where is not null && !Eval.IsTrue(pc.Where, bound)) continue;
                items.Add(Eval.Evaluate(pc.Projection, nested?.Extend(bound) ?? bound));
            }
            list = items.Items;
        }
        _ctx.ReturnHops(hops);
        return list;
    }

    /// <summary>
    /// <c>a {.x, k: 'literal', k: v, v}</c>: properties, which are read a column at a time, constants, and variables
    /// of the match's row (a nested subquery's column, say).
    /// </summary>
    private static bool IsColumnar(MapProjection map)
    {
        foreach (var item in map.Items)
        {
            if (item is not (PropertySelector or VariableSelector or LiteralEntry { Value: Literal or Variable })) return false;
        }
        return true;
    }

    /// <summary>
    /// One map per hop, each selected property read for all far ends in storage passes first. Nested columns come
    /// from the far end alone when the subqueries import only it; the match's row is built only when the map names
    /// a variable that is not such a column, or the subqueries import more.
    /// </summary>
    /// <remarks>Maps and the list are built in export form while their values allow, as <c>ProjectMap</c> builds them.</remarks>
    private List<object?> ProjectMaps(HopBuffer hops, MapProjection map, bool shared, OneHop hop, Row row, NestedColumns? nested)
    {
        // The columns are scratch lists kept with the statement: only the maps built from them are new.
        var count = map.Items.Count;
        var columns = _ctx.RentColumns(count);
        var byEnd = nested is not null && nested.ImportOnly(hop.End);
        // Per item: the nested column it reads (≥ 0), or -1; per match: the nested columns' values.
        var slots = byEnd ? new int[count] : null;
        var values = byEnd ? new object?[nested!.Count] : null;
        var needsRow = nested is not null && !byEnd;
        for (var k = 0; k < count; k++)
        {
            columns[k].Clear();
            var item = map.Items[k];
            if (item is PropertySelector selector) ReadColumn(hops, Graph.PropertyKeyToken(selector.Key), columns[k], shared);
            if (VariableOf(item) is not { } variable) continue;
            var slot = byEnd ? nested!.IndexOf(variable) : -1;
            if (slots is not null) slots[k] = slot;
            needsRow |= slot < 0;
        }
        var list = new ExportingList(hops.Count);
        for (var i = 0; i < hops.Count; i++)
        {
            var bound = needsRow ? Bound(hop, row, hops[i]) : null;
            if (byEnd)
            {
                var imported = NestedColumns.Imported(hop.End!, hops[i].Other);
                for (var j = 0; j < values!.Length; j++) values[j] = nested!.Value(j, imported);
            }
            else if (nested is not null)
            {
                bound = nested.Extend(bound!);
            }
            // Entries are set in the written order, so a repeated key keeps its first place and last value, as in
            // ProjectMap. A stored list is copied as it is set, so the map can be handed out as is.
            var result = new ExportingMap(count);
            for (var k = 0; k < count; k++)
            {
                var item = map.Items[k];
                switch (item)
                {
                    case PropertySelector selector:
                        result.Set(selector.Key, columns[k][i]);
                        break;
                    case LiteralEntry { Value: Literal constant } entry:
                        result.Set(entry.Key, constant.Value);
                        break;
                    default:
                        var value = slots is not null && slots[k] >= 0 ? values![slots[k]] : bound!.Get(VariableOf(item)!);
                        result.Set(item is LiteralEntry named ? named.Key : ((VariableSelector)item).Name, value);
                        break;
                }
            }
            list.Add(result.Map);
        }
        for (var k = 0; k < count; k++) columns[k].Clear();
        _ctx.ReturnColumns(columns);
        return list.Items;
    }

    /// <summary>The variable a columnar map item reads from the match's row (<c>k: v</c> or <c>v</c>), if any.</summary>
    private static string? VariableOf(MapProjectionItem item) => item switch
    {
        LiteralEntry { Value: Variable v } => v.Name,
        VariableSelector v => v.Name,
        _ => null,
    };

    /// <summary>The outer row with a match's far end (and relationship, when named) bound.</summary>
    private static Row Bound(OneHop hop, Row row, Hop match)
    {
        var bound = hop.End is null ? row : row.With(hop.End, new NodeRef(match.Other));
        return hop.Relationship is null ? bound : bound.With(hop.Relationship, new RelRef(match.Relationship));
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
