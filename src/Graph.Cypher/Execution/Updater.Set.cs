using Graph.Core.Errors;
using Graph.Cypher.Syntax.Ast;
using Graph.Cypher.Values;

namespace Graph.Cypher.Execution;

/// <summary>SET, REMOVE, DELETE / DETACH DELETE, and the end-of-statement check of deleted nodes.</summary>
internal sealed partial class Updater
{
    public Row Set(IReadOnlyList<SetItem> items, Row row)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case SetPropertyItem p:
                {
                    var target = _eval.Evaluate(p.Target, row);
                    var key = _eval.Evaluate(p.Key, row) as string ?? throw CypherErrors.Type("Property key must be a string");
                    SetProperty(target, key, StorableValue(_eval.Evaluate(p.Value, row)));
                    break;
                }
                case SetAllPropertiesItem a:
                {
                    var target = _eval.Evaluate(a.Target, row);
                    var value = _eval.Evaluate(a.Value, row);
                    if (target is null) break;
                    var map = value switch
                    {
                        null => new Dictionary<string, object?>(),
                        NodeRef or RelRef => _eval.AllProperties(value),
                        IReadOnlyDictionary<string, object?> m => m,
                        _ => throw CypherErrors.TypeMismatch("Map", value),
                    };
                    if (!a.Merge)
                    {
                        foreach (var existing in _eval.AllProperties(target).Keys.ToList())
                        {
                            if (!map.ContainsKey(existing)) SetProperty(target, existing, null);
                        }
                    }
                    foreach (var (k, v) in map.ToList()) SetProperty(target, k, StorableValue(v));
                    break;
                }
                case SetLabelsItem l:
                {
                    var target = row.Get(l.Variable);
                    if (target is null) break;
                    if (target is not NodeRef n) throw CypherErrors.TypeMismatch("Node", target);
                    foreach (var label in DynamicLabels.Resolve(l.Labels, l.Dynamic, e => _eval.Evaluate(e, row)))
                    {
                        if (W.AddLabel(n.Id, label)) _ctx.Counters.LabelsAdded++;
                    }
                    break;
                }
            }
        }
        return row;
    }

    private void SetProperty(object? target, string key, object? value)
    {
        switch (target)
        {
            case null:
                return;
            case NodeRef n:
                _eval.EnsureReadable(n);
                W.SetNodeProperty(n.Id, key, value);
                break;
            case RelRef r:
                W.SetRelationshipProperty(r.Id, key, value);
                break;
            default:
                throw CypherErrors.Type($"Type mismatch: expected Node or Relationship but was {CypherTypeNames.Of(target)}");
        }
        _ctx.Counters.PropertiesSet++;
    }

    public Row Remove(IReadOnlyList<RemoveItem> items, Row row)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case RemovePropertyItem p:
                {
                    var target = _eval.Evaluate(p.Target, row);
                    var key = p.DynamicKey is null ? p.Key : _eval.Evaluate(p.DynamicKey, row) as string ?? throw CypherErrors.Type("Property key must be a string");
                    if (target is NodeRef or RelRef && _eval.Property(target, key) is not null) SetProperty(target, key, null);
                    else if (target is not null and not NodeRef and not RelRef) throw CypherErrors.TypeMismatch("Node", target);
                    break;
                }
                case RemoveLabelsItem l:
                {
                    var target = row.Get(l.Variable);
                    if (target is null) break;
                    if (target is not NodeRef n) throw CypherErrors.TypeMismatch("Node", target);
                    foreach (var label in DynamicLabels.Resolve(l.Labels, l.Dynamic, e => _eval.Evaluate(e, row)))
                    {
                        if (W.RemoveLabel(n.Id, label)) _ctx.Counters.LabelsRemoved++;
                    }
                    break;
                }
            }
        }
        return row;
    }

    public Row Delete(DeleteClause delete, Row row)
    {
        foreach (var target in delete.Targets)
        {
            var value = _eval.Evaluate(target, row);
            switch (value)
            {
                case null:
                    break;
                case RelRef r:
                    DeleteRelationship(r.Id);
                    break;
                case NodeRef n:
                    DeleteNode(n.Id, delete.Detach);
                    break;
                case PathValue p:
                    foreach (var r in p.Relationships) DeleteRelationship(r.Id);
                    foreach (var n in p.Nodes) DeleteNode(n.Id, delete.Detach);
                    break;
                default:
                    throw CypherErrors.Type($"Expected a Node, Relationship or Path, but got a {CypherTypeNames.Of(value)}");
            }
        }
        return row;
    }

    private void DeleteRelationship(long id)
    {
        if (W.IsRelationshipDeleted(id) || !W.RelationshipExists(id)) return;
        W.DeleteRelationship(id);
        _ctx.Counters.RelationshipsDeleted++;
    }

    /// <summary>
    /// A node that still has relationships is only marked: Neo4j checks at the end of the statement, so
    /// DELETE n, r (in either order) or a later DELETE of the relationships still succeeds.
    /// </summary>
    private void DeleteNode(long id, bool detach)
    {
        if (W.IsNodeDeleted(id) || !W.NodeExists(id) || _ctx.PendingNodeDeletes.Contains(id)) return;
        if (detach)
        {
            foreach (var r in W.RelationshipsOf(id, Storage.Direction.Both, null).ToList()) DeleteRelationship(r);
        }
        if (W.Degree(id, Storage.Direction.Both, null) > 0)
        {
            _ctx.PendingNodeDeletes.Add(id);
            return;
        }
        W.DeleteNode(id);
        _ctx.Counters.NodesDeleted++;
    }

    public void FinishDeletes()
    {
        if (_ctx.PendingNodeDeletes.Count == 0) return;
        foreach (var id in _ctx.PendingNodeDeletes.ToList())
        {
            if (W.Degree(id, Storage.Direction.Both, null) > 0)
            {
                throw new GraphException(
                    ErrorCodes.DeleteConnectedNode,
                    $"Cannot delete node<{id}>, because it still has relationships. To delete this node, you must first delete its relationships.");
            }
            W.DeleteNode(id);
            _ctx.Counters.NodesDeleted++;
        }
        _ctx.PendingNodeDeletes.Clear();
    }
}
