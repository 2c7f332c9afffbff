using Graph.Cypher.Planning;
using Graph.Cypher.Planning.Logical;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution.Operators;

/// <summary>
/// n { .a, .*, k: expr, v } compiled against slots: a node's selected properties read by token, entries
/// compiled, built in export form as the evaluator builds it (the GraphQL translator's projections).
/// </summary>
internal static class MapProjections
{
    private delegate void Entry(ref ExportingMap map, object subject, object?[] row, OperatorContext ctx);

    public static SlotExpression Compile(MapProjection mp, Symbol subject, Scope scope, Func<Expression, Scope, SlotExpression> compile)
    {
        var slot = subject.Slot;
        var entries = mp.Items.Select(item => EntryOf(item, scope, compile)).ToArray();
        var count = mp.Items.Count;
        return (row, ctx) =>
        {
            if (row[slot] is not { } value) return null;
            var map = new ExportingMap(count);
            for (var i = 0; i < entries.Length; i++) entries[i](ref map, value, row, ctx);
            return map.Map;
        };
    }

    private static Entry EntryOf(MapProjectionItem item, Scope scope, Func<Expression, Scope, SlotExpression> compile)
    {
        switch (item)
        {
            case PropertySelector p:
            {
                var key = new TokenCache(p.Key, label: false);
                return (ref ExportingMap map, object subject, object?[] row, OperatorContext ctx) =>
                    map.Set(key.Name, subject is NodeRef n
                        ? (key.Of(ctx.Graph) is var token and >= 0 ? ctx.Graph.NodeProperty(n.Id, token) : null)
                        : ctx.Evaluator.Property(subject, key.Name));
            }
            case LiteralEntry e:
            {
                var name = e.Key;
                var value = compile(e.Value, scope);
                return (ref ExportingMap map, object subject, object?[] row, OperatorContext ctx) => map.Set(name, value(row, ctx));
            }
            case VariableSelector v:
            {
                var name = v.Name;
                var slot = (scope.Find(v.Name) ?? throw new PlanningFallbackException(FallbackReason.UnresolvedVariable)).Slot;
                return (ref ExportingMap map, object subject, object?[] row, OperatorContext ctx) => map.Set(name, row[slot]);
            }
            default:
                return (ref ExportingMap map, object subject, object?[] row, OperatorContext ctx) =>
                {
                    var all = ctx.Evaluator.AllProperties(subject);
                    map.EnsureCapacity(map.Count + all.Count);
                    foreach (var (k, v) in all) map.Set(k, v);
                };
        }
    }
}
