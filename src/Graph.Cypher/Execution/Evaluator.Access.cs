using Graph.Core.Errors;
using Graph.Cypher.Functions.Temporal;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>Property, index and slice access, and map projections.</summary>
internal sealed partial class Evaluator
{
    public object? Property(object? subject, string key)
    {
        switch (subject)
        {
            case null:
                return null;
            case NodeRef n:
                EnsureReadable(n);
                return _ctx.Graph.NodeProperty(n.Id, key);
            case RelRef r:
                return _ctx.Graph.RelationshipProperty(r.Id, key);
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(key, out var v) ? v : null;
            case Graph.Core.Values.CypherPoint point:
                return Functions.Spatial.PointValues.TryComponent(point, key, out var coordinate)
                    ? coordinate
                    : throw CypherErrors.Argument($"Invalid point component: {key}");
            default:
                if (TemporalComponents.TryGet(subject, key, out var component)) return component;
                throw CypherErrors.Type($"Type mismatch: expected a map but was {CypherTypeNames.Of(subject)}");
        }
    }

    /// <summary>A node whose DELETE waits for the end of the statement is already gone for readers, as in Neo4j.</summary>
    public void EnsureReadable(NodeRef n)
    {
        if (_ctx.PendingNodeDeletes.Contains(n.Id))
        {
            throw new GraphException(ErrorCodes.EntityNotFound, $"Node with id {n.Id} has been deleted in this transaction");
        }
    }

    internal object? Index(object? subject, object? index)
    {
        if (subject is null || index is null) return null;
        switch (subject)
        {
            case IReadOnlyList<object?> list:
                if (index is not long i) throw CypherErrors.Type($"Type mismatch: expected Integer but was {CypherTypeNames.Of(index)}");
                if (i < 0) i += list.Count;
                return i < 0 || i >= list.Count ? null : list[(int)i];
            case IReadOnlyDictionary<string, object?> or NodeRef or RelRef:
                if (index is not string key) throw CypherErrors.Type($"Type mismatch: expected String but was {CypherTypeNames.Of(index)}");
                return Property(subject, key);
            default:
                throw CypherErrors.Type($"Type mismatch: expected a list or a map but was {CypherTypeNames.Of(subject)}");
        }
    }

    internal static object? Slice(object? subject, object? from, object? to, bool openFrom, bool openTo)
    {
        if (subject is null) return null;
        if (subject is not IReadOnlyList<object?> list) throw CypherErrors.TypeMismatch("List", subject);
        if ((!openFrom && from is null) || (!openTo && to is null)) return null;
        if (from is not null and not long) throw CypherErrors.TypeMismatch("Integer", from);
        if (to is not null and not long) throw CypherErrors.TypeMismatch("Integer", to);
        var count = (long)list.Count;
        long Clamp(long v) => Math.Clamp(v < 0 ? v + count : v, 0, count);
        var start = openFrom ? 0 : Clamp((long)from!);
        var end = openTo ? count : Clamp((long)to!);
        var result = new List<object?>();
        for (var i = start; i < end; i++) result.Add(list[(int)i]);
        return result;
    }

    private object? ProjectMap(MapProjection mp, Row row, IReadOnlyDictionary<Expression, object?>? aggregates)
    {
        var subject = row.TryGet(mp.Subject, out var s)
            ? s
            : throw new GraphException(ErrorCodes.SemanticError, $"Variable `{mp.Subject}` not defined", ErrorPhase.Compile);
        if (subject is null) return null;
        // One entry per item is exact unless `.*` adds the subject's properties; that case grows once, below.
        var items = mp.Items;
        // Built in export form when every value allows (the GraphQL translator's projections do), so a result
        // holding it hands it out without a copy.
        var result = new ExportingMap(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case AllPropertiesSelector:
                {
                    var all = AllProperties(subject);
                    result.EnsureCapacity(result.Count + all.Count + items.Count - i - 1);
                    foreach (var (k, v) in all) result.Set(k, v);
                    break;
                }
                case PropertySelector p:
                    result.Set(p.Key, Property(subject, p.Key));
                    break;
                case LiteralEntry e:
                    result.Set(e.Key, Evaluate(e.Value, row, aggregates));
                    break;
                case VariableSelector v:
                    result.Set(v.Name, row.Get(v.Name));
                    break;
            }
        }
        return result.Map;
    }

    public IReadOnlyDictionary<string, object?> AllProperties(object subject)
    {
        switch (subject)
        {
            case NodeRef n:
                EnsureReadable(n);
                return _ctx.Graph.NodeProperties(n.Id);
            case RelRef r:
                return _ctx.Graph.RelationshipProperties(r.Id);
            case IReadOnlyDictionary<string, object?> m:
                return m;
            default:
                throw CypherErrors.Type($"Type mismatch: expected a map but was {CypherTypeNames.Of(subject)}");
        }
    }
}
