using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Storage;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// A RollUpExpand's value built a column at a time over all far ends of one expansion: <c>y.key</c>, or
/// <c>y { .key, k: 'constant', k: v, v }</c> where each variable is a nested level's column. Each property is read
/// for every far end in one storage pass by its token; the nested levels' columns come from the far end's id.
/// </summary>
internal sealed class FarEndColumns
{
    private enum Source
    {
        Property,
        Constant,
        Level,
        LabelCase,
    }

    /// <param name="Index">The property column (Property) or the nested level (Level) the entry reads.</param>
    /// <param name="Cases">LabelCase: the first label the far end carries gives its value (a GraphQL __typename), else null.</param>
    private sealed record Entry(string Key, Source Source, object? Constant, int Index, (TokenCache Label, object? Value)[]? Cases = null);

    private readonly TokenCache[] _properties;

    // Null: the value is the one property itself, not a map.
    private readonly Entry[]? _entries;
    private readonly bool _shared;

    private FarEndColumns(TokenCache[] properties, Entry[]? entries, bool shared)
    {
        _properties = properties;
        _entries = entries;
        _shared = shared;
    }

    /// <summary>The columnar form of <paramref name="value"/>, or null when it reads anything else.</summary>
    /// <param name="levels">The nested levels' column symbols, in order.</param>
    /// <param name="shared">Whether the far ends' values are kept for the statement (a small label, see <see cref="RollUpExpandPlan.SharedEnds"/>).</param>
    public static FarEndColumns? For(BoundExpression value, Symbol to, IReadOnlyList<Symbol> levels, bool shared)
    {
        switch (value.Syntax)
        {
            case PropertyAccess { Subject: Variable v } read when value.Scope.Find(v.Name) == to:
                return new FarEndColumns([new TokenCache(read.Key, label: false)], null, shared);
            case MapProjection map when value.Scope.Find(map.Subject) == to:
            {
                var properties = new List<TokenCache>();
                var entries = new Entry[map.Items.Count];
                for (var i = 0; i < entries.Length; i++)
                {
                    switch (map.Items[i])
                    {
                        case PropertySelector p:
                            entries[i] = new Entry(p.Key, Source.Property, null, properties.Count);
                            properties.Add(new TokenCache(p.Key, label: false));
                            break;
                        case LiteralEntry { Value: Literal constant } e:
                            entries[i] = new Entry(e.Key, Source.Constant, constant.Value, -1);
                            break;
                        case LiteralEntry { Value: Variable v } e when LevelOf(value.Scope.Find(v.Name), levels) is var level and >= 0:
                            entries[i] = new Entry(e.Key, Source.Level, null, level);
                            break;
                        case VariableSelector v when LevelOf(value.Scope.Find(v.Name), levels) is var level and >= 0:
                            entries[i] = new Entry(v.Name, Source.Level, null, level);
                            break;
                        case LiteralEntry { Value: CaseExpression c } e when LabelCases(c, name => value.Scope.Find(name) == to) is { } cases:
                            entries[i] = new Entry(e.Key, Source.LabelCase, null, -1, cases);
                            break;
                        default:
                            return null;
                    }
                }
                return new FarEndColumns([.. properties], entries, shared);
            }
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>CASE WHEN y:A THEN 'A' WHEN y:B THEN 'B' … END</c> over the far end <c>y</c>, each test one plain label and
    /// each value a literal, no ELSE (or ELSE null): the labels and values in order; null for any other CASE.
    /// </summary>
    private static (TokenCache, object?)[]? LabelCases(CaseExpression c, Func<string, bool> isFarEnd)
    {
        if (c.Test is not null || c.Else is not null and not Literal { Value: null }) return null;
        var cases = new (TokenCache, object?)[c.Alternatives.Count];
        for (var i = 0; i < cases.Length; i++)
        {
            if (c.Alternatives[i] is not { When: LabelCheck { Subject: Variable v, Labels: LabelName label }, Then: Literal then } || !isFarEnd(v.Name)) return null;
            cases[i] = (new TokenCache(label.Name, label: true), then.Value);
        }
        return cases;
    }

    private static int LevelOf(Symbol? symbol, IReadOnlyList<Symbol> levels)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i] == symbol) return i;
        }
        return -1;
    }

    /// <summary>One value per far end, in hop order, as a list built in export form; nulls kept only for a comprehension.</summary>
    public List<object?> Build(OperatorContext ctx, HopBuffer hops, IReadOnlyList<RollUpExpandOperator> levels, bool keepNulls)
    {
        var graph = ctx.Graph;
        // Scratch columns kept with the statement: only the values built from them are new.
        var columns = ctx.Query.RentColumns(_properties.Length);
        var cache = _shared ? ctx.Query.SharedValues : null;
        for (var k = 0; k < _properties.Length; k++)
        {
            columns[k].Clear();
            if (cache is null) graph.OtherEndProperties(hops, _properties[k].Of(graph), columns[k]);
            else ReadShared(graph, hops, _properties[k].Of(graph), columns[k], cache);
        }
        var list = new ExportingList(hops.Count);
        if (_entries is null)
        {
            var column = columns[0];
            for (var i = 0; i < column.Count; i++)
            {
                if (column[i] is not null || keepNulls) list.Add(column[i]);
            }
        }
        else
        {
            var nested = levels.Count == 0 ? [] : new object?[levels.Count];
            for (var i = 0; i < hops.Count; i++)
            {
                // Every level runs once per far end, in the body's order, as the subqueries would.
                for (var j = 0; j < nested.Length; j++) nested[j] = levels[j].ValueFor(ctx, hops[i].Other, null);
                list.Add(Map(graph, hops[i].Other, columns, nested, i));
            }
        }
        for (var k = 0; k < _properties.Length; k++) columns[k].Clear();
        ctx.Query.ReturnColumns(columns);
        return list.Items;
    }

    /// <summary>
    /// One property of every far end through the statement's shared values: a state met again and again is read
    /// once, and every mention gets the same string. A stored list is copied for each reader, so only scalars are kept.
    /// </summary>
    private static void ReadShared(IGraphView graph, HopBuffer hops, int key, List<object?> into, Dictionary<(long Node, int Key), object?> cache)
    {
        for (var i = 0; i < hops.Count; i++)
        {
            var id = hops[i].Other;
            if (!cache.TryGetValue((id, key), out var value))
            {
                value = key < 0 ? null : graph.NodeProperty(id, key);
                if (value is not IReadOnlyList<object?> && cache.Count < RollUpExpandPlan.SharedLimit) cache[(id, key)] = value;
            }
            into.Add(value);
        }
    }

    /// <summary>Entries set in the written order: a repeated key keeps its first place and last value, as a map projection does.</summary>
    private IReadOnlyDictionary<string, object?> Map(IGraphView graph, long farEnd, List<object?>[] columns, object?[] nested, int hop)
    {
        var entries = _entries!;
        var map = new ExportingMap(entries.Length);
        for (var k = 0; k < entries.Length; k++)
        {
            var entry = entries[k];
            map.Set(entry.Key, entry.Source switch
            {
                Source.Property => columns[entry.Index][hop],
                Source.Constant => entry.Constant,
                Source.LabelCase => FirstLabelled(graph, farEnd, entry.Cases!),
                _ => nested[entry.Index],
            });
        }
        return map.Map;
    }

    private static object? FirstLabelled(IGraphView graph, long node, (TokenCache Label, object? Value)[] cases)
    {
        foreach (var (label, value) in cases)
        {
            if (label.Of(graph) is var token and >= 0 && graph.NodeHasLabel(node, token)) return value;
        }
        return null;
    }
}
