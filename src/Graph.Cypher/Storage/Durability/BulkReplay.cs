using System.Collections.Concurrent;
using Graph.Cypher.Storage.Records;

namespace Graph.Cypher.Storage.Durability;

/// <summary>
/// Recovery's fast path: the snapshot's records and then every logged transaction that only creates
/// nodes and relationships (the bulk of a growing graph's log) are appended straight into a state
/// builder; the schema is re-created over the result once, as after a snapshot alone. The first
/// transaction that does anything else ends the fast path: the state is installed and the rest of the
/// log goes through the ordinary writer (<see cref="ChangeReplayer"/>).
/// </summary>
/// <remarks>
/// Decoding (the caller's thread) and appending (one background applier) overlap: the machine this
/// targets has two cores, and the two halves cost about the same.
/// </remarks>
internal sealed class BulkReplay(GraphStore store) : IDisposable
{
    private readonly BlockingCollection<Batch> _batches = new(boundedCapacity: 8);
    private readonly CancellationTokenSource _failed = new();
    private Task? _applier;
    private Exception? _failure;
    private readonly SnapshotStateBuilder _builder = new(store.Tokens);
    private readonly CreateRecordDecoder _decoder = new(store.Tokens);
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

    /// <summary>
    /// Queues one logged transaction (its encoded bytes) for appending when it only creates; false
    /// (nothing applied) otherwise. A record the builder rejects fails <see cref="Finish"/> (or a later call).
    /// </summary>
    public bool TryApply(byte[] buffer, int offset, int count, string path, long lsn)
    {
        if (!Active || !_decoder.TryDecode(buffer, offset, count))
        {
            return false;
        }

        _applier ??= Task.Run(Apply);
        try
        {
            _batches.Add(new Batch(_decoder.Nodes, _decoder.Relationships, path, lsn), _failed.Token);
        }
        catch (OperationCanceledException)
        {
            throw _failure!;
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
        _batches.CompleteAdding();
        _applier?.Wait();
        if (_failure is not null)
        {
            throw _failure;
        }

        SnapshotReader.Install(store, _builder, _contents with { NextNode = _nextNode, NextRelationship = _nextRelationship });
    }

    public void Dispose()
    {
        _batches.CompleteAdding();
        try
        {
            _applier?.Wait();
        }
        catch (AggregateException)
        {
            // Apply records its own failure.
        }

        _batches.Dispose();
        _failed.Dispose();
    }

    private void Apply()
    {
        foreach (var batch in _batches.GetConsumingEnumerable())
        {
            try
            {
                foreach (var (id, labels, properties) in batch.Nodes)
                {
                    _builder.AddNode(id, labels, properties);
                    _nextNode = Math.Max(_nextNode, id + 1);
                }

                foreach (var (id, start, end, type, properties) in batch.Relationships)
                {
                    _builder.AddRelationship(id, start, end, type, properties);
                    _nextRelationship = Math.Max(_nextRelationship, id + 1);
                }
            }
            catch (InvalidDataException e)
            {
                _failure = DurabilityErrors.Corrupt(batch.Path, $"record {batch.Lsn} has a valid checksum but cannot be replayed: {e.Message}", e);
                _failed.Cancel();
                return;
            }
        }
    }

    private sealed record Batch(
        List<(long Id, int[] Labels, Property[] Properties)> Nodes,
        List<(long Id, long Start, long End, int Type, Property[] Properties)> Relationships,
        string Path,
        long Lsn);
}
