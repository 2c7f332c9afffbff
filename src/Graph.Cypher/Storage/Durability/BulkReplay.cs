using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Recovery's fast path: the snapshot's records and then every logged transaction that only creates
/// nodes and relationships (the bulk of a growing graph's log) are appended straight into a state
/// builder; the schema is re-created over the result once, as after a snapshot alone. The first
/// transaction that does anything else ends the fast path: the state is installed and the rest of the
/// log goes through the ordinary writer (<see cref="ChangeReplayer"/>).
/// </summary>
internal sealed class BulkReplay(GraphStore store)
{
    private readonly SnapshotStateBuilder _builder = new(store.Tokens);
    private SnapshotContents _contents = SnapshotContents.Initial;
    private long _nextNode;
    private long _nextRelationship;

    /// <summary>False once the state has been installed in the store.</summary>
    public bool Active { get; private set; } = true;

    public long LoadSnapshot(string path)
    {
        _contents = SnapshotReader.Read(path, store, _builder);
        _nextNode = _contents.NextNode;
        _nextRelationship = _contents.NextRelationship;
        return _contents.Lsn;
    }

    /// <summary>Appends one logged transaction when it only creates; false (nothing applied) otherwise.</summary>
    public bool TryApply(StoreChange[] changes)
    {
        if (!Active || !Array.TrueForAll(changes, c => c is NodeCreated or RelationshipCreated))
        {
            return false;
        }

        foreach (var change in changes)
        {
            if (change is NodeCreated node)
            {
                var labels = new int[node.Labels.Count];
                for (var i = 0; i < labels.Length; i++)
                {
                    labels[i] = store.Tokens.Labels.GetOrAdd(node.Labels[i]);
                }

                _builder.AddNode(node.Id, labels, Properties(node.Properties));
                _nextNode = Math.Max(_nextNode, node.Id + 1);
            }
            else
            {
                var relationship = (RelationshipCreated)change;
                _builder.AddRelationship(relationship.Id, relationship.Start, relationship.End, store.Tokens.Types.GetOrAdd(relationship.Type), Properties(relationship.Properties));
                _nextRelationship = Math.Max(_nextRelationship, relationship.Id + 1);
            }
        }

        return true;
    }

    /// <summary>Installs what was built and the schema over it (the data was committed under that schema).</summary>
    public void Finish()
    {
        if (!Active)
        {
            return;
        }

        Active = false;
        SnapshotReader.Install(store, _builder, _contents with { NextNode = _nextNode, NextRelationship = _nextRelationship });
    }

    private Property[] Properties(IReadOnlyDictionary<string, object?> values)
    {
        if (values.Count == 0)
        {
            return Records.Properties.None;
        }

        var properties = new List<Property>(values.Count);
        foreach (var (key, value) in values)
        {
            if (value is not null)
            {
                properties.Add(new Property(store.Tokens.Keys.GetOrAdd(key), value));
            }
        }

        return [.. properties];
    }
}
