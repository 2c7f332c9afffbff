namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Applies logged operations to a recovering store through the ordinary writer, so replay keeps
/// every index and constraint exactly as the original commits did. Creates get their logged ids.
/// Commits in batches: replay runs before the store is shared, so batching changes nothing visible.
/// </summary>
internal sealed class ChangeReplayer(GraphStore store) : IDisposable
{
    private const int BatchSize = 50_000;
    private IWriteTransaction? _tx;
    private int _pending;

    public void Apply(StoreChange change)
    {
        var tx = Transaction();
        switch (change)
        {
            case NodeCreated c:
                store.SetNextIds(c.Id, store.NextIds.Relationship);
                Expect(tx.CreateNode(c.Labels, c.Properties), c.Id);
                break;
            case RelationshipCreated c:
                store.SetNextIds(store.NextIds.Node, c.Id);
                Expect(tx.CreateRelationship(c.Start, c.End, c.Type, c.Properties), c.Id);
                break;
            case NodeDeleted c: tx.DeleteNode(c.Id); break;
            case RelationshipDeleted c: tx.DeleteRelationship(c.Id); break;
            case NodePropertySet c: tx.SetNodeProperty(c.Id, c.Key, c.Value); break;
            case RelationshipPropertySet c: tx.SetRelationshipProperty(c.Id, c.Key, c.Value); break;
            case LabelAdded c: tx.AddLabel(c.Id, c.Label); break;
            case LabelRemoved c: tx.RemoveLabel(c.Id, c.Label); break;
            case IndexCreated c: tx.CreateIndex(c.Definition, ifNotExists: false, out _); break;
            case IndexDropped c: tx.DropIndex(c.Name, ifExists: false); break;
            case ConstraintCreated c: tx.CreateConstraint(c.Definition, ifNotExists: false, out _); break;
            case ConstraintDropped c: tx.DropConstraint(c.Name, ifExists: false); break;
            default: throw new InvalidOperationException($"Cannot replay {change.GetType().Name}.");
        }

        if (++_pending >= BatchSize)
        {
            Flush();
        }
    }

    /// <summary>The open replay transaction (for recovery steps that are not logged operations).</summary>
    public IWriteTransaction Transaction() => _tx ??= store.BeginWrite();

    /// <summary>Commits what has been applied so far.</summary>
    public void Flush()
    {
        _tx?.Commit();
        _tx?.Dispose();
        _tx = null;
        _pending = 0;
    }

    public void Dispose() => _tx?.Dispose();

    private static void Expect(long actual, long logged)
    {
        if (actual != logged)
        {
            throw new InvalidDataException($"Replay created id {actual} where the log has {logged}.");
        }
    }
}
